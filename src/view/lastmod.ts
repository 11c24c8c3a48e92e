// When each page of the site last changed, as the casebook tells it, for the sitemap's <lastmod>
// (astro.config.mjs hands it to @astrojs/sitemap's `serialize`).
import type { CaseData } from '../model/schemas/case.ts';
import { tagSlugs } from '../domain/slug.ts';
import { regionsOf } from '../domain/regions.ts';

/** What a case contributes: its dates and what groups it. */
export interface DatedCase {
  id: string;
  data: Pick<CaseData, 'date' | 'updated' | 'series' | 'tags' | 'kind' | 'place'> & { draft?: boolean };
}

/**
 * The last change of the page at `path` (a site path without the base path, `/cases/x/`): for a
 * case page its case's `updated ?? date`; for a page of some cases (a series and its report, a tag,
 * a kind, a region) the newest of theirs; for every other page (home, the lists, the stats, the data
 * check, search, the whole casebook's report) the newest of all. Drafts are not published and count
 * for nothing; without cases there is no date.
 */
export function pageDates(cases: readonly DatedCase[]): (path: string) => Date | undefined {
  const published = cases.filter((entry) => !entry.data.draft);
  const changed = (entry: DatedCase) => entry.data.updated ?? entry.data.date;
  const newest = (group: readonly DatedCase[]) => (group.length ? new Date(Math.max(...group.map((entry) => changed(entry).getTime()))) : undefined);
  const slugs = tagSlugs(published.flatMap((entry) => entry.data.tags));
  const groups = new Map<string, DatedCase[]>();
  const add = (path: string, entry: DatedCase) => groups.set(path, [...(groups.get(path) ?? []), entry]);
  for (const entry of published) {
    add(`/cases/${entry.id}/`, entry);
    add(`/series/${entry.data.series.id}/`, entry);
    add(`/reports/${entry.data.series.id}/`, entry);
    add(`/kinds/${entry.data.kind}/`, entry);
    for (const tag of entry.data.tags) add(`/tags/${slugs.get(tag)}/`, entry);
    for (const region of regionsOf(entry.data.place)) add(`/regions/${region.path}/`, entry);
  }
  const all = newest(published);
  return (path) => {
    // A report's later volumes (`/reports/<id>/2/`) change with the report.
    const page = path.replace(/^(\/reports\/[^/]+\/)\d+\/$/, '$1');
    const group = groups.get(page);
    return group ? newest(group) : all;
  };
}
