// The published view of the checked model: what the site's pages, its social cards, its search index, its
// sitemap and its exports show, worked out once per model. Whether drafts are shown is decided here and
// nowhere else; every list, group and count below already leaves them out (or keeps them, in dev).
import type { CheckResult } from '../model/checks/index.ts';
import type { LoadedCase, LoadedEntry } from '../model/load.ts';
import type { Series } from '../model/schemas/series.ts';
import type { Source } from '../model/schemas/source.ts';
import type { Statistic } from '../model/schemas/statistic.ts';
import type { Kind } from '../model/schemas/kind.ts';
import { site, ui } from '../site.config.ts';
import { claimRecords, findDisagreements, type Disagreement } from '../domain/claims.ts';
import { chartsOf, type Chart, type ChartInput } from '../domain/charts/group.ts';
import { digestOf, digestOfEach } from '../domain/digest.ts';
import { newestFirst } from '../domain/order.ts';
import { tagSlugs } from '../domain/slug.ts';
import type { Verification } from '../domain/verification.ts';
import { flattenRegions, regionTree, type RegionNode } from './region-tree.ts';
import { relatedIndex } from './related.ts';
import { pageDates } from './lastmod.ts';
import { statRows, type StatRow } from './stat-rows.ts';

/** What the view needs of the model: the casebook and, when the figure check ran, its receipts. */
export type ViewableModel = Pick<CheckResult, 'casebook'> & Partial<Pick<CheckResult, 'verifications'>>;

/** Which cases a view shows. */
export interface ViewOptions {
  /** Drafts too: the dev server previews them and the card check covers them; the built site and its outputs never show them. */
  drafts?: boolean;
}

/** A case as it is published: the model's entry (frontmatter, file, parsed body, digest) with its receipts. */
export interface PublishedCase extends LoadedCase {
  /** What the figure check established about each statistic, in frontmatter order (receipts, 未核对原文). */
  verifications: readonly Verification[];
  /** Changes whenever anything of the case its own page shows changes: its file (frontmatter and body, via the model's digest) and its receipts. */
  key: string;
  /**
   * Changes whenever anything of the case's statistics that lists of them
   * show changes (the explorer, a series' figures, the data files): its
   * title, its statistics and their receipts, not its body. Hashed once a
   * build: three outputs hashing the statistics themselves took a second of
   * a 10,000-case rebuild.
   */
  statsKey: string;
}

/** A series or source record as the model read it. */
export type PublishedSeries = LoadedEntry<Series>;
/** A source record as the model read it. */
export type PublishedSource = LoadedEntry<Source>;

/** Cases sharing a tag, kind or series, newest first. */
export interface CaseGroup<K> {
  /** What they share: the tag, kind or series id. */
  key: K;
  /** The cases, newest first. */
  cases: PublishedCase[];
}

/** A tag with its URL slug and its cases. */
export interface TagGroup extends CaseGroup<string> {
  /** The tag's URL slug (`/tags/<slug>/`). */
  slug: string;
}

/** A region of the tree with its cases. */
export interface RegionGroup {
  /** The region's node in the tree (names, path, count, children). */
  region: RegionNode;
  /** The cases placed in it or inside it, newest first. */
  cases: PublishedCase[];
}

/**
 * The published view of one model. Cheap parts are worked out when the view
 * is made; the rest (related cases, charts, stat rows, page dates) the first
 * time they are asked for, then kept with the view.
 */
export interface PublishedView {
  /** Whether drafts are shown (see {@link ViewOptions}). */
  readonly drafts: boolean;
  /** The published cases, newest first (the order of the site's lists, feeds and search index). */
  readonly cases: readonly PublishedCase[];
  /** The published cases by id. */
  readonly casesById: ReadonlyMap<string, PublishedCase>;
  /** Every series, in its configured order, then by id. */
  readonly series: readonly PublishedSeries[];
  /** Series by id. */
  readonly seriesById: ReadonlyMap<string, PublishedSeries>;
  /** Every source record, in file order. */
  readonly sources: readonly PublishedSource[];
  /** Source records by id. */
  readonly sourcesById: ReadonlyMap<string, PublishedSource>;
  /** The search thesaurus's groups of equivalent words. */
  readonly thesaurus: string[][];
  /** Each series' published cases, newest first, keyed by series id (a series without cases has an empty list). */
  readonly casesOfSeries: ReadonlyMap<string, PublishedCase[]>;
  /** Every tag a published case uses, most used first, then in Chinese collation order. */
  readonly tags: readonly TagGroup[];
  /** Each tag's URL slug (homophones get `-2`, `-3`; see `tagSlugs`). */
  readonly tagSlugs: ReadonlyMap<string, string>;
  /** Every kind a published case is of, in the catalogue's order. */
  readonly kinds: readonly CaseGroup<Kind>[];
  /** The province → city → district tree of the published cases' places, most cases first. */
  readonly regionTree: readonly RegionNode[];
  /** Every region of the tree, parents before children, with its cases. */
  readonly regions: readonly RegionGroup[];
  /**
   * Statements of the same subject and metric (and period) whose figures differ, among the
   * published cases only: a draft's figure neither starts nor joins a disagreement readers see.
   */
  readonly disagreements: readonly Disagreement<Statistic>[];
  /** The disagreements the statistics of case `caseId` take part in. */
  disagreementsOf(caseId: string): readonly Disagreement<Statistic>[];
  /** The disagreement statistic `statId` of case `caseId` takes part in, if any. */
  disagreementOf(caseId: string, statId: string): Disagreement<Statistic> | undefined;
  /** The cases most related to case `caseId`, best first (see `relatedCases`). */
  related(caseId: string): readonly PublishedCase[];
  /** The charts of one case's own statistics (its page, its report chapter). */
  caseCharts(caseId: string): readonly Chart[];
  /** Charts of one metric across at least two of a series' cases (the series page). */
  seriesCharts(seriesId: string): readonly Chart[];
  /** Every claim of the published cases as the explorer lists it and the exports write it (made when first asked for), and a digest of what they show. */
  readonly statRows: { readonly rows: readonly StatRow[]; readonly key: string };
  /**
   * When the page at `path` (a site path without the base, `/cases/x/`) last changed, for the
   * sitemap: a case page its case's `updated ?? date`; a page of some cases (a series and its
   * report, a tag, a kind, a region) the newest of theirs; every other page the newest of all.
   * Without cases, no date.
   */
  lastChanged(path: string): Date | undefined;
}

// One view per model for the whole build: the integration (loaded by Node) and the pages (a Vite bundle of the
// same code) each have their own copy of this module, and each made every digest of the view again (1.2 s of an
// unchanged 10,000-case rebuild). The dev server's pages keep views of their own, so an edit to this code shows.
// Asked without reading `import.meta.env` whole: a bundle that reads the whole object gets the build's environment
// written into it (the shell's `_` among it), and a rebuild started another way then had different code and
// rendered every page again. Node has no `import.meta.env`; Vite writes `false` for `import.meta.env.DEV` in a build.
const inDevServer = 'env' in import.meta && import.meta.env.DEV === true;
const views: WeakMap<object, Map<boolean, PublishedView>> = inDevServer
  ? new WeakMap()
  : ((globalThis as { [key: symbol]: WeakMap<object, Map<boolean, PublishedView>> })[Symbol.for('casebook.views')] ??= new WeakMap());

/** The published view of `model`, made once per model object and option (the dev server swaps models on edits). */
export function publishedView(model: ViewableModel, options: ViewOptions = {}): PublishedView {
  const drafts = options.drafts ?? false;
  let byOption = views.get(model);
  if (!byOption) views.set(model, (byOption = new Map()));
  let view = byOption.get(drafts);
  if (!view) byOption.set(drafts, (view = makeView(model, drafts)));
  return view;
}

function makeView({ casebook, verifications }: ViewableModel, drafts: boolean): PublishedView {
  const cases: PublishedCase[] = casebook.cases
    .filter((entry) => drafts || !entry.data.draft)
    .sort(newestFirst)
    .map((entry) => {
      const receipts = verifications?.get(entry.id) ?? [];
      // The entry's own property descriptors, not a spread: a build reads a case's body and HTML back from disk
      // when asked (see src/model/case-text.ts), and a spread would read them all now.
      const published = Object.defineProperties({}, Object.getOwnPropertyDescriptors(entry)) as PublishedCase;
      const receiptsKey = digestOf(receipts);
      return Object.assign(published, { verifications: receipts, key: digestOf([entry.digest, receiptsKey]), statsKey: digestOf([entry.data.title, entry.data.stats, receiptsKey]) });
    });
  const casesById = new Map(cases.map((entry) => [entry.id, entry]));
  // Every grouping below is one pass over the cases, newest first within each group: filtering all cases once
  // per tag or region grew with the square of a casebook whose tags and places grow with it.
  const bySeries = groupBy(cases, (entry) => [entry.data.series.id]);
  // Only series with a published case: a series of drafts would be a page, a card and a report of nothing.
  const series = [...casebook.series]
    .filter((entry) => bySeries.has(entry.id))
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const casesOfSeries = new Map(series.map((entry) => [entry.id, bySeries.get(entry.id) ?? []]));

  const slugs = tagSlugs(cases.flatMap((entry) => entry.data.tags));
  const byTag = groupBy(cases, (entry) => entry.data.tags);
  const tags = [...slugs].map(([tag, slug]) => ({ key: tag, slug, cases: byTag.get(tag) ?? [] }));
  tags.sort((a, b) => b.cases.length - a.cases.length || a.key.localeCompare(b.key, 'zh-CN'));
  const byKind = groupBy(cases, (entry) => [entry.data.kind]);
  const kinds = Object.keys(casebook.settings.kinds).map((kind) => ({ key: kind, cases: byKind.get(kind) ?? [] })).filter((group) => group.cases.length > 0);
  const tree = regionTree(cases.map((entry) => entry.data.place));
  // A case is in a region when the region's names begin its place's (see `placeInRegion`): one key per level.
  const regionKey = (names: readonly (string | undefined)[]) => JSON.stringify(names);
  const flat = flattenRegions(tree);
  const depth = Math.max(0, ...flat.map((region) => region.names.length));
  const byRegion = groupBy(cases, ({ data: { place } }) => {
    const names = [place.province, place.city, place.district];
    return Array.from({ length: depth }, (_, level) => regionKey(names.slice(0, level + 1)));
  });
  const regions = flat.map((region) => ({ region, cases: byRegion.get(regionKey(region.names)) ?? [] }));

  // In file order, as the checks report them (a group's label comes from its first statement).
  const disagreements = findDisagreements(claimRecords(casebook.cases.filter((entry) => casesById.has(entry.id))));
  const byCase = new Map<string, Disagreement<Statistic>[]>();
  const byStat = new Map<string, Disagreement<Statistic>>();
  for (const group of disagreements) {
    for (const claim of group.claims) {
      byStat.set(`${claim.caseId}\0${claim.stat.id}`, group);
      const list = byCase.get(claim.caseId) ?? [];
      if (!list.includes(group)) byCase.set(claim.caseId, [...list, group]);
    }
  }
  const disagreementOf = (caseId: string, statId: string) => byStat.get(`${caseId}\0${statId}`);

  // A case's statistics as chart inputs: disputed when reconciled or stated differently elsewhere (as the data table marks them).
  const chartInputs = (entry: PublishedCase): ChartInput<Statistic>[] =>
    entry.data.stats.map((stat) => ({
      caseId: entry.id,
      // The title's first part, enough to tell two cases' figures apart.
      caseLabel: ui.charts.caseLabel(entry.data.title),
      stat,
      disputed: stat.reconciliation !== undefined || disagreementOf(entry.id, stat.id) !== undefined,
    }));

  const rows = once(() => statRows(cases, site.url));
  // The rows show each case's id and statsKey's inputs, and the site's address.
  const rowsKey = once(() => digestOfEach([site.url, ...cases.map((entry) => [entry.id, entry.statsKey])]));
  const dates = once(() => pageDates({ cases, casesOfSeries, tags, kinds, regions }));
  // Made once for every case: asked case by case, related cases cost n² comparisons (over a minute at 10,000 cases).
  const relatedOf = once(() => relatedIndex(cases));
  return {
    drafts,
    cases,
    casesById,
    series,
    seriesById: new Map(series.map((entry) => [entry.id, entry])),
    sources: casebook.sources,
    sourcesById: new Map(casebook.sources.map((entry) => [entry.id, entry])),
    thesaurus: casebook.thesaurus,
    casesOfSeries,
    tags,
    tagSlugs: slugs,
    kinds,
    regionTree: tree,
    regions,
    disagreements,
    disagreementsOf: (caseId) => byCase.get(caseId) ?? [],
    disagreementOf,
    related: perKey((caseId) => relatedOf()(known(casesById, caseId))),
    // The latest few only: a case's charts are asked for by its page and its report chapter, and every case's at
    // once (the charts drawn ahead of the pages) would stay in memory to the end of the build.
    caseCharts: perKey((caseId) => chartsOf(chartInputs(known(casesById, caseId)), { words: ui.charts.grouping }), CHARTS_KEPT),
    seriesCharts: perKey((seriesId) => chartsOf((casesOfSeries.get(seriesId) ?? []).flatMap(chartInputs), { words: ui.charts.grouping, minCases: 2 })),
    statRows: {
      get rows() {
        return rows();
      },
      get key() {
        return rowsKey();
      },
    },
    lastChanged: (path) => dates()(path),
  };
}

/** A value computed the first time it is asked for. */
function once<T>(compute: () => T): () => T {
  let value: { of: T } | undefined;
  return () => (value ??= { of: compute() }).of;
}

/** A function of a key that computes each key's value once, keeping the latest `kept` values (all by default). */
function perKey<T>(compute: (key: string) => T, kept = Infinity): (key: string) => T {
  const values = new Map<string, T>();
  return (key) => {
    if (values.has(key)) return values.get(key)!;
    const value = compute(key);
    values.set(key, value);
    // The oldest goes first (a Map keeps the order keys were added in); it is computed again if asked.
    if (values.size > kept) values.delete(values.keys().next().value!);
    return value;
  };
}

// How many cases' charts the view keeps (see `caseCharts`).
const CHARTS_KEPT = 1024;

function known(casesById: ReadonlyMap<string, PublishedCase>, id: string): PublishedCase {
  const entry = casesById.get(id);
  if (!entry) throw new Error(`No published case "${id}" in the casebook`);
  return entry;
}

/** The cases under each key `keysOf` gives them (a case is listed once per distinct key), in the cases' order. */
function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
