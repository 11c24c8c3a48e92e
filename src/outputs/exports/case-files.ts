// Each case's own files, each report's reference and the casebook-wide files, written beside the built site by the
// integration (a few thousand small files: as Astro routes they cost more than a millisecond each, every build).
import { rmSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PublishedCase, PublishedView } from '../../view/published.ts';
import { statRows } from '../../view/stat-rows.ts';
import { site, ui } from '../../site.config.ts';
import { basePath } from '../../domain/urls.ts';
import { digestOf, digestOfEach } from '../../domain/digest.ts';
import { appendAll } from '../../domain/append-all.ts';
import { ArtefactStore, makeFolders } from '../../store/artefact-store.ts';
import { codeDigest } from '../../store/code-digest.ts';
import { mapLimited } from '../../store/limited.ts';
import { toCsv, toJson } from './stats.ts';
import { toBibtex, toCslJson, toRis, type CaseReference } from './case-citation.ts';
import { caseReference, reportReference } from './case-reference.ts';
import { casebookFiles, storeCasebookFile } from './casebook-files.ts';
import { threadSetup, type ThreadSetup } from '../../model/thread-setup.ts';
import { inBackground, type BackgroundWork } from '../../store/worker-batches.ts';

/** One file: where it goes under the site root (`api/cases/x.csv`) and what it holds. */
export interface DataFile {
  path: string;
  body: string;
}

const referenceFiles = (folder: string, id: string, reference: CaseReference): DataFile[] => [
  { path: `api/${folder}/${id}.bib`, body: toBibtex(reference) },
  { path: `api/${folder}/${id}.ris`, body: toRis(reference) },
  { path: `api/${folder}/${id}.csl.json`, body: toCslJson(reference) },
];

/** What a case's own files are made from. */
export type CaseFileInput = Pick<PublishedCase, 'id' | 'data' | 'verifications'>;

/** One case's five files: its statistics (`.json`, `.csv`, the site-wide export's rows and columns) and its reference. */
function filesOfCase(entry: CaseFileInput): DataFile[] {
  const rows = statRows([entry], site.url);
  return [
    { path: `api/cases/${entry.id}.json`, body: toJson(rows, site.url) },
    { path: `api/cases/${entry.id}.csv`, body: toCsv(rows) },
    ...referenceFiles('cases', entry.id, caseReference(entry)),
  ];
}

/** Each report's reference files (the whole casebook's, each series'): few, and they change with any case's date. */
function reportFiles(view: PublishedView): DataFile[] {
  const files = referenceFiles('reports', 'casebook', reportReference('casebook', ui.reports.wholeTitle(site.title), view.cases));
  for (const entry of view.series) {
    files.push(...referenceFiles('reports', entry.id, reportReference(entry.id, ui.reports.seriesTitle(entry.data.title), view.casesOfSeries.get(entry.id) ?? [])));
  }
  return files;
}

/**
 * Every case's statistics (`api/cases/<id>.csv` and `.json`, the site-wide
 * export's rows and columns) and reference (`.bib`, `.ris`, `.csl.json`),
 * and every report's reference (`api/reports/<id>.*`), from the published view.
 */
export function caseDataFiles(view: PublishedView): DataFile[] {
  return [...view.cases.flatMap(filesOfCase), ...reportFiles(view)];
}

// The code that writes the files: a change to it (or to what it imports) makes every file again.
const DATA_CODE = { entries: ['src/outputs/exports/case-files.ts'] };
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// A case's files are made from its entry (file and receipts: `key`), the site's settings and the base path.
const caseKey = (entry: PublishedCase, settings: string) => digestOf([settings, entry.id, entry.key]);

/** The data store of `storeDir` for the current code (a change of the code starts a new folder). */
export const openDataStore = (storeDir: string) => ArtefactStore.open(storeDir, { code: codeDigest(ROOT, DATA_CODE) });

/** What every file depends on besides its case: the site's settings and the base path of its links. */
export const dataSettings = () => digestOf([site, basePath()]);

const CASE_ENDINGS = ['.json', '.csv', '.bib', '.ris', '.csl.json'];

/** Each of a case's five files: where it goes in the site and its entry in the store (named by the case's key). */
function caseEntries(entry: PublishedCase, settings: string): { path: string; name: string }[] {
  const key = caseKey(entry, settings);
  return CASE_ENDINGS.map((ending) => ({ path: `api/cases/${entry.id}${ending}`, name: ArtefactStore.name(key, ending) }));
}

// The store names an entry by its key and the file's ending (`.bib`, `.csl.json`), one per file of the case.
const stored = (key: string, file: string) => ArtefactStore.name(key, file.slice(file.indexOf('.', file.lastIndexOf('/'))));

/**
 * Makes one case's five files and stores them under its key (`caseKey`),
 * in a worker thread ahead of time (see `premakeDataFiles`). It writes
 * without waiting: the thread does nothing else, and queued on the thread
 * pool beside a rendering, its writes left it idle half the time.
 */
export function storeCaseFiles(store: ArtefactStore, entry: CaseFileInput, key: string): void {
  for (const file of filesOfCase(entry)) store.writeSync(stored(key, file.path), file.body);
}

/** A case to make files for in a worker: the case and its key. */
export interface CaseFileJob {
  entry: CaseFileInput;
  key: string;
}

/** In a casebook of fewer cases, the build makes and places the data files itself after the pages. */
export const MIN_CASES_TO_PREMAKE = 200;

/**
 * Starts making, in one worker thread while Astro renders, the files of
 * every case whose files the store lacks, so `publishDataFiles` finds them
 * there (a cold build at 10,000 cases spent 15–18 s making them after the
 * pages, on one core, the other idle). Undefined when none is missing, for
 * a casebook of fewer than {@link MIN_CASES_TO_PREMAKE} cases, or without a
 * second core.
 */
export function premakeDataFiles(view: PublishedView, storeDir: string, warn: (message: string) => void, minimum = MIN_CASES_TO_PREMAKE): BackgroundWork | undefined {
  const store = openDataStore(storeDir);
  const settings = dataSettings();
  // Whether the store lists them, without reading them: `publishDataFiles` checks each before it serves it.
  // In a large casebook even one case's files are made here (an edit): the files are then placed during the rendering too (`stageCaseFiles`).
  if (view.cases.length < minimum) return undefined;
  const missing = view.cases.filter((entry) => !caseEntries(entry, settings).every(({ name }) => store.has(name)));
  const setup: PremakeSetup = { ...threadSetup(), folder: store.folder };
  const job = (entry: PublishedCase): CaseFileJob => ({ entry: { id: entry.id, data: entry.data, verifications: entry.verifications }, key: caseKey(entry, settings) });
  return inBackground(missing.length, (index) => job(missing[index]!), new URL('./premake-worker.ts', import.meta.url), setup, (error) =>
    warn(`data files were not made ahead of time (${error instanceof Error ? error.message : String(error)}); the build made them after the pages`),
  );
}

/** Every case's files linked into a folder beside the store by a worker thread while Astro renders (see `stageCaseFiles`). */
export interface StagedCaseFiles {
  /** The folder holding `api/cases/…`, on the store's disk. */
  folder: string;
  /** A digest of every case file's site path and store entry, in the view's order: what the folder holds when complete. */
  key: string;
  work: BackgroundWork;
}

/** Each case's files with their store entries, in the view's order, and a digest of the list. */
function caseFileList(view: PublishedView, settings: string) {
  const files = view.cases.flatMap((entry) => caseEntries(entry, settings));
  return { files, key: digestOfEach(files.map(({ path: file, name }) => `${file}\0${name}`)) };
}

/**
 * Starts linking every case's files from the data store into a folder
 * beside it, in a worker thread (after `premakeDataFiles` has made what was
 * missing), each checked as the build checks a file it serves: on a rebuild,
 * placing 50,000 files one by one after the pages took 4.7 s at 10,000 cases
 * and 26.5 s at 50,000, while the other core waited. `publishDataFiles` then
 * moves the whole folder into the site with one rename. Undefined for fewer
 * than {@link MIN_CASES_TO_PREMAKE} cases or without a second core.
 */
export function stageCaseFiles(view: PublishedView, storeDir: string, warn: (message: string) => void, minimum = MIN_CASES_TO_PREMAKE): StagedCaseFiles | undefined {
  if (view.cases.length < minimum) return undefined;
  const store = openDataStore(storeDir);
  const { files, key } = caseFileList(view, dataSettings());
  const folder = `${storeDir.replace(/[\\/]+$/, '')}-staged`;
  rmSync(folder, { recursive: true, force: true });
  const setup: StageSetup = { store: store.folder, folder };
  const work = inBackground(
    files.length,
    (index) => files[index]!,
    new URL('./stage-worker.ts', import.meta.url),
    setup,
    (error) => warn(`the data files were not placed during the rendering (${error instanceof Error ? error.message : String(error)}); they were placed after it`),
    // All in one message: a file takes microseconds, and each answer waits for the rendering thread, which computes
    // every page's key in one stretch of seconds. In batches of 20, 13,480 of 50,000 files were linked in 4 s; in
    // batches of 25,000 the second waited 3 s for the first's answer to be read (a 10,000-case rebuild), where
    // linking all 50,000 takes 0.4 s. A rebuild waits for all of them: stopped halfway (the pages written), every
    // case file would be placed again one by one, on the main thread.
    { batch: files.length, stoppable: false },
  );
  return work && { folder, key, work };
}

/** What a staging worker needs: the data store's folder (for the current code) and the folder to link into. */
export interface StageSetup {
  store: string;
  folder: string;
}

/**
 * Moves the staged `api/cases/` folder into the site when it holds exactly
 * this view's case files, every one linked: the case files, or undefined
 * (nothing moved) when it does not, or cannot be moved there (another disk).
 */
async function moveStaged(staged: StagedCaseFiles & { finished: number }, view: PublishedView, settings: string, outDir: string) {
  const { files, key } = caseFileList(view, settings);
  if (key !== staged.key || staged.finished !== files.length) return undefined;
  await mkdir(path.join(outDir, 'api'), { recursive: true });
  const moved = await rename(path.join(staged.folder, 'api/cases'), path.join(outDir, 'api/cases')).then(() => true, () => false);
  return moved ? files : undefined;
}

/** What a worker making case files needs: the store's folder (for the current code), and the settings the files show. */
export interface PremakeSetup extends ThreadSetup {
  folder: string;
}

/**
 * Writes every case's data and reference files, every report's reference
 * and the casebook-wide files (`api/cases.json`, `api/stats.json`,
 * `api/stats.csv`, see `casebookFiles`) under `outDir`, through the store in
 * `storeDir`: a file whose inputs, the site's settings and this code are
 * unchanged is not made or written again, it is linked from the store.
 * Files are made and written a batch at a time, so memory does not grow with
 * the casebook. Returns the site paths written and how many files were made anew.
 */
export async function publishDataFiles(view: PublishedView, outDir: string, storeDir: string, staged?: StagedCaseFiles & { finished: number }): Promise<{ paths: string[]; made: number }> {
  const store = openDataStore(storeDir);
  const settings = dataSettings();
  const placed: { path: string; name: string }[] = [];
  let fresh: { name: string; body: string }[] = [];
  let made = 0;
  const flush = async () => {
    await mapLimited(fresh, ({ name, body }) => store.write(name, body));
    made += fresh.length;
    fresh = [];
  };
  // Every case's files, already checked and linked beside the store during the rendering: moved into the site at once.
  const paths: string[] = [];
  const moved = staged && (await moveStaged(staged, view, settings, outDir));
  if (staged) await rm(staged.folder, { recursive: true, force: true });
  if (moved) {
    for (const { name } of moved) store.use(name);
    appendAll(paths, moved.map((file) => file.path));
  }
  for (const entry of moved ? [] : view.cases) {
    const key = caseKey(entry, settings);
    const ends = caseEntries(entry, settings);
    // A stored file is served only when it passes its check (for these kinds, that it is not empty).
    if (!ends.every(({ name }) => store.hasWhole(name))) {
      for (const file of filesOfCase(entry)) fresh.push({ name: stored(key, file.path), body: file.body });
      if (fresh.length >= FRESH_BATCH) await flush();
    }
    placed.push(...ends);
  }
  for (const file of reportFiles(view)) {
    const name = stored(digestOf(file.body), file.path);
    if (!store.hasWhole(name)) fresh.push({ name, body: file.body });
    placed.push({ path: file.path, name });
  }
  await flush();
  for (const file of casebookFiles(view, site.url)) {
    const { name, made: anew } = await storeCasebookFile(store, file, settings);
    if (anew) made++;
    placed.push({ path: file.path, name });
  }
  await makeFolders(placed.map((file) => path.join(outDir, file.path)));
  await mapLimited(placed, ({ path: file, name }) => store.place(name, path.join(outDir, file)));
  await store.prune();
  appendAll(paths, placed.map((file) => file.path));
  return { paths, made };
}

// How many new files are made before they are written: at 50,000 cases, all of them at once held 2 GB.
const FRESH_BATCH = 2_000;
