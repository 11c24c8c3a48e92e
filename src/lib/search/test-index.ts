import { loadCasebook } from '../casebook.ts';
import { kindLabel } from '../../schemas/kind.ts';
import { buildSearchIndex, type SearchIndex } from './build-index.ts';
import type { SearchLoader } from './engine.ts';

/** The search index of a casebook folder and a loader serving it from memory, as the browser would fetch it. Test-only. */
export async function indexOf(root: string, contentDir: string, shardCount?: number): Promise<{ index: SearchIndex; loader: SearchLoader & { fetched: string[] } }> {
  const casebook = await loadCasebook(root, contentDir);
  const titles = new Map(casebook.series.map((entry) => [entry.id, entry.data.title]));
  const index = buildSearchIndex(casebook.cases, { seriesTitle: (id) => titles.get(id) ?? id, kindLabel }, shardCount);
  const fetched: string[] = [];
  const loader = {
    fetched,
    meta: async () => (fetched.push('meta'), structuredClone(index.meta)),
    shard: async (shard: number) => (fetched.push(`shard ${shard}`), index.shards[shard]!),
    texts: async (doc: number) => (fetched.push(`texts ${doc}`), index.texts[doc]!),
  };
  return { index, loader };
}
