import type { CaseData } from '../model/schemas/case.ts';
import type { CaseReference } from '../outputs/exports/case-citation.ts';
import { caseUrl } from '../domain/urls.ts';
import { site } from '../site.config.ts';

/** A published case as its citation names it: by the casebook's publisher, in the casebook, at its page's address. */
export function caseReference(entry: { id: string; data: CaseData }): CaseReference {
  return {
    id: entry.id,
    title: entry.data.title,
    publisher: site.publisher,
    casebookTitle: site.title,
    date: entry.data.date,
    ...(entry.data.updated ? { updated: entry.data.updated } : {}),
    url: new URL(caseUrl(entry.id), site.url).href,
    lang: entry.data.lang ?? site.lang,
  };
}
