import type { GetStaticPaths } from 'astro';
import { serveDataFile } from '../../../site/data-file';
import { getView } from '../../../site/data';
import { toBibtex, toCslJson, toRis } from '../../../outputs/exports/case-citation';
import { reportReference } from '../../../site/case-reference';
import { pageKey } from '../../../site/cache-keys';
import { site, ui } from '../../../site.config';

/** Each report's reference as BibTeX, RIS and CSL-JSON (`/api/reports/<id>.bib`, `.ris`, `.csl.json`), for reference managers. */
export const getStaticPaths = (async () => {
  const view = await getView();
  const reports = [
    { id: 'casebook', title: ui.reports.wholeTitle(site.title), chapters: view.cases },
    ...view.series.map((entry) => ({ id: entry.id, title: ui.reports.seriesTitle(entry.data.title), chapters: view.casesOfSeries.get(entry.id)! })),
  ];
  return reports.flatMap(({ id, title, chapters }) => {
    const reference = reportReference(id, title, chapters);
    const files = [
      { file: `${id}.bib`, type: 'application/x-bibtex; charset=utf-8', body: () => toBibtex(reference) },
      { file: `${id}.ris`, type: 'application/x-research-info-systems; charset=utf-8', body: () => toRis(reference) },
      { file: `${id}.csl.json`, type: 'application/vnd.citationstyles.csl+json; charset=utf-8', body: () => toCslJson(reference) },
    ];
    return files.map(({ file, type, body }) => ({ params: { file }, props: { type, body }, cacheKey: pageKey(file, reference) }));
  });
}) satisfies GetStaticPaths;

export const GET = serveDataFile;
