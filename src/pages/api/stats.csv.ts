import type { APIRoute } from 'astro';
import { getCases } from '../../data/casebook';
import { statRows, toCsv } from '../../lib/claims/export';
import { site } from '../../site.config';

/** Every claim as CSV: the same file as /stats.csv, at the API path. */
export const GET: APIRoute = async () =>
  new Response(toCsv(statRows(await getCases(), site.url)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
