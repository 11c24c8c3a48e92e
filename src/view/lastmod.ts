// When each page of the site last changed, as the casebook tells it, for the sitemap's <lastmod>
// (astro.config.mjs hands `PublishedView.lastChanged` to @astrojs/sitemap's `serialize`).
import type { CaseData } from '../model/schemas/case.ts';

/** A case as far as its dates go. */
type Dated = { readonly data: Pick<CaseData, 'date' | 'updated'> };

/** The groups of the published view that have pages of their own (as `PublishedView` holds them). */
export interface DatedGroups {
  readonly cases: readonly (Dated & { readonly id: string })[];
  readonly casesOfSeries: ReadonlyMap<string, readonly Dated[]>;
  readonly tags: readonly { readonly slug: string; readonly cases: readonly Dated[] }[];
  readonly kinds: readonly { readonly key: string; readonly cases: readonly Dated[] }[];
  readonly regions: readonly { readonly region: { readonly path: string }; readonly cases: readonly Dated[] }[];
}

/**
 * The last change of the page at `path` (a site path without the base path, `/cases/x/`): for a
 * case page its case's `updated ?? date`; for a page of some cases (a series and its report, a tag,
 * a kind, a region) the newest of theirs; for every other page (home, the lists, the stats, the data
 * check, search, the whole casebook's report) the newest of all. Only the view's cases count (it
 * has left drafts out); without cases there is no date.
 */
export function pageDates({ cases, casesOfSeries, tags, kinds, regions }: DatedGroups): (path: string) => Date | undefined {
  const changed = (data: Pick<CaseData, 'date' | 'updated'>) => (data.updated ?? data.date).getTime();
  const newest = (group: readonly { data: Pick<CaseData, 'date' | 'updated'> }[]) =>
    // A loop, not Math.max(...): a list page of every case would pass each date as an argument and overflow the stack.
    group.length ? new Date(group.reduce((latest, entry) => Math.max(latest, changed(entry.data)), -Infinity)) : undefined;
  const dates = new Map<string, Date | undefined>();
  for (const entry of cases) dates.set(`/cases/${entry.id}/`, newest([entry]));
  for (const [id, members] of casesOfSeries) {
    if (members.length === 0) continue;
    dates.set(`/series/${id}/`, newest(members));
    dates.set(`/reports/${id}/`, newest(members));
  }
  for (const { key, cases: members } of kinds) dates.set(`/kinds/${key}/`, newest(members));
  for (const { slug, cases: members } of tags) dates.set(`/tags/${slug}/`, newest(members));
  for (const { region, cases: members } of regions) dates.set(`/regions/${region.path}/`, newest(members));
  const all = newest(cases);
  return (path) => {
    // A report's later volumes (`/reports/<id>/2/`) change with the report.
    const page = path.replace(/^(\/reports\/[^/]+\/)\d+\/$/, '$1');
    return dates.has(page) ? dates.get(page) : all;
  };
}
