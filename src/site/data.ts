// The pages' view of the casebook model: typed reads of the collections the casebook loader filled.
// Nothing here re-reads files or re-derives claims; it only sorts, filters and joins what the model holds.
import './base.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CaseData } from '../model/schemas/case.ts';
import type { Series } from '../model/schemas/series.ts';
import type { Source } from '../model/schemas/source.ts';
import type { Statistic } from '../model/schemas/statistic.ts';
import type { CaseExtras } from '../model/loader.ts';
import type { ClaimRecord, Disagreement } from '../domain/claims.ts';
import type { Verification } from '../domain/verification.ts';

import { newestFirst } from '../domain/order.ts';
import { sharedModel } from '../model/shared-model.ts';
import { statRows } from '../outputs/exports/stats.ts';
import { digestOf } from '../domain/digest.ts';
import { site } from '../site.config.ts';
import { tagSlugs } from '../domain/slug.ts';

/** A case as pages see it: validated frontmatter plus what the model derived (its file, its disagreements). */
export type CaseEntry = Omit<CollectionEntry<'cases'>, 'data'> & { data: CaseData & CaseExtras };
/** A series record. */
export type SeriesEntry = Omit<CollectionEntry<'series'>, 'data'> & { data: Series };
/** A source record. */
export type SourceEntry = Omit<CollectionEntry<'sources'>, 'data'> & { data: Source };

/**
 * Every page asks for the same lists; a build computes each once. The dev
 * server recomputes them so edits show up without a restart.
 */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? compute() : (cached ??= compute()));
}

/** Every case, drafts included (the model checks drafts too), in file order. */
const getAllCases = once(async () => (await getCollection('cases')) as unknown as CaseEntry[]);

/** Published cases, newest first (drafts are shown only by `astro dev`). */
export const getCases = once(async (): Promise<CaseEntry[]> => {
  const cases = (await getAllCases()).filter((entry) => import.meta.env.DEV || !entry.data.draft);
  return cases.sort(newestFirst);
});

/** Every series in its configured order. */
export const getSeries = once(async (): Promise<SeriesEntry[]> => {
  const series = (await getCollection('series')) as unknown as SeriesEntry[];
  return series.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
});

/** Source records by id. */
export const getSourcesById = once(
  async (): Promise<Map<string, SourceEntry>> => new Map(((await getCollection('sources')) as unknown as SourceEntry[]).map((entry) => [entry.id, entry])),
);

/** Series records by id. */
export const getSeriesById = once(async (): Promise<Map<string, SeriesEntry>> => new Map((await getSeries()).map((entry) => [entry.id, entry])));

/** Every claim of the published cases as export rows (the explorer and the data files list the same), and a digest of them. */
export const getStatRows = once(async () => {
  const cases = await Promise.all((await getCases()).map(async (entry) => ({ id: entry.id, data: { ...entry.data, verifications: await getVerifications(entry.id) } })));
  const rows = statRows(cases, site.url);
  return { rows, key: digestOf(rows) };
});

/** Every tag used by a published case, with its URL slug. */
export const getTagSlugs = once(async (): Promise<Map<string, string>> => tagSlugs((await getCases()).flatMap((entry) => entry.data.tags)));

/**
 * Statements of the same subject and metric whose figures differ, reconciled
 * or not, as the model found them (each case carries the ones it is part of);
 * only published statements are shown.
 */
export const getDisagreements = once(async (): Promise<Disagreement<Statistic>[]> => {
  const cases = new Map((await getCases()).map((entry) => [entry.id, entry]));
  const groups = new Map([...cases.values()].flatMap((entry) => entry.data.disputes.map((group) => [group.key, group] as const)));
  return [...groups.values()].flatMap((group) => {
    const claims: ClaimRecord<Statistic>[] = group.claims.flatMap(({ caseId, index }) => {
      const stat = cases.get(caseId)?.data.stats[index];
      return stat ? [{ caseId, index, stat }] : [];
    });
    return claims.length > 1 ? [{ key: group.key, label: group.label, reconciled: group.reconciled, claims }] : [];
  });
});

// Each disagreement under every case and statistic in it, so pages look one up instead of scanning all of them.
const getDisagreementIndex = once(async () => {
  const byCase = new Map<string, Disagreement<Statistic>[]>();
  const byStat = new Map<string, Disagreement<Statistic>>();
  for (const group of await getDisagreements()) {
    for (const claim of group.claims) {
      byStat.set(`${claim.caseId}\0${claim.stat.id}`, group);
      const list = byCase.get(claim.caseId) ?? [];
      if (!list.includes(group)) byCase.set(claim.caseId, [...list, group]);
    }
  }
  return { byCase, byStat };
});

/** The disagreements a case's statistics take part in. */
export async function disagreementsOfCase(caseId: string): Promise<Disagreement<Statistic>[]> {
  return (await getDisagreementIndex()).byCase.get(caseId) ?? [];
}

/** The disagreement a case's statistic takes part in, if any. */
export async function disagreementOf(caseId: string, statId: string): Promise<Disagreement<Statistic> | undefined> {
  return (await getDisagreementIndex()).byStat.get(`${caseId}\0${statId}`);
}

/**
 * The HTML of a case body, from the model the casebook() integration loaded
 * in this process (bodies are not copied into Astro's data store; see
 * src/model/loader.ts). The table of contents reads `entry.data.headings`.
 */
export async function getCaseHtml(id: string): Promise<string> {
  return (await modelIndex()).html.get(id) ?? missing(id);
}

/**
 * What the figure check established about each statistic of case `id`, in
 * frontmatter order (receipts, 未核对原文), from the model loaded in this
 * process; the data store carries only their digest.
 */
export async function getVerifications(id: string): Promise<Verification[]> {
  return (await modelIndex()).verifications.get(id) ?? missing(id);
}

function missing(id: string): never {
  throw new Error(`No case "${id}" in the casebook model`);
}

// The model's bodies and receipts by case id, made once per model (the dev server swaps models on edits).
const indexes = new WeakMap<object, { html: Map<string, string>; verifications: Map<string, Verification[]> }>();
async function modelIndex() {
  const loaded = sharedModel().model;
  if (!loaded) throw new Error('The casebook model is not loaded: pages must be built by astro with the casebook() integration');
  const model = await loaded;
  let index = indexes.get(model);
  if (!index) {
    index = { html: new Map(model.casebook.cases.map((entry) => [entry.id, entry.parsed.html])), verifications: model.verifications };
    indexes.set(model, index);
  }
  return index;
}
