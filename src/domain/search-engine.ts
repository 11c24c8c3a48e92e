// The records Casebook exports for a search server (Meilisearch), and what its search page sends one: shared by
// the build's export and the browser's client, so both read figures the same way.
import { queryFigures } from './search-figures.ts';
import type { SearchDoc } from './search-index.ts';

/**
 * One record of the export: a section of a case (so a hit links to the
 * section, as the static search does), with its case's fields, and the
 * forms Casebook's own search reads text in, as fields of their own: the
 * text in traditional characters, the pinyin of its names, and its figures
 * by value.
 */
export interface EngineRecord extends Omit<SearchDoc, 'id' | 'en'> {
  /** `<case id>_<section number>`: letters, digits, `-` and `_` only, as Meilisearch requires of a primary key. */
  id: string;
  /** The case's id: the distinct attribute, so a case is one result however many of its sections match. */
  case: string;
  /** The case's place in the site's listing (newest first), a tie-breaker. */
  order: number;
  /** The section's address on the site, base path included. */
  url: string;
  anchor: string;
  heading: string;
  text: string;
  en_title?: string;
  en_summary?: string;
  /** Title, heading and text in traditional characters (风电 → 風電), so a query in either script matches. */
  traditional: string;
  /** The pinyin of the case's names and the section's heading: each run spelled whole (`penglai`), by words (`lanse zhigu`) and by initials (`pl`). */
  pinyin: string[];
  /** Every figure of the section by value, as a token (see `figureToken`): 300亿元 and 三百亿元 share one. */
  figures: string[];
}

/**
 * A figure key (`#currency:元:30000000000`) as one word a search server
 * keeps whole: `fig` and the key's UTF-8 bytes in hex. Both the export and
 * the query use it, so a figure typed any way meets the figure printed any way.
 */
export function figureToken(key: string): string {
  let hex = '';
  for (const byte of new TextEncoder().encode(key)) hex += byte.toString(16).padStart(2, '0');
  return `fig${hex}`;
}

/** The figure tokens of a query (its figures' most specific keys and their numbers alone, as the static search reads them). */
export function queryFigureTokens(query: string): string[] {
  return queryFigures(query).map((figure) => figureToken(figure.key));
}

/** Index settings for Meilisearch that match the records (PATCH /indexes/{uid}/settings). */
export function meilisearchSettings(lang: string) {
  return {
    searchableAttributes: ['title', 'en_title', 'tags', 'place', 'seriesTitle', 'heading', 'figures', 'pinyin', 'text', 'summary', 'en_summary', 'kindLabel', 'traditional'],
    displayedAttributes: ['id', 'case', 'url', 'anchor', 'heading', 'text', 'title', 'summary', 'series', 'seriesTitle', 'kind', 'kindLabel', 'place', 'province', 'tags', 'en_title', 'en_summary'],
    filterableAttributes: ['series', 'kind', 'province', 'case'],
    sortableAttributes: ['order'],
    distinctAttribute: 'case',
    localizedAttributes: [{ attributePatterns: ['*'], locales: [lang.startsWith('zh') ? 'cmn' : 'eng'] }],
  };
}

/** A search server as casebook.yaml names it (`search.engine`, see src/model/schemas/casebook.ts). */
export interface SearchEngineSettings {
  kind: 'meilisearch';
  url: string;
  indexUid: string;
  /** A search-only key: the page sends it from every reader's browser. */
  apiKey?: string;
}
