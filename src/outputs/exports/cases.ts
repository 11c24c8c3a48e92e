import type { CaseData } from '../../model/schemas/case.ts';
import { kindLabel } from '../../site.config.ts';
import { jsonListPieces } from './json-list.ts';
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
  return [...casesJsonPieces(cases, siteUrl)].join('');
}

/** The JSON of {@link casesJson} as pieces of one case each, for a file too large to hold as one string. */
export function* casesJsonPieces(cases: readonly { id: string; data: CaseData }[], siteUrl: string): Generator<string> {
  // One row made at a time: at 50,000 cases the rows alone would be a few hundred megabytes.
  const rows = (function* () {
    for (const entry of cases) yield caseRow(entry, siteUrl);
  })();
  yield* jsonListPieces({ version: CASES_EXPORT_VERSION, site: siteUrl }, 'cases', rows, cases.length);
}

/** One case's row of `/api/cases.json`. */
function caseRow({ id, data }: { id: string; data: CaseData }, siteUrl: string): CaseRow {
  return {
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
  };
}
