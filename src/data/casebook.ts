// Astro-side queries over the collections, shared by pages. Logic that does not need Astro lives in src/lib/.
import { getCollection, type CollectionEntry } from 'astro:content';
import { tagSlugs } from '../lib/urls.ts';

export type CaseEntry = CollectionEntry<'cases'>;
export type SeriesEntry = CollectionEntry<'series'>;
export type SourceEntry = CollectionEntry<'sources'>;

/** Published cases, newest first (drafts are shown only by `astro dev`). */
export async function getCases(): Promise<CaseEntry[]> {
  const cases = await getCollection('cases', (entry) => import.meta.env.DEV || !entry.data.draft);
  return cases.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

/** Every series in its configured order. */
export async function getSeries(): Promise<SeriesEntry[]> {
  const series = await getCollection('series');
  return series.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Source records by id. */
export async function getSourcesById(): Promise<Map<string, SourceEntry>> {
  return new Map((await getCollection('sources')).map((entry) => [entry.id, entry]));
}

/** Series records by id. */
export async function getSeriesById(): Promise<Map<string, SeriesEntry>> {
  return new Map((await getSeries()).map((entry) => [entry.id, entry]));
}

/** Every tag used by a published case, with its URL slug. */
export async function getTagSlugs(): Promise<Map<string, string>> {
  return tagSlugs((await getCases()).flatMap((entry) => entry.data.tags));
}
