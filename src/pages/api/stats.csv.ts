import type { APIRoute } from 'astro';
import { getCases } from '../../site/data';
import { statRows, toCsv } from '../../build/exports/stats';
import { site } from '../../site.config';

/** Every claim as CSV: the same file as /stats.csv, at the API path. */
export const GET: APIRoute = async () =>
  new Response(toCsv(statRows(await getCases(), site.url)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
