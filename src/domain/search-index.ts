// The search index format: what the build writes under /search/ and the browser's engine reads.

/** Version of the search index files; the client refuses another. */
export const SEARCH_INDEX_VERSION = 1;

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
  /** Pinyin of title, series and place names, full and initials, space-separated. */
  pinyin: string;
  /** First section id of this case in `sections`. */
  firstSection: number;
}

/** The metadata index: every case, and every body section's place in a text file. */
export interface SearchMeta {
  version: number;
  shardCount: number;
  docs: SearchDoc[];
  /** Per section: [doc index, anchor, heading]. Section ids are indexes into this list. */
  sections: [number, string, string][];
  /**
   * The published file of each shard and each doc's texts, named by their content (`shards/3.1a2b3c4d.json`),
   * so a host may cache them for good; meta.json itself changes with every index.
   */
  files?: { shards: string[]; texts: string[] };
}

/** Everything the build writes under `/search/`. */
export interface SearchIndex {
  meta: SearchMeta;
  /** Shard number → bigram → ascending section ids. */
  shards: Record<string, number[]>[];
  /** Doc index → its sections' text, in section order. */
  texts: string[][];
}

/** Where the engine gets index files: fetch in the browser, the built index in tests. */
export interface SearchLoader {
  meta(): Promise<SearchMeta>;
  shard(index: number): Promise<Record<string, number[]>>;
  texts(doc: number): Promise<string[]>;
}

