import type { SearchDoc, SearchLoader } from '../../domain/search-index.ts';
import type { EngineRecord, SearchEngineSettings } from '../../domain/search-engine.ts';
import { queryFigureTokens } from '../../domain/search-engine.ts';
import * as normalise from '../../domain/normalise.ts';
import type { SearchFilters, SearchResult, SnippetPart } from './engine.ts';

// Marks around a match in Meilisearch's formatted text: characters no case text holds (Unicode's private use area).
const PRE = '\uE000';
const POST = '\uE001';
const FILTERS = ['series', 'kind', 'province'] as const;

/** A hit as Meilisearch returns it for Casebook's records (displayed attributes and `_formatted`). */
type MeilisearchHit = Omit<EngineRecord, 'id' | 'order' | 'url' | 'traditional' | 'pinyin' | 'figures' | 'tags'> & {
  tags?: string[];
  _formatted?: { text?: string };
};

/**
 * The search page's engine when casebook.yaml names a Meilisearch server:
 * the query read as the static search reads it (folded, traditional
 * characters made simplified with the index's own map from meta.json,
 * figures added as the tokens the export gives them), sent to the
 * server's search API with the filters, one hit a case (the records'
 * distinct attribute), each with its best section and a highlighted
 * passage. Answers as `SearchEngine` does, so the page shows both alike.
 */
export class MeilisearchEngine {
  private readonly settings: SearchEngineSettings;
  private readonly loader: Pick<SearchLoader, 'meta'>;
  private variants?: Promise<Record<string, string>>;

  constructor(settings: SearchEngineSettings, loader: Pick<SearchLoader, 'meta'>) {
    this.settings = settings;
    this.loader = loader;
  }

  /** Fetches the static index's meta.json (its map of traditional characters), so the first query starts with it. */
  prefetch(): void {
    void this.variantMap();
  }

  private variantMap(): Promise<Record<string, string>> {
    return (this.variants ??= this.loader.meta().then((meta) => meta.variants).catch((): Record<string, string> => ({})));
  }

  /** Runs `query` on the server: the best matches from `offset`, at most `limit` of them. */
  async search(query: string, filters: SearchFilters = {}, limit = 20, offset = 0): Promise<SearchResult> {
    const variants = await this.variantMap();
    const folded = [...normalise.search(query)].map((char) => variants[char] ?? char).join('').trim();
    if (!folded) return { hits: [], total: 0, complete: 0, terms: [] };
    const filter = FILTERS.filter((name) => filters[name]).map((name) => `${name} = ${JSON.stringify(filters[name])}`);
    const response = await fetch(`${this.settings.url.replace(/\/+$/, '')}/indexes/${encodeURIComponent(this.settings.indexUid)}/search`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(this.settings.apiKey ? { Authorization: `Bearer ${this.settings.apiKey}` } : {}) },
      body: JSON.stringify({
        q: [folded, ...queryFigureTokens(folded)].join(' '),
        limit,
        offset,
        filter,
        attributesToCrop: ['text'],
        cropLength: 60,
        attributesToHighlight: ['text'],
        highlightPreTag: PRE,
        highlightPostTag: POST,
      }),
    });
    if (!response.ok) throw new Error(`search server: HTTP ${response.status}`);
    const body = (await response.json()) as { hits: MeilisearchHit[]; estimatedTotalHits?: number; totalHits?: number };
    const total = body.totalHits ?? body.estimatedTotalHits ?? offset + body.hits.length;
    return {
      hits: body.hits.map((hit) => ({
        doc: docOf(hit),
        score: 0,
        missing: [],
        english: false,
        section: { anchor: hit.anchor, heading: hit.heading, snippet: snippetParts(hit._formatted?.text ?? hit.text) },
      })),
      total,
      complete: total,
      terms: [query.trim()],
    };
  }
}

function docOf(hit: MeilisearchHit): SearchDoc {
  return {
    id: hit.case,
    title: hit.title,
    summary: hit.summary,
    series: hit.series,
    seriesTitle: hit.seriesTitle,
    kind: hit.kind,
    kindLabel: hit.kindLabel,
    place: hit.place,
    province: hit.province,
    tags: hit.tags ?? [],
    ...(hit.en_title ? { en: { title: hit.en_title, ...(hit.en_summary ? { summary: hit.en_summary } : {}) } } : {}),
  };
}

/** Formatted text as plain and matched parts (matches between the two marks). */
export function snippetParts(formatted: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of formatted.split(PRE)) {
    const end = piece.indexOf(POST);
    if (end >= 0) {
      if (end > 0) parts.push({ text: piece.slice(0, end), match: true });
      if (end + 1 < piece.length) parts.push({ text: piece.slice(end + 1), match: false });
    } else if (piece) {
      parts.push({ text: piece, match: false });
    }
  }
  return parts;
}
