// The pages' way to the published view of the casebook model (src/view/published.ts): the model the
// casebook() integration loaded in this process, as the view publishes it. Nothing here re-reads files
// or re-derives anything; the view is made once per model, so every page of a build shares it, and the
// dev server (which swaps the model after an edit) gets a fresh one.
import './base.ts';
import { currentModel } from '../model/shared-model.ts';
import { publishedView, type PublishedCase, type PublishedSeries, type PublishedSource, type PublishedView } from '../view/published.ts';
import type { Disagreement } from '../domain/claims.ts';
import type { Statistic } from '../model/schemas/statistic.ts';
import type { Verification } from '../domain/verification.ts';

/** A case as pages see it: the model's entry (frontmatter, file, parsed body) with its receipts and cache key. */
export type CaseEntry = PublishedCase;
/** A series record. */
export type SeriesEntry = PublishedSeries;
/** A source record. */
export type SourceEntry = PublishedSource;

/** The published view of this process's model: drafts only in `astro dev`, which previews them. */
export async function getView(): Promise<PublishedView> {
  return publishedView(await currentModel(), { drafts: import.meta.env.DEV });
}

/** Published cases, newest first. */
export const getCases = async (): Promise<readonly CaseEntry[]> => (await getView()).cases;

/** Every series in its configured order. */
export const getSeries = async (): Promise<readonly SeriesEntry[]> => (await getView()).series;

/** Source records by id. */
export const getSourcesById = async (): Promise<ReadonlyMap<string, SourceEntry>> => (await getView()).sourcesById;

/** Series records by id. */
export const getSeriesById = async (): Promise<ReadonlyMap<string, SeriesEntry>> => (await getView()).seriesById;

/** Every claim of the published cases as export rows (the explorer and the data files list the same), and a digest of them. */
export const getStatRows = async () => (await getView()).statRows;

/** Every tag used by a published case, with its URL slug. */
export const getTagSlugs = async (): Promise<ReadonlyMap<string, string>> => (await getView()).tagSlugs;

/** Statements of the same subject and metric whose figures differ, reconciled or not, among the published cases. */
export const getDisagreements = async (): Promise<readonly Disagreement<Statistic>[]> => (await getView()).disagreements;

/** The disagreements a case's statistics take part in. */
export async function disagreementsOfCase(caseId: string): Promise<readonly Disagreement<Statistic>[]> {
  return (await getView()).disagreementsOf(caseId);
}

/** The disagreement a case's statistic takes part in, if any. */
export async function disagreementOf(caseId: string, statId: string): Promise<Disagreement<Statistic> | undefined> {
  return (await getView()).disagreementOf(caseId, statId);
}

/** The HTML of a case body, as the model rendered it. */
export async function getCaseHtml(id: string): Promise<string> {
  return (await publishedCase(id)).parsed.html;
}

/** What the figure check established about each statistic of case `id`, in frontmatter order (receipts, 未核对原文). */
export async function getVerifications(id: string): Promise<readonly Verification[]> {
  return (await publishedCase(id)).verifications;
}

async function publishedCase(id: string): Promise<CaseEntry> {
  const entry = (await getView()).casesById.get(id);
  if (!entry) throw new Error(`No case "${id}" in the casebook model`);
  return entry;
}
