import type { GetStaticPaths } from 'astro';
import { serveDataFile } from '../../site/data-file';
import { getCases, getStatRows } from '../../site/data';
import { casesJson } from '../../outputs/exports/cases';
import { toCsv, toJson } from '../../outputs/exports/stats';
import { site } from '../../site.config';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The dev server's casebook-wide data files (shapes documented in
 * docs/features/stats-and-exports.md): every published case's metadata, and
 * every claim as JSON and as CSV (UTF-8 with BOM). A build writes them itself,
 * streamed beside the site (src/outputs/exports/casebook-files.ts): at 50,000
 * cases stats.json is over 500 MB, more than a route's response can hold.
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const cases = await getCases();
  const { rows } = await getStatRows();
  const files = [
    { file: 'cases.json', type: JSON_TYPE, body: () => casesJson(cases, site.url) },
    { file: 'stats.json', type: JSON_TYPE, body: () => toJson(rows, site.url) },
    { file: 'stats.csv', type: 'text/csv; charset=utf-8', body: () => toCsv(rows) },
  ];
  return files.map(({ file, type, body }) => ({ params: { file }, props: { type, body } }));
}) satisfies GetStaticPaths;

export const GET = serveDataFile;
