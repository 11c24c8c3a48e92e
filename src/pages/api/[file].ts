import type { GetStaticPaths } from 'astro';
import { serveDataFile } from '../../site/data-file';
import { getCases, getStatRows } from '../../site/data';
import { casesJson } from '../../outputs/exports/cases';
import { toCsv, toJson } from '../../outputs/exports/stats';
import { inputKey, pageKey } from '../../site/cache-keys';
import { site } from '../../site.config';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The data files for other tools (shapes documented in docs/features/stats-and-exports.md): every
 * published case's metadata, and every claim as JSON and as CSV (UTF-8 with
 * BOM). One route, so that each file carries a cache key and is written
 * again only when what it lists changes, not when a case body does.
 */
export const getStaticPaths = (async () => {
  const cases = await getCases();
  const { rows, key } = await getStatRows();
  const files = [
    { file: 'cases.json', type: JSON_TYPE, body: () => casesJson(cases, site.url), key: cases.map((entry) => [entry.id, inputKey(entry.data)]) },
    { file: 'stats.json', type: JSON_TYPE, body: () => toJson(rows, site.url), key },
    { file: 'stats.csv', type: 'text/csv; charset=utf-8', body: () => toCsv(rows), key },
  ];
  return files.map(({ file, type, body, key }) => ({ params: { file }, props: { type, body }, cacheKey: pageKey(file, key) }));
}) satisfies GetStaticPaths;

export const GET = serveDataFile;
