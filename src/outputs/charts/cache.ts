import path from 'node:path';
import { digestOf } from '../../domain/digest.ts';
import { sharedModel } from '../../model/shared-model.ts';
import { ArtefactStore } from '../../store/artefact-store.ts';
import { codeDigest, type CodeSpec } from '../../store/code-digest.ts';
import { storeFolder, type StoreSettings } from '../../store/folders.ts';

// Drawn charts are kept between builds in the content folder's chart store, like the cards derived images: a
// build whose page cache was cleared draws only the charts whose figures changed (1,270 charts of the synthetic
// thousand-case casebook took about 1.5 s to draw). Pages draw them while rendering, and a page taken from
// Astro's page cache draws none, so the store is not pruned to one build's charts; a change of the chart code
// starts a new folder and deletes the old one.

/** The code that decides a chart's drawing (draw.ts, what it imports, Plot and linkedom): a change to it draws every chart again. */
export const CHART_CODE: CodeSpec = { entries: ['src/outputs/charts/draw.ts'] };

let opened: Promise<ArtefactStore | undefined> | undefined;

/**
 * The chart store of this build's content folder, opened once. Undefined
 * when no build options are known (a unit test drawing a chart). The code
 * is read from the project root of the options: pages run from a bundle,
 * where this module's own URL is not in the project.
 */
function chartStore(): Promise<ArtefactStore | undefined> {
  return (opened ??= (async () => {
    const options = sharedModel().options as StoreSettings | undefined;
    if (!options) return undefined;
    return ArtefactStore.open(storeFolder(options, 'charts'), { code: codeDigest(options.root, CHART_CODE) });
  })().catch(() => undefined));
}

const nameOf = (key: string) => `${digestOf(key)}.svg`;

/**
 * A chart drawn by an earlier build from the same `key` (its data), if kept
 * and whole. Read without waiting: a page reads its charts while it renders,
 * and a read queued on the thread pool (four trips: open, stat, read, close)
 * kept the rendering thread waiting on a busy machine (a 10,000-case
 * rendering took 82–85 s with them, 77 s without).
 */
export async function cachedChart(key: string): Promise<string | undefined> {
  const store = await chartStore();
  return store?.readSync(nameOf(key))?.toString('utf8');
}

/** Whether the chart store holds a drawing made from `key`, as far as this process knows (without reading it). */
export async function hasChart(key: string): Promise<boolean> {
  const store = await chartStore();
  return store?.has(nameOf(key)) ?? false;
}

/**
 * Keeps a drawn chart for later builds; a chart that cannot be kept is simply
 * drawn again next time. Written without waiting, like the data files: the
 * worker drawing charts beside the rendering writes thousands.
 */
export async function keepChart(key: string, svg: string): Promise<void> {
  const store = await chartStore();
  try {
    store?.writeSync(nameOf(key), svg);
  } catch {
    // Drawn again next time.
  }
}

/** The folder the chart store of `settings` uses for the current code (for tests). */
export function chartFolder(settings: StoreSettings): string {
  return path.join(storeFolder(settings, 'charts'), codeDigest(settings.root, CHART_CODE));
}

// The one entry that is no chart: what the charts of the last view a build left whole in the store were drawn from.
const COMPLETE = 'complete.json';

/** What a view's charts are drawn from, part by part (see `chartInputs`). */
export interface ChartsRecord {
  /** A digest of the site's settings. */
  settings: string;
  /** Each case's key. */
  cases: string[];
  /** Each series' digest, by id. */
  series: Record<string, string>;
}

/** What the charts of the last view recorded by `keepChartsComplete` were drawn from, if any. */
export async function chartsComplete(): Promise<ChartsRecord | undefined> {
  const store = await chartStore();
  const recorded = await store?.read(COMPLETE);
  return recorded && (JSON.parse(recorded.toString('utf8')) as ChartsRecord);
}

/** Records that every chart of a view drawn from `inputs` is in the store (a build has written every page that shows one). */
export async function keepChartsComplete(inputs: ChartsRecord): Promise<void> {
  const store = await chartStore();
  await store?.write(COMPLETE, JSON.stringify(inputs)).catch(() => {});
}
