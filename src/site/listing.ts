// The meta description of a page that lists cases (a tag, a region, a kind): what the list holds,
// so that every such page has a description of its own (see ui.listing.cases).
import type { CaseEntry, SeriesEntry } from './data.ts';
import { ui } from '../site.config.ts';

/** `2个案例，属“…”系列：《…》《…》。`: the count, the series in their configured order, the first titles as listed. */
export function describeCases(cases: readonly CaseEntry[], seriesById: ReadonlyMap<string, SeriesEntry>): string {
  const used = new Set(cases.map((entry) => entry.data.series.id));
  const series = [...seriesById.values()].filter((entry) => used.has(entry.id)).map((entry) => entry.data.title);
  return ui.listing.cases(cases.length, series, cases.map((entry) => entry.data.title));
}
