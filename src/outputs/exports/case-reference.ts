import type { CaseData } from '../../model/schemas/case.ts';
import type { CaseReference } from './case-citation.ts';
import { apiUrl, caseUrl, reportUrl } from '../../domain/urls.ts';
import { absoluteUrl, site } from '../../site.config.ts';

/** A published case as its citation names it: by the casebook's publisher, in the casebook, at its page's address. */
export function caseReference(entry: { id: string; data: CaseData }): CaseReference {
  return {
    id: entry.id,
    title: entry.data.title,
    publisher: site.publisher,
    casebookTitle: site.title,
    date: entry.data.date,
    ...(entry.data.updated ? { updated: entry.data.updated } : {}),
    url: absoluteUrl(caseUrl(entry.id)),
    lang: entry.data.lang ?? site.lang,
  };
}

/** A report (the whole casebook's, or a series') as its citation names it: dated by its newest chapter, at its web page's address. */
export function reportReference(id: string, title: string, chapters: readonly { data: CaseData }[]): CaseReference {
  const newest = chapters.reduce((date, entry) => (entry.data.date > date ? entry.data.date : date), new Date(0));
  return { id: `report-${id}`, title, publisher: site.publisher, casebookTitle: site.title, date: newest, url: absoluteUrl(reportUrl(id)), lang: site.lang };
}

/** A report's reference files: `/api/reports/<id>.bib`, `.ris` and `.csl.json`. */
export const reportReferenceFiles = (id: string) => ({ bib: apiUrl(`reports/${id}.bib`), ris: apiUrl(`reports/${id}.ris`), csl: apiUrl(`reports/${id}.csl.json`) });
