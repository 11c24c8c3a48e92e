// The search index format: what the build writes under /search/ and the browser's engine reads.

/** Version of the search index files; the client refuses another. */
export const SEARCH_INDEX_VERSION = 3;

/** One case in the metadata index, which the browser loads whole on the first query. */
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
  /** First section id of this case in `sections`. */
  firstSection: number;
}

/** The metadata index: every case, every body section's place in a text file, and what a query needs first. */
export interface SearchMeta {
  version: number;
  shardCount: number;
  docs: SearchDoc[];
  /** Per section: [doc index, anchor, heading]. Section ids are indexes into this list. */
  sections: [number, string, string][];
  /** Per doc: how many terms (bigrams and English words) its body has (the document length BM25 normalises by). */
  lengths: number[];
  /**
   * Terms (bigrams, English words) in so many documents that their postings would cost more than
   * they tell (more than half of a large casebook): left out of the shards,
   * and counted as present in every document.
   */
  common: string[];
  /** Traditional (and variant) characters → the simplified ones the casebook uses; only those it uses. */
  variants: Record<string, string>;
  /** The thesaurus: groups of words searched as one. */
  thesaurus: string[][];
  /**
   * The published file of each shard and each doc's texts, named by their content (`shards/3.1a2b3c4d.json`),
   * so a host may cache them for good; meta.json itself changes with every index.
   */
  files?: { shards: string[]; texts: string[]; pinyin: string };
}

/**
 * A shard: term → postings, as `[doc gap, count, doc gap, count, …]`: each
 * doc index as the gap from the previous one (small numbers, which compress
 * well) and how often the term occurs in that doc (headings count more, see
 * the build). A term is a bigram of Han text, digits or other scripts (two
 * characters, no Latin letter), the key of a Latin word (its Porter2 stem,
 * `farm`, `cooper`; see search-words.ts), or a figure key (`#` first).
 */
export type SearchShard = Record<string, number[]>;

/**
 * Pinyin of the casebook's names and key terms, fetched only when a query
 * has Latin letters: each entry is the Han text and its toneless syllables,
 * words separated by `|` (`蓝色智谷`, `lan se|zhi gu`).
 */
export type PinyinVocabulary = [han: string, syllables: string][];

/** Everything the build writes under `/search/`. */
export interface SearchIndex {
  meta: SearchMeta;
  shards: SearchShard[];
  /** Doc index → its sections' text, in section order. */
  texts: string[][];
  pinyin: PinyinVocabulary;
}

/** Where the engine gets index files: fetch in the browser, the built index in tests. */
export interface SearchLoader {
  meta(): Promise<SearchMeta>;
  shard(index: number): Promise<SearchShard>;
  texts(doc: number): Promise<string[]>;
  pinyin(): Promise<PinyinVocabulary>;
}
