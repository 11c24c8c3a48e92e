// Astro-side queries over the collections, shared by pages. Logic that does not need Astro lives in src/domain/ and src/casebook/.
import { getCollection, type CollectionEntry } from 'astro:content';
import { tagSlugs } from './urls.ts';
import { findDisagreements, type ClaimRecord, type Disagreement } from '../domain/claims.ts';
import { buildSearchIndex, type SearchIndex } from '../build/search-index/build.ts';
import { kindLabel } from '../casebook/schemas/kind.ts';

export type CaseEntry = CollectionEntry<'cases'>;
export type SeriesEntry = CollectionEntry<'series'>;
export type SourceEntry = CollectionEntry<'sources'>;

/**
 * Every page asks for the same lists; a build computes each once. The dev
 * server recomputes them so edits show up without a restart.
 */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? compute() : (cached ??= compute()));
}

/** Published cases, newest first (drafts are shown only by `astro dev`). */
export const getCases = once(async (): Promise<CaseEntry[]> => {
  const cases = await getCollection('cases', (entry) => import.meta.env.DEV || !entry.data.draft);
  return cases.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
});

/** Every series in its configured order. */
export const getSeries = once(async (): Promise<SeriesEntry[]> => {
  const series = await getCollection('series');
  return series.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
});

/** Source records by id. */
export const getSourcesById = once(
  async (): Promise<Map<string, SourceEntry>> => new Map((await getCollection('sources')).map((entry) => [entry.id, entry])),
);

/** Series records by id. */
export const getSeriesById = once(async (): Promise<Map<string, SeriesEntry>> => new Map((await getSeries()).map((entry) => [entry.id, entry])));

/** Every tag used by a published case, with its URL slug. */
export const getTagSlugs = once(async (): Promise<Map<string, string>> => tagSlugs((await getCases()).flatMap((entry) => entry.data.tags)));

/** Every statistic of every published case, with its case. */
export const getClaims = once(async (): Promise<ClaimRecord[]> =>
  (await getCases()).flatMap((entry) => entry.data.stats.map((stat, index) => ({ caseId: entry.id, index, stat }))),
);

/** Statements of the same subject and metric whose figures differ, reconciled or not. */
export const getDisagreements = once(async (): Promise<Disagreement[]> => findDisagreements(await getClaims()));

/** The disagreement a case's statistic takes part in, if any. */
export async function disagreementOf(caseId: string, statId: string): Promise<Disagreement | undefined> {
  return (await getDisagreements()).find((group) => group.claims.some((claim) => claim.caseId === caseId && claim.stat.id === statId));
}

/** The search index of the published cases, built once per build from the collections. */
export const getSearchIndex = once(async (): Promise<SearchIndex> => {
  const series = await getSeriesById();
  return buildSearchIndex(
    (await getCases()).map((entry) => ({ id: entry.id, data: entry.data, body: entry.body ?? '' })),
    { seriesTitle: (id) => series.get(id)?.data.title ?? id, kindLabel },
  );
});
