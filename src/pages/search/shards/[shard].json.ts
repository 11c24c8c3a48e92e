import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex } from '../../../site/data';

/** One shard of the body bigram index; the browser fetches only the shards of the query's bigrams. */
export const getStaticPaths = (async () => {
  const { shards } = await getSearchIndex();
  return shards.map((_, shard) => ({ params: { shard: String(shard) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json((await getSearchIndex()).shards[Number(params.shard)]);
