import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PublishedView } from '../../view/published.ts';
import { kindLabel, site } from '../../site.config.ts';
import { meilisearchExportFiles } from './meilisearch.ts';
import { buildSearchIndex, indexCase, SEARCH_INDEX_VERSION, type CaseIndexPart, type IndexableCase, type IndexLabels, type SearchIndex } from './build.ts';
import { digestOf } from '../../domain/digest.ts';
import { threadSetup } from '../../model/thread-setup.ts';
import { inBackground, mapInWorkers, type BackgroundWork, type WorkerChoice } from '../../store/worker-batches.ts';
import type { PartSetup } from './part-setup.ts';
import type { PinyinVocabulary, SearchMeta } from '../../domain/search-index.ts';
import { ModelCache } from '../../model/cache.ts';
import { pinyinVocabulary } from './pinyin.ts';
import { hasStoredSet, keepSet, placeSet, placeStoredSet, storeEach, type NamedFile } from '../../store/linked-output.ts';
import { ArtefactStore } from '../../store/artefact-store.ts';
import { codeDigest } from '../../store/code-digest.ts';

// A case's cached share of the index is reused only with the code that made it: build.ts and every module and
// package it uses (pinyin, the search text of src/domain…).
const indexCodeVersion = () => codeDigest(fileURLToPath(new URL('../../../', import.meta.url)), { entries: ['src/outputs/search-index/build.ts'] });

/** The labels the index shows that the view holds elsewhere: series titles and kind labels. */
function labelsOf(view: PublishedView): IndexLabels & { titles: Map<string, string> } {
  const titles = new Map(view.series.map((entry) => [entry.id, entry.data.title]));
  return { titles, seriesTitle: (id: string) => titles.get(id) ?? id, kindLabel };
}

/** A case as the index reads it, its sections read from the text store now (see `releaseCaseText`). */
const indexable = (entry: PublishedView['cases'][number]): IndexableCase => ({ id: entry.id, data: { ...entry.data, sections: entry.parsed.sections } });

/**
 * The search index of the view's cases, newest first (the order the site
 * lists them). With a cache, a case's share of the index is computed again
 * only when what it shows changed; `computed` holds shares already computed
 * elsewhere (see `publishSearchIndex`), by case id.
 */
export function casebookSearchIndex(view: PublishedView, cache?: ModelCache, computed?: ReadonlyMap<string, CaseIndexPart>): SearchIndex {
  const labels = labelsOf(view);
  // Sections are read when a case's part is computed (a changed case), not for every case: a build keeps them on disk.
  const cases = view.cases.map((entry) => ({
    id: entry.id,
    digest: entry.digest,
    data: Object.defineProperty({ ...entry.data }, 'sections', { get: () => entry.parsed.sections, enumerable: true }) as IndexableCase['data'],
  }));
  const code = cache && indexCodeVersion();
  const keys = cache && partKeys(view);
  const part = (entry: IndexableCase & { digest: string }) => {
    const compute = () => computed?.get(entry.id) ?? indexCase(entry, labels);
    return keys ? cache!.memoDigest(keys.get(entry.id)!, compute) : compute();
  };
  return buildSearchIndex(cases, labels, view.thesaurus, part, cache ? cachedVocabulary(cache, code!) : pinyinVocabulary);
}

const keysByView = new WeakMap<PublishedView, Map<string, string>>();

/**
 * Each case's share's cache key, by case id, made once per view (the
 * stored set's key, the cache lookups and the index all use them): the
 * case's digest covers its text and the code that read it; the series title
 * and the kinds' labels (casebook.yaml) are shown too, and the index code made it.
 */
function partKeys(view: PublishedView): Map<string, string> {
  let keys = keysByView.get(view);
  if (!keys) {
    const { titles } = labelsOf(view);
    const code = indexCodeVersion();
    const kinds = site.kinds;
    keys = new Map(view.cases.map((entry) => [entry.id, digestOf(['search', SEARCH_INDEX_VERSION, code, entry.digest, titles.get(entry.data.series.id), kinds])]));
    keysByView.set(view, keys);
  }
  return keys;
}

/**
 * Everything the index's files are made from: each case's share (by its
 * key, in order), the thesaurus, and the settings the files show (the
 * search server's export is made in the site's language).
 */
function indexKey(view: PublishedView): string {
  return digestOf(['search-files', [...partKeys(view).values()], view.thesaurus, site.searchEngine ?? null, site.lang]);
}

/**
 * The shares of the index of the cases whose share is not in `cache`, by
 * case id: computed in worker threads when there are many (see
 * `mapInWorkers`; `choice` is for tests), the index's largest cost on a
 * cold build.
 */
export async function newParts(view: PublishedView, cache: ModelCache, choice?: WorkerChoice): Promise<Map<string, CaseIndexPart>> {
  const labels = labelsOf(view);
  const keys = partKeys(view);
  const missing = view.cases.filter((entry) => cache.peek(keys.get(entry.id)!) === undefined);
  const setup: PartSetup = { ...threadSetup(), seriesTitles: [...labels.titles] };
  const worker = new URL('./part-worker.ts', import.meta.url);
  const parts = await mapInWorkers(missing.length, (index) => indexable(missing[index]!), (entry) => indexCase(entry, labels), worker, setup, choice);
  return new Map(missing.map((entry, index) => [entry.id, parts[index]!]));
}

/** In a casebook of fewer cases, the index is made after the pages, from shares computed there. */
export const MIN_CASES_TO_PRECOMPUTE = 300;

/** What the worker making the index during the rendering needs: the thread setup, the series titles, the stores, what the index is made from beside its shares. */
export interface PrecomputeSetup extends PartSetup {
  /** The folder of the shares' cache (`<search store>/parts`). */
  parts: string;
  /** The store of the index's files (`<search store>/files`), where the index is kept under `key`. */
  files: string;
  /** The key of the index's files (see `indexKey`). */
  key: string;
  /** How many cases the index holds: jobs come one per case, in the site's order. */
  count: number;
  thesaurus: string[][];
  /** The digest of the index's code (the pinyin vocabulary's cache key). */
  code: string;
  /** Whether the worker merges the shares into the index once it has them all (see {@link planSearchIndex}), or only computes them. */
  merge: boolean;
}

/**
 * One case for that worker: its share's key; and, when its share may not be
 * in the cache (its key is not among the last index's), what the index reads
 * of it and the file its checked text was moved to.
 */
export interface PrecomputeJob {
  key: string;
  id?: string;
  data?: PublishedView['cases'][number]['data'];
  textFile?: string;
}

// The keys of the shares the last index was made from, kept beside the shares.
const SHARE_KEYS = 'keys.json';

/** Keeps `keys`, the shares' keys of the index just made, for the next build's {@link planSearchIndex}. */
export async function rememberShareKeys(partsDir: string, keys: Iterable<string>): Promise<void> {
  await ArtefactStore.open(partsDir)
    .write(SHARE_KEYS, JSON.stringify([...keys]))
    .catch(() => {});
}

/** The shares' keys of the last index, if one was made with this cache. */
function knownShareKeys(partsDir: string): Set<string> | undefined {
  try {
    const bytes = ArtefactStore.open(partsDir).readSync(SHARE_KEYS);
    return bytes ? new Set(JSON.parse(bytes.toString('utf8')) as string[]) : undefined;
  } catch {
    return undefined;
  }
}

/** The search index to make during the rendering (see {@link planSearchIndex}). */
export interface SearchIndexPlan {
  /** How many cases' shares the worker computes: every case's on a first build, the edited cases' on a rebuild. */
  computing: number;
  /** Whether they are many (at least {@link MIN_CASES_TO_PRECOMPUTE}): the worker then holds a core for most of the rendering. */
  long: boolean;
  /** Whether the worker merges the shares into the index too, or leaves that to the step after the pages. */
  merge: boolean;
  /** Starts the worker (undefined without a second core); `warn` says why it failed, when it does. */
  start(warn: (message: string) => void): BackgroundWork | undefined;
}

/**
 * The search index to make in one worker thread while Astro renders the
 * pages, when something it is made from changed: the worker computes the
 * shares the cache lacks (a first build: all of them, which took 14 s after
 * the pages at 10,000 cases; an edit: one), and, on a rebuild whose merge
 * fits beside the rendering (see `mergeFits`), when it has every share,
 * merges them and stores the index's files under the index's key, where
 * `publishSearchIndex` places them from (merging 10,000 cached shares took
 * 3.8 s of a one-edit rebuild after the pages; during them the second core
 * is mostly idle). The worker reads each case's sections from the text
 * store itself (`textFile`), and only cases whose share's key the last
 * index did not use are sent with their frontmatter. Stopped when the pages
 * are written, it keeps the shares it computed, and `publishSearchIndex`
 * does the rest. Undefined when the index is stored already (nothing it is
 * made from changed), when there are few shares to compute and no merge to
 * make, or for a casebook of fewer than `minimum` cases; `memory` is the
 * machine's (tests set both).
 */
export function planSearchIndex(
  view: PublishedView,
  cacheDir: string,
  textFile: (digest: string) => string | undefined,
  { minimum = MIN_CASES_TO_PRECOMPUTE, memory = totalmem() }: { minimum?: number; memory?: number } = {},
): SearchIndexPlan | undefined {
  if (view.cases.length < minimum) return undefined;
  const key = indexKey(view);
  const files = path.join(cacheDir, 'files');
  if (hasStoredSet(key, files)) return undefined;
  const parts = path.join(cacheDir, 'parts');
  const known = knownShareKeys(parts);
  const keys = partKeys(view);
  const job = (entry: PublishedView['cases'][number]): PrecomputeJob => {
    const shareKey = keys.get(entry.id)!;
    const file = known?.has(shareKey) ? undefined : textFile(entry.digest);
    return file ? { key: shareKey, id: entry.id, data: entry.data, textFile: file } : { key: shareKey };
  };
  const computing = known ? view.cases.filter((entry) => !known.has(keys.get(entry.id)!)).length : view.cases.length;
  const long = computing >= minimum;
  const merge = !long && mergeFits(parts, memory);
  // Nothing to compute and no merge: nothing to do beside the rendering.
  if (!long && !merge) return undefined;
  const start = (warn: (message: string) => void) => {
    const setup: PrecomputeSetup = { ...threadSetup(), seriesTitles: [...labelsOf(view).titles], parts, files, key, count: view.cases.length, thesaurus: view.thesaurus, code: indexCodeVersion(), merge };
    return inBackground(
      view.cases.length,
      (index) => job(view.cases[index]!),
      new URL('./precompute-worker.ts', import.meta.url),
      setup,
      (error) => warn(`the search index was not made during the rendering (${error instanceof Error ? error.message : String(error)}); it was made after it`),
      // Cases with a share to compute go twenty at a time (each message waits for this thread, which renders the
      // pages); when there are few, every key goes in one message.
      { batch: long ? undefined : view.cases.length },
    );
  };
  return { computing, long, merge, start };
}

// Merging holds about this many times the shares' size on disk (the shares, then the postings and the files'
// text), and it is done beside the rendering only when that is at most this share of the machine's memory.
const MERGE_BYTES_PER_STORED_BYTE = 4;
const MERGE_MEMORY_SHARE = 0.1;

/**
 * Whether merging the shares kept in `partsDir` may run beside the
 * rendering on a machine of `memory` bytes: it adds to the rendering's
 * memory instead of coming after it. At 10,000 synthetic cases (138 MB of
 * shares) a one-edit rebuild's peak went from 1.64 to 1.92 GB; at 50,000
 * (about 700 MB) a first build's went from 5.2 to 5.9–6.3 GB and a
 * rebuild's to 6.0, at the 6 GB budget. A first build (every share to
 * compute) never merges beside the rendering: its worker rarely gets
 * through the shares before the pages are done.
 */
function mergeFits(partsDir: string, memory: number): boolean {
  let stored = 0;
  try {
    for (const name of readdirSync(partsDir)) if (name.endsWith('.v8')) stored += statSync(path.join(partsDir, name)).size;
  } catch {
    return false;
  }
  return stored * MERGE_BYTES_PER_STORED_BYTE <= memory * MERGE_MEMORY_SHARE;
}

/** The pinyin vocabulary of the index's names and title words, kept in `cache` with the index's code `code`. */
export function cachedVocabulary(cache: ModelCache, code: string): (names: string[], words: string[]) => PinyinVocabulary {
  // Unchanged by an edit that changes neither names nor words: segmenting and spelling them took a tenth of a second at 1,000 cases.
  return (names, words) => cache.memo(['search-pinyin', SEARCH_INDEX_VERSION, code, names, words], () => pinyinVocabulary(names, words));
}

/**
 * Every file of the index, by path under `/search/`: `meta.json`, and in a
 * folder named by the content of all the others (`files/<hash>/`, cached for
 * good by hosts), each shard (`shards/<n>.json`), each case's file
 * (`docs/<n>.json`), the fuzzy fields and the pinyin vocabulary.
 */
export function searchIndexFiles(index: SearchIndex): Map<string, string> {
  const folder: IndexFolder = {};
  const files = [...folderFiles(index, folder)];
  return new Map<string, string>([['meta.json', metaJson(index, folder)], ...files.map(([name, json]): [string, string] => [`${folder.name}/${name}`, json])]);
}

/** The name of the index's files folder, known once every file in it is made. */
interface IndexFolder {
  name?: string;
}

/**
 * The files in the index's files folder, each made when it is asked for
 * (a build stores them one at a time: at 50,000 cases they are 700 MB of
 * text), by name in the folder; `folder.name` is set after the last.
 */
function* folderFiles(index: SearchIndex, folder: IndexFolder): Generator<[string, string]> {
  const hash = createHash('sha1');
  const named = (name: string, json: string): [string, string] => {
    hash.update(name).update('\0').update(json).update('\0');
    return [name, json];
  };
  for (const [number, shard] of index.shards.entries()) yield named(`shards/${number}.json`, JSON.stringify(shard));
  for (const [number, doc] of index.docs.entries()) yield named(`docs/${number}.json`, JSON.stringify(doc));
  yield named('fuzzy.json', JSON.stringify(index.fuzzy));
  yield named('pinyin.json', JSON.stringify(index.pinyin));
  folder.name = `files/${hash.update(JSON.stringify(index.meta)).digest('hex').slice(0, 10)}`;
}

/** `meta.json`: the index's metadata and the name of its files folder. */
function metaJson(index: SearchIndex, folder: IndexFolder): string {
  const meta: SearchMeta = { ...index.meta, files: folder.name! };
  return JSON.stringify(meta);
}

/** The search server's records (`search/export/meilisearch/…`), when casebook.yaml names a server. */
function exportFiles(index: SearchIndex): [string, string][] {
  return site.searchEngine ? [...meilisearchExportFiles(index, site.lang)].map(([name, text]): [string, string] => [`search/export/meilisearch/${name}`, text]) : [];
}

/**
 * Stores the index's files (as the site publishes them, see
 * {@link publishedIndexFiles}) in `store` under `key`, one file at a time,
 * for `placeStoredSet`. Returns each file with its entry, and how many had
 * to be written.
 */
export async function storeSearchIndex(index: SearchIndex, store: ArtefactStore, key: string): Promise<{ named: NamedFile[]; written: number }> {
  const folder: IndexFolder = {};
  const inFolder = storeEach(folderFiles(index, folder), store);
  const rest = storeEach([['search/meta.json', metaJson(index, folder)], ...exportFiles(index)], store);
  const named = [...rest.named, ...inFolder.named.map(({ file, name }) => ({ file: `search/${folder.name}/${file}`, name }))];
  await keepSet(store, key, named);
  return { named, written: inFolder.written + rest.written };
}

/**
 * Writes the search index into the built site under `search/` (and, when
 * casebook.yaml names a search server, its records in the server's import
 * format under `search/export/meilisearch/`): a build step beside the pages, so Astro renders no route per shard or text. Each
 * case's share is cached in `cacheDir`, and files whose content an earlier
 * build wrote are linked from there rather than written again; when nothing
 * the index is made from changed, its files are placed without making it.
 */
export async function publishSearchIndex(view: PublishedView, outDir: string, cacheDir?: string): Promise<{ files: number; written: number }> {
  // Nothing the index is made from changed (a rebuild with no edit): its files are placed from the store as they are.
  const key = cacheDir ? indexKey(view) : undefined;
  const placed = key && (await placeStoredSet(key, outDir, path.join(cacheDir!, 'files')));
  if (placed) return { files: placed.length, written: 0 };
  const cache = await ModelCache.open(cacheDir && path.join(cacheDir, 'parts'));
  const index = casebookSearchIndex(view, cache, await newParts(view, cache));
  // Lets other build steps running meanwhile (the reports' printing) take a turn between the two long stretches.
  await new Promise((resolve) => setImmediate(resolve));
  await cache.save();
  if (!cacheDir) {
    const files = publishedIndexFiles(index);
    await Promise.all([...new Set([...files.keys()].map((file) => path.dirname(path.join(outDir, file))))].map((dir) => mkdir(dir, { recursive: true })));
    await Promise.all([...files].map(([file, json]) => writeFile(path.join(outDir, file), json)));
    return { files: files.size, written: files.size };
  }
  // Opened once: opening lists the store's folder (12,000 entries at 10,000 cases).
  const store = ArtefactStore.open(path.join(cacheDir, 'files'));
  const stored = await storeSearchIndex(index, store, key!);
  await rememberShareKeys(path.join(cacheDir, 'parts'), partKeys(view).values());
  // Placed from the list just stored, not read back and checked again (its files were checked as they were stored).
  await placeSet(store, stored.named, outDir);
  return { files: stored.named.length, written: stored.written };
}

/** The index's files as the site publishes them, by path: `search/…`, and the search server's records (`search/export/meilisearch/…`) when casebook.yaml names one. */
export function publishedIndexFiles(index: SearchIndex): Map<string, string> {
  return new Map([...[...searchIndexFiles(index)].map(([name, json]): [string, string] => [`search/${name}`, json]), ...exportFiles(index)]);
}
