import type { GetStaticPaths } from 'astro';
import { serveDataFile } from '../../../site/data-file';
import { getCases, getStatRows } from '../../../site/data';
import { toCsv, toJson } from '../../../outputs/exports/stats';
import { toBibtex, toCslJson, toRis } from '../../../outputs/exports/case-citation';
import { caseReference } from '../../../site/case-reference';
import { pageKey } from '../../../site/cache-keys';
import { site } from '../../../site.config';

/**
 * Each case's own files, beside its page: its statistics as `/api/cases/<id>.csv` and `.json` (the rows and
 * columns of the site-wide export, `/api/stats.*`), and its reference as BibTeX (`.bib`), RIS (`.ris`) and
 * CSL-JSON (`.csl.json`). Each file is written again only when what it holds changes.
 */
export const getStaticPaths = (async () => {
  const cases = await getCases();
  const { rows } = await getStatRows();
  return cases.flatMap((entry) => {
    const own = rows.filter((row) => row.case === entry.id);
    const reference = caseReference(entry);
    const files = [
      { file: `${entry.id}.json`, type: 'application/json; charset=utf-8', body: () => toJson(own, site.url), key: own },
      { file: `${entry.id}.csv`, type: 'text/csv; charset=utf-8', body: () => toCsv(own), key: own },
      { file: `${entry.id}.bib`, type: 'application/x-bibtex; charset=utf-8', body: () => toBibtex(reference), key: reference },
      { file: `${entry.id}.ris`, type: 'application/x-research-info-systems; charset=utf-8', body: () => toRis(reference), key: reference },
      { file: `${entry.id}.csl.json`, type: 'application/vnd.citationstyles.csl+json; charset=utf-8', body: () => toCslJson(reference), key: reference },
    ];
    return files.map(({ file, type, body, key }) => ({ params: { file }, props: { type, body }, cacheKey: pageKey(file, key) }));
  });
}) satisfies GetStaticPaths;

export const GET = serveDataFile;
