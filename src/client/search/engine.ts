import Fuse from 'fuse.js';
import type { SearchDoc, SearchLoader, SearchMeta } from '../../domain/search-index.ts';

export type { SearchLoader } from '../../domain/search-index.ts';
import { bigrams, fold, shardOf } from '../../domain/search-text.ts';

/** Narrowing a search to one series, kind or province. */
export interface SearchFilters {
  series?: string;
  kind?: string;
  province?: string;
}

/** Part of a passage; `match` parts are highlighted. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** One case found, with the passage that matched best. */
export interface SearchHit {
  doc: SearchDoc;
  score: number;
  /** The section to link to and the passage to show, when the body matched. */
  section?: { anchor: string; heading: string; snippet: SnippetPart[] };
}

/** The answer to a query. */
export interface SearchResult {
  hits: SearchHit[];
  /** How many cases match in all, of which `hits` are the best. */
  total: number;
  /** The query as corrected, when a term matched nothing and a close word did (蓬来 → 蓬莱). */
  corrected?: string;
}

// Title and summary matches rank above passing mentions in the body.
const WEIGHTS = { title: 10, tags: 6, place: 6, series: 5, pinyin: 6, kind: 4, summary: 4, body: 1, heading: 2 };
const SNIPPET_RADIUS = 40;

/**
 * Chinese-aware search over the index `buildSearchIndex` writes. Every
 * space-separated term must match (in metadata, pinyin or body text); exact
 * substrings anywhere in a body are found through the bigram shards, which
 * are fetched only for the bigrams the query has; a 2–4 character term that
 * matches nothing is corrected to the closest word of the casebook with one
 * character changed.
 */
export class SearchEngine {
  private readonly loader: SearchLoader;
  private metaPromise?: Promise<SearchMeta>;
  private readonly shards = new Map<number, Promise<Record<string, number[]>>>();
  private readonly texts = new Map<number, Promise<string[]>>();
  private vocabulary?: Map<number, Map<string, number>>;
  private fuse?: Fuse<SearchDoc>;
  private folded?: FoldedDoc[];

  constructor(loader: SearchLoader) {
    this.loader = loader;
  }

  /** Runs `query`, best matches first, at most `limit` of them. */
  async search(query: string, filters: SearchFilters = {}, limit = 20): Promise<SearchResult> {
    const meta = await this.meta();
    let terms = splitQuery(query);
    if (terms.length === 0) return { hits: [], total: 0 };
    let corrected: string | undefined;
    let scores = await Promise.all(terms.map((term) => this.scoreTerm(meta, term)));
    const fixed = terms.map((term, index) => (scores[index]!.size === 0 ? this.correct(meta, term) : undefined));
    if (fixed.some(Boolean)) {
      terms = terms.map((term, index) => fixed[index] ?? term);
      scores = await Promise.all(terms.map((term) => this.scoreTerm(meta, term)));
      corrected = terms.join(' ');
    }
    const ranked = meta.docs
      .map((doc, index) => ({ doc, index, score: scores.every((score) => score.has(index)) ? scores.reduce((sum, score) => sum + score.get(index)!.score, 0) : 0 }))
      .filter((item) => item.score > 0 && matchesFilters(item.doc, filters))
      .sort((a, b) => b.score - a.score || a.index - b.index);
    const hits: SearchHit[] = [];
    for (const item of ranked) {
      if (hits.length >= limit) break;
      const sections = scores.map((score) => score.get(item.index)!.sections);
      const bodyOnly = scores.map((score) => score.get(item.index)!.metaScore === 0);
      const section = await this.bestSection(meta, item.index, terms, sections, bodyOnly);
      // A body-only term whose bigrams all occur but never as one string: a false candidate.
      if (section === null) continue;
      hits.push({ doc: item.doc, score: item.score, section: section ?? undefined });
    }
    return { hits, total: ranked.length, corrected };
  }

  private meta(): Promise<SearchMeta> {
    return (this.metaPromise ??= this.loader.meta());
  }

  private shard(index: number) {
    let shard = this.shards.get(index);
    if (!shard) this.shards.set(index, (shard = this.loader.shard(index)));
    return shard;
  }

  private docTexts(doc: number) {
    let texts = this.texts.get(doc);
    if (!texts) this.texts.set(doc, (texts = this.loader.texts(doc)));
    return texts;
  }

  /** Per doc: the term's score from metadata and body, and the body sections that may contain it. */
  private async scoreTerm(meta: SearchMeta, term: string) {
    const result = new Map<number, { score: number; metaScore: number; sections: number[] }>();
    const latin = /^[a-z]+$/.test(term);
    // Folding every field on every query would sit on the hot path; fold each once.
    this.folded ??= meta.docs.map(foldDoc);
    this.folded.forEach((doc, index) => {
      let score = 0;
      if (doc.title.includes(term)) score += WEIGHTS.title;
      if (doc.summary.includes(term)) score += WEIGHTS.summary;
      if (doc.tags.some((tag) => tag.includes(term))) score += WEIGHTS.tags;
      if (doc.place.includes(term)) score += WEIGHTS.place;
      if (doc.seriesTitle.includes(term)) score += WEIGHTS.series;
      if (doc.kindLabel.includes(term)) score += WEIGHTS.kind;
      if (latin && term.length >= 2 && doc.pinyin.some((form) => form.startsWith(term))) score += WEIGHTS.pinyin;
      if (score > 0) result.set(index, { score, metaScore: score, sections: [] });
    });
    for (const section of await this.bodyCandidates(meta, term)) {
      const doc = meta.sections[section]![0];
      const entry = result.get(doc) ?? { score: 0, metaScore: 0, sections: [] };
      if (entry.sections.length === 0) entry.score += WEIGHTS.body;
      entry.sections.push(section);
      result.set(doc, entry);
    }
    if (result.size === 0 && [...term].length >= 3) {
      // One wrong character in a longer word: let Fuse find it in the short fields.
      for (const match of this.fuzzy(meta).search(term, { limit: 50 })) {
        result.set(match.refIndex, { score: WEIGHTS.summary, metaScore: WEIGHTS.summary, sections: [] });
      }
    }
    return result;
  }

  /** Sections whose text holds every bigram of `term` (all of them, for terms of two or more characters). */
  private async bodyCandidates(meta: SearchMeta, term: string): Promise<number[]> {
    const grams = bigrams(term);
    if (grams.length === 0) return [];
    const postings = await Promise.all(grams.map(async (gram) => (await this.shard(shardOf(gram, meta.shardCount)))[gram] ?? []));
    postings.sort((a, b) => a.length - b.length);
    let candidates = postings[0]!;
    for (const list of postings.slice(1)) {
      const set = new Set(list);
      candidates = candidates.filter((id) => set.has(id));
    }
    return candidates;
  }

  private fuzzy(meta: SearchMeta): Fuse<SearchDoc> {
    return (this.fuse ??= new Fuse(meta.docs, {
      keys: ['title', 'tags', 'place', 'seriesTitle'],
      threshold: 0.34,
      ignoreLocation: true,
      minMatchCharLength: 2,
    }));
  }

  /** The casebook word closest to a term that matched nothing: same length, one character changed. */
  private correct(meta: SearchMeta, term: string): string | undefined {
    const length = [...term].length;
    if (length < 2 || length > 4 || /^[a-z0-9.%]+$/.test(term)) return undefined;
    this.vocabulary ??= buildVocabulary(meta);
    const words = this.vocabulary.get(length);
    if (!words) return undefined;
    const chars = [...term];
    let best: { word: string; count: number } | undefined;
    for (const [word, count] of words) {
      const other = [...word];
      let differences = 0;
      for (let index = 0; index < length && differences <= 1; index++) if (other[index] !== chars[index]) differences++;
      // The most frequent candidate wins: 蓬来 → 蓬莱 (a place in many fields), not 起来.
      if (differences === 1 && (!best || count > best.count)) best = { word, count };
    }
    return best?.word;
  }

  /**
   * The section to show for a hit: the one holding the most terms, verified
   * against its text. Undefined when only metadata matched; null when every
   * body candidate was a false match and nothing else matched.
   */
  private async bestSection(meta: SearchMeta, doc: number, terms: string[], candidates: number[][], bodyOnly: boolean[]) {
    const ids = [...new Set(candidates.flat())];
    if (ids.length === 0) return undefined;
    const texts = await this.docTexts(doc);
    const first = meta.docs[doc]!.firstSection;
    let best: { id: number; count: number } | undefined;
    for (const id of ids.sort((a, b) => a - b)) {
      const [, , heading] = meta.sections[id]!;
      const text = fold(`${heading}\n${texts[id - first] ?? ''}`);
      const count = terms.filter((term) => text.includes(term)).length;
      if (count > 0 && (!best || count > best.count)) best = { id, count };
    }
    const verified = terms.every((term, index) => !bodyOnly[index] || candidates[index]!.some((id) => fold(`${meta.sections[id]![2]}\n${texts[id - first] ?? ''}`).includes(term)));
    if (!verified) return null;
    if (!best) return undefined;
    const [, anchor, heading] = meta.sections[best.id]!;
    return { anchor, heading, snippet: snippet(texts[best.id - first] ?? '', terms) };
  }
}

/** Terms of a query: space-separated, folded; commas and 、 separate too. */
export function splitQuery(query: string): string[] {
  return [...new Set(fold(query).split(/[\s,，、;；]+/).filter(Boolean))];
}

/** The searchable fields of a doc, folded once. */
interface FoldedDoc {
  title: string;
  summary: string;
  tags: string[];
  place: string;
  seriesTitle: string;
  kindLabel: string;
  pinyin: string[];
}

function foldDoc(doc: SearchDoc): FoldedDoc {
  return {
    title: fold(doc.title),
    summary: fold(doc.summary),
    tags: doc.tags.map(fold),
    place: fold(doc.place),
    seriesTitle: fold(doc.seriesTitle),
    kindLabel: fold(doc.kindLabel),
    pinyin: doc.pinyin.split(' '),
  };
}

function matchesFilters(doc: SearchDoc, filters: SearchFilters): boolean {
  return (!filters.series || doc.series === filters.series) && (!filters.kind || doc.kind === filters.kind) && (!filters.province || doc.province === filters.province);
}

/** Every 2–4 character run of Han text in titles, names, tags and headings, with how often it occurs. */
function buildVocabulary(meta: SearchMeta): Map<number, Map<string, number>> {
  const vocabulary = new Map<number, Map<string, number>>();
  const add = (text: string) => {
    const chars = [...fold(text)].filter((char) => /\p{Script=Han}/u.test(char));
    for (let length = 2; length <= 4; length++) {
      const words = vocabulary.get(length) ?? new Map<string, number>();
      for (let index = 0; index + length <= chars.length; index++) {
        const word = chars.slice(index, index + length).join('');
        words.set(word, (words.get(word) ?? 0) + 1);
      }
      vocabulary.set(length, words);
    }
  };
  for (const doc of meta.docs) [doc.title, doc.seriesTitle, doc.place, ...doc.tags].forEach(add);
  for (const [, , heading] of meta.sections) add(heading);
  return vocabulary;
}

/** A window of `text` around the first match, split into plain and matched parts. */
export function snippet(text: string, terms: string[]): SnippetPart[] {
  const folded = fold(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let index = folded.indexOf(term); index !== -1; index = folded.indexOf(term, index + term.length)) ranges.push([index, index + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const first = ranges[0]?.[0] ?? 0;
  const start = Math.max(0, first - SNIPPET_RADIUS);
  const end = Math.min(text.length, first + SNIPPET_RADIUS * 2);
  const parts: SnippetPart[] = [];
  let cursor = start;
  for (const [from, to] of ranges) {
    if (to <= cursor || from >= end) continue;
    if (from > cursor) parts.push({ text: text.slice(cursor, from), match: false });
    parts.push({ text: text.slice(Math.max(from, cursor), Math.min(to, end)), match: true });
    cursor = Math.min(to, end);
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), match: false });
  if (start > 0) parts.unshift({ text: '…', match: false });
  if (end < text.length) parts.push({ text: '…', match: false });
  return parts;
}
