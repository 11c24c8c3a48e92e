import { gzipSync } from 'node:zlib';
import { loadCasebook } from '../../model/load.ts';
import type { SearchIndex } from './build.ts';
import { casebookSearchIndex } from './publish.ts';
import { publishedView } from '../../view/published.ts';
import type { SearchLoader } from '../../domain/search-index.ts';

/** One index file the engine asked for, with its size as served (raw and gzip). */
export interface FetchedFile {
  path: string;
  bytes: number;
  gzipBytes: number;
}

/** The search index of a casebook folder, built as the site build does (for tests and `npm run bench`). */
export async function indexCasebook(root: string, contentDir: string): Promise<SearchIndex> {
  return casebookSearchIndex(publishedView({ casebook: await loadCasebook(root, contentDir) }));
}

/**
 * Serves an index from memory the way the site serves its files, as JSON
 * round-trips, recording each file fetched and its size.
 */
export function memoryLoader(index: SearchIndex): SearchLoader & { fetched: FetchedFile[] } {
  const fetched: FetchedFile[] = [];
  const serve = <T>(path: string, value: T): Promise<T> => {
    const json = JSON.stringify(value ?? null);
    fetched.push({ path, bytes: Buffer.byteLength(json), gzipBytes: gzipSync(json).length });
    return Promise.resolve(JSON.parse(json) as T);
  };
  return {
    fetched,
    meta: () => serve('meta.json', index.meta),
    shard: (shard) => serve(`shards/${shard}.json`, index.shards[shard]!),
    doc: (doc) => serve(`docs/${doc}.json`, index.docs[doc]!),
    fuzzy: () => serve('fuzzy.json', index.fuzzy),
    pinyin: () => serve('pinyin.json', index.pinyin),
  };
}
