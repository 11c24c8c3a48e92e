import type { APIRoute } from 'astro';
import { getCases } from '../../site/data';
import { statRows, toCsv } from '../../build/exports/stats';
import { site } from '../../site.config';

/** Every claim as CSV, for spreadsheets and other tools (UTF-8 with BOM). */
export const GET: APIRoute = async () =>
  new Response(toCsv(statRows(await getCases(), site.url)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
