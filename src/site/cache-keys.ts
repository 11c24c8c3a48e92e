// Each page's cacheKey in getStaticPaths: a page whose key and code are unchanged is linked from the page store
// (src/integration/stored-pages.ts) instead of rendered. A key must change whenever anything
// the page shows changes, so each one lists the entries it draws from, not only its own.
// An input many pages show (a case's card, a series, a source) is hashed once per build, not once per page
// that shows it: the pages' keys then hash short digests (at 10,000 cases, hashing the same values again for
// every page cost a twelfth of an unchanged rebuild).
import { digestOf } from '../domain/digest.ts';
import { site } from '../site.config.ts';
import type { CaseEntry, SeriesEntry } from './data.ts';

// The header, footer and meta tags of every page show the site settings.
const everyPage = digestOf(site);

/** The cache key of a page that shows `parts`. */
export function pageKey(...parts: unknown[]): string {
  return digestOf([everyPage, parts]);
}

// Digests of inputs by object: the model's entries are made once per build and never changed after.
const inputDigests = new WeakMap<object, string>();

/** A digest of one input that many pages show (a series' or a source's data, a case's frontmatter), made once per build. */
export function inputKey(value: object | undefined): string | undefined {
  if (value === undefined) return undefined;
  let digest = inputDigests.get(value);
  if (digest === undefined) inputDigests.set(value, (digest = digestOf(value)));
  return digest;
}

/** What a whole case contributes (its page, its report chapter): its key covers its file (frontmatter and body) and its receipts. */
export function entryKey(entry: Pick<CaseEntry, 'id' | 'key'>): string {
  return `${entry.id}:${entry.key}`;
}

// Each case's card key, with the series map it was made with (a dev server's next view brings a new map).
const cardKeys = new WeakMap<CaseEntry, { seriesById: ReadonlyMap<string, SeriesEntry>; key: string }>();

/**
 * What a case contributes to a list of cases (see CaseCard): not its body, so a body edit leaves lists
 * alone. A digest, made once per case however many lists, related-case panels and pages show the card.
 */
export function caseCardKey(entry: CaseEntry, seriesById: ReadonlyMap<string, SeriesEntry>): string {
  const known = cardKeys.get(entry);
  if (known && known.seriesById === seriesById) return known.key;
  const { title, summary, date, series, kind, place, stats, draft } = entry.data;
  const headline = stats.find((stat) => stat.headline);
  const key = digestOf([entry.id, title, summary, date, seriesById.get(series.id)?.data.title, kind, place, draft, headline && [headline.metric, headline.figure]]);
  cardKeys.set(entry, { seriesById, key });
  return key;
}
