import type { APIRoute } from 'astro';
import { getSearchIndex } from '../../site/data';

/** The search metadata index: every case's title, summary, place, tags and pinyin, and the body sections. */
export const GET: APIRoute = async () => Response.json((await getSearchIndex()).meta);
