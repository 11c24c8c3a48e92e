import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex } from '../../../site/data';

/** One case's section texts, fetched only to show a result's matching passage. */
export const getStaticPaths = (async () => {
  const { texts } = await getSearchIndex();
  return texts.map((_, doc) => ({ params: { doc: String(doc) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json((await getSearchIndex()).texts[Number(params.doc)]);
