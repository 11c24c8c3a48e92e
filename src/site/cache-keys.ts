// Keys for Astro's incremental build (experimental.incrementalBuild): a page whose key and code are
// unchanged is copied from the last build instead of rendered. A key must change whenever anything
// the page shows changes, so each one lists the entries it draws from, not only its own.
import { digestOf } from '../domain/digest.ts';
import { site } from '../site.config.ts';
import type { CaseEntry, SeriesEntry } from './data.ts';

// The header, footer and meta tags of every page show the site settings.
const everyPage = digestOf(site);

/** The cache key of a page that shows `parts`. */
export function pageKey(...parts: unknown[]): string {
  return digestOf([everyPage, parts]);
}

/** What a whole case contributes (its page, its report chapter): its key covers its file (frontmatter and body) and its receipts. */
export function entryKey(entry: Pick<CaseEntry, 'id' | 'key'>): string {
  return `${entry.id}:${entry.key}`;
}

/** What a case contributes to a list of cases (see CaseCard): not its body, so a body edit leaves lists alone. */
export function caseCardKey(entry: CaseEntry, seriesById: ReadonlyMap<string, SeriesEntry>): unknown[] {
  const { title, summary, date, series, kind, place, stats, draft } = entry.data;
  const headline = stats.find((stat) => stat.headline);
  return [entry.id, title, summary, date, seriesById.get(series.id)?.data.title, kind, place, draft, headline && [headline.metric, headline.figure]];
}
