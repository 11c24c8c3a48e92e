// The search index format: what the build writes under /search/ and the browser's engine reads.
import { fnv1a } from './hash.ts';

/** Version of the search index files; the client refuses another. */
export const SEARCH_INDEX_VERSION = 4;

/** One case as a result shows it (read from the case's own file, fetched only when the case is shown). */
export interface SearchDoc {
  id: string;
  title: string;
  summary: string;
  series: string;
  seriesTitle: string;
  kind: string;
  kindLabel: string;
  /** `山东省 烟台市 蓬莱区` */
  place: string;
  province: string;
  tags: string[];
  /** The English title and summary, when the case has them. */
  en?: { title: string; summary?: string };
}

/**
 * The one file every query reads first, small whatever the casebook: how
 * many cases and shards there are, and what reading a query needs. Nothing
 * in it grows with the number of cases except `common` (a few hundred terms
 * at most).
 */
export interface SearchMeta {
  version: number;
  /** How many cases the index holds (doc indexes run from 0). */
  docCount: number;
  /** How many shards the keyed index is split into (see `shardOf`). */
  shardCount: number;
  /**
   * Terms (bigrams, English words) in so many documents that their body postings would cost more than
   * they tell (more than half of a large casebook): counted as present in every body (their field postings are kept).
   */
  common: string[];
  /** Traditional (and variant) characters → the simplified ones the casebook uses; only those it uses. */
  variants: Record<string, string>;
  /** The thesaurus: groups of words searched as one. */
  thesaurus: string[][];
  /**
   * The folder, under `/search/`, of every other file of this index (`files/1a2b3c4d5e`), named by their content
   * together, so a host may cache them for good; meta.json itself changes with every index.
   */
  files: string;
}

/**
 * A term's postings: in the bodies, `[doc gap, weight, …]`, each doc index
 * as the gap from the previous one and the BM25 weight of the term's count
 * in that body (×100, rounded: its length is already taken into account,
 * so no per-doc length need be fetched); in the short fields (title, tags,
 * place, series, kind, summary, English title and summary), `[doc gap,
 * field bits, …]` (see `FIELD_BITS`). A term is a bigram of Han text,
 * digits or other scripts (two characters, no Latin letter), the key of a
 * Latin word (its Porter2 stem), or a figure key (`#` first).
 */
export type TermPostings = [body: number[], fields: number[]];

/** Bits of the fields a term occurs in, in a field posting. */
export const FIELD_BITS = { title: 1, tags: 2, place: 4, seriesTitle: 8, kindLabel: 16, summary: 32, enTitle: 64, enSummary: 128 } as const;

/**
 * One shard of the keyed index: every kind of key is spread over the same
 * shards by `shardOf`, so a query fetches the few shards its keys fall in
 * and nothing that grows with the casebook.
 */
export interface SearchShard {
  /** Term → its postings. */
  terms?: Record<string, TermPostings>;
  /**
   * The correction vocabulary (2–4 Han characters of titles, places, tags, series and headings), by pattern:
   * the word with one character as `?` → `[word, how often, first-seen order]`.
   */
  words?: Record<string, [word: string, count: number, order: number][]>;
  /** A filter's value (`series:yunfu`, `kind:park`, `province:山东省`) → its cases, as doc gaps. */
  facets?: Record<string, number[]>;
}

/** One case's own file: what its result shows (fetched only for the results shown, like Pagefind's fragments). */
export interface SearchDocFile {
  doc: SearchDoc;
  /** Per section: anchor, heading, text. */
  sections: [anchor: string, heading: string, text: string][];
}

/** The short fields of every case, for the fuzzy match (Fuse.js) tried only when a term matches nothing at all. */
export type SearchFuzzyFields = Pick<SearchDoc, 'title' | 'tags' | 'place' | 'seriesTitle' | 'en'>[];

/**
 * Pinyin of the casebook's names and key terms, fetched only when a query
 * has Latin letters: each entry is the Han text and its toneless syllables,
 * words separated by `|` (`蓝色智谷`, `lan se|zhi gu`).
 */
export type PinyinVocabulary = [han: string, syllables: string][];

/** Everything the build writes under `/search/`. */
export interface SearchIndex {
  meta: Omit<SearchMeta, 'files'>;
  shards: SearchShard[];
  docs: SearchDocFile[];
  fuzzy: SearchFuzzyFields;
  pinyin: PinyinVocabulary;
}

/** Where the engine gets index files: fetch in the browser, the built index in tests. */
export interface SearchLoader {
  meta(): Promise<SearchMeta | Omit<SearchMeta, 'files'>>;
  shard(index: number): Promise<SearchShard>;
  doc(index: number): Promise<SearchDocFile>;
  fuzzy(): Promise<SearchFuzzyFields>;
  pinyin(): Promise<PinyinVocabulary>;
}

/** Which of `count` shards a key lives in (FNV-1a). */
export function shardOf(key: string, count: number): number {
  return fnv1a(key) % count;
}

/** The shard key of a filter's value. */
export const facetKey = (filter: string, value: string) => `${filter}:${value}`;

/** The correction vocabulary's patterns of a word: the word with each character in turn as `?`. */
export function wordPatterns(word: string): string[] {
  const chars = [...word];
  return chars.map((_, index) => chars.map((char, at) => (at === index ? '?' : char)).join(''));
}

/** Paths, under `/search/`, of a shard, a case's file, the fuzzy fields and the pinyin vocabulary of an index. */
export const indexPaths = {
  shard: (meta: Pick<SearchMeta, 'files'>, index: number) => `${meta.files}/shards/${index}.json`,
  doc: (meta: Pick<SearchMeta, 'files'>, index: number) => `${meta.files}/docs/${index}.json`,
  fuzzy: (meta: Pick<SearchMeta, 'files'>) => `${meta.files}/fuzzy.json`,
  pinyin: (meta: Pick<SearchMeta, 'files'>) => `${meta.files}/pinyin.json`,
};

/** Every file, under `/search/`, that meta.json's index is made of (besides meta.json). */
export function indexFilePaths(meta: Pick<SearchMeta, 'files' | 'shardCount' | 'docCount'>): string[] {
  return [
    ...Array.from({ length: meta.shardCount }, (_, index) => indexPaths.shard(meta, index)),
    ...Array.from({ length: meta.docCount }, (_, index) => indexPaths.doc(meta, index)),
    indexPaths.fuzzy(meta),
    indexPaths.pinyin(meta),
  ];
}
