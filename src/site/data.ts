// The pages' way to the published view of the casebook model (src/view/published.ts): the model the
// casebook() integration loaded in this process, as the view publishes it. Nothing here re-reads files
// or re-derives anything; the view is made once per model, so every page of a build shares it, and the
// dev server (which swaps the model after an edit) gets a fresh one.
import './base.ts';
import { currentModel } from '../model/shared-model.ts';
import { publishedView, type PublishedCase, type PublishedSeries, type PublishedSource, type PublishedView } from '../view/published.ts';
import type { Disagreement } from '../domain/claims.ts';
import type { Statistic } from '../model/schemas/statistic.ts';

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

/** Statements of the same subject and metric whose figures differ, reconciled or not, among the published cases. */
export const getDisagreements = async (): Promise<readonly Disagreement<Statistic>[]> => (await getView()).disagreements;

/** The disagreement a case's statistic takes part in, if any. */
export async function disagreementOf(caseId: string, statId: string): Promise<Disagreement<Statistic> | undefined> {
  return (await getView()).disagreementOf(caseId, statId);
}
