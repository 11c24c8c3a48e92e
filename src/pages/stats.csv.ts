import type { APIRoute } from 'astro';
import { getCases } from '../site/data';
import { statRows, toCsv } from '../build/exports/stats';
import { site } from '../site.config';

/** Every claim of the casebook as CSV (shape documented in the README). */
export const GET: APIRoute = async () =>
  new Response(toCsv(statRows(await getCases(), site.url)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
