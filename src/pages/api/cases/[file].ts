import type { APIRoute, GetStaticPaths } from 'astro';
import { getCases, getStatRows } from '../../../site/data';
import { toCsv, toJson } from '../../../outputs/exports/stats';
import { pageKey } from '../../../site/cache-keys';
import { site } from '../../../site.config';

/**
 * Each case's statistics as its own data files, `/api/cases/<id>.csv` and
 * `.json`: the rows and columns of the site-wide export (`/api/stats.*`),
 * for a reader of one case. Each file is written again only when its rows change.
 */
export const getStaticPaths = (async () => {
  const cases = await getCases();
  const { rows } = await getStatRows();
  return cases.flatMap((entry) => {
    const own = rows.filter((row) => row.case === entry.id);
    return [
      { params: { file: `${entry.id}.json` }, props: { type: 'application/json; charset=utf-8', body: () => toJson(own, site.url) }, cacheKey: pageKey(`${entry.id}.json`, own) },
      { params: { file: `${entry.id}.csv` }, props: { type: 'text/csv; charset=utf-8', body: () => toCsv(own) }, cacheKey: pageKey(`${entry.id}.csv`, own) },
    ];
  });
}) satisfies GetStaticPaths;

interface Props {
  type: string;
  body: () => string;
}

export const GET: APIRoute<Props> = ({ props }) => new Response(props.body(), { headers: { 'content-type': props.type } });
