// Each case's own files and each report's reference, written beside the built site by the integration
// (a few thousand small files: as Astro routes they cost more than a millisecond each, every build).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PublishedView } from '../../view/published.ts';
import { site, ui } from '../../site.config.ts';
import { toCsv, toJson } from './stats.ts';
import { toBibtex, toCslJson, toRis, type CaseReference } from './case-citation.ts';
import { caseReference, reportReference } from './case-reference.ts';

/** One file: where it goes under the site root (`api/cases/x.csv`) and what it holds. */
export interface DataFile {
  path: string;
  body: string;
}

const referenceFiles = (folder: string, id: string, reference: CaseReference): DataFile[] => [
  { path: `api/${folder}/${id}.bib`, body: toBibtex(reference) },
  { path: `api/${folder}/${id}.ris`, body: toRis(reference) },
  { path: `api/${folder}/${id}.csl.json`, body: toCslJson(reference) },
];

/**
 * Every case's statistics (`api/cases/<id>.csv` and `.json`, the site-wide
 * export's rows and columns) and reference (`.bib`, `.ris`, `.csl.json`),
 * and every report's reference (`api/reports/<id>.*`), from the published view.
 */
export function caseDataFiles(view: PublishedView): DataFile[] {
  const byCase = new Map<string, (typeof view.statRows.rows)[number][]>();
  for (const row of view.statRows.rows) {
    const rows = byCase.get(row.case);
    if (rows) rows.push(row);
    else byCase.set(row.case, [row]);
  }
  const files: DataFile[] = [];
  for (const entry of view.cases) {
    const rows = byCase.get(entry.id) ?? [];
    files.push({ path: `api/cases/${entry.id}.json`, body: toJson(rows, site.url) }, { path: `api/cases/${entry.id}.csv`, body: toCsv(rows) });
    files.push(...referenceFiles('cases', entry.id, caseReference(entry)));
  }
  files.push(...referenceFiles('reports', 'casebook', reportReference('casebook', ui.reports.wholeTitle(site.title), view.cases)));
  for (const entry of view.series) {
    files.push(...referenceFiles('reports', entry.id, reportReference(entry.id, ui.reports.seriesTitle(entry.data.title), view.casesOfSeries.get(entry.id) ?? [])));
  }
  return files;
}

/** Writes `files` under `outDir`, folders first, then the files together. */
export async function publishDataFiles(files: readonly DataFile[], outDir: string): Promise<void> {
  await Promise.all([...new Set(files.map((file) => path.dirname(path.join(outDir, file.path))))].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(files.map((file) => writeFile(path.join(outDir, file.path), file.body)));
}
