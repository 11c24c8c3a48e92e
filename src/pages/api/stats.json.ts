import type { APIRoute } from 'astro';
import { getCases } from '../../site/data';
import { statRows, toJson } from '../../build/exports/stats';
import { site } from '../../site.config';

/** Every claim as versioned JSON, for other tools. */
export const GET: APIRoute = async () =>
  new Response(toJson(statRows(await getCases(), site.url), site.url), { headers: { 'content-type': 'application/json; charset=utf-8' } });
