import type { CaseData } from '../../model/schemas/case.ts';
import { kindLabel } from '../../site.config.ts';
import { caseCardPath, caseUrl, siteUrl as sitePath } from '../../domain/urls.ts';

/** Version of `/api/cases.json`; bump when a field changes meaning or goes away. */
export const CASES_EXPORT_VERSION = 1;

/** One case as `/api/cases.json` lists it (documented in docs/features/stats-and-exports.md). */
export interface CaseRow {
  id: string;
  url: string;
  title: string;
  summary: string;
  series: string;
  kind: string;
  kindLabel: string;
  place: { province: string; city: string; district: string | null };
  date: string;
  updated: string | null;
  tags: string[];
  sources: string[];
  statistics: number;
  cards: { wide: string };
}

/** The cases as versioned JSON for other tools: metadata only; figures are in `/api/stats.json`. */
export function casesJson(cases: readonly { id: string; data: CaseData }[], siteUrl: string): string {
  const rows: CaseRow[] = cases.map(({ id, data }) => ({
    id,
    url: new URL(caseUrl(id), siteUrl).href,
    title: data.title,
    summary: data.summary,
    series: data.series.id,
    kind: data.kind,
    kindLabel: kindLabel(data.kind),
    place: { province: data.place.province, city: data.place.city, district: data.place.district ?? null },
    date: data.date.toISOString().slice(0, 10),
    updated: data.updated ? data.updated.toISOString().slice(0, 10) : null,
    tags: data.tags,
    sources: data.sources.map((source) => source.id),
    statistics: data.stats.length,
    cards: { wide: new URL(sitePath(caseCardPath(id)), siteUrl).href },
  }));
  return JSON.stringify({ version: CASES_EXPORT_VERSION, site: siteUrl, count: rows.length, cases: rows }, null, 2);
}
