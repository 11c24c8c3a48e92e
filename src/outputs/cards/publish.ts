import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { digestOf } from '../../domain/digest.ts';
import { ArtefactStore, makeFolders } from '../../store/artefact-store.ts';
import { codeDigest, type CodeSpec } from '../../store/code-digest.ts';
import { mapLimited } from '../../store/limited.ts';
import type { CardFile } from './content.ts';
import { CardRenderer, cardFonts, checkGlyphs, type CardJob } from './render.ts';
import type { CardWorkerMessage } from './worker.ts';
import type { CardFont } from '../fonts.ts';

/** What publishing did: how many cards were drawn and how many came from the cache. */
export interface PublishReport {
  rendered: number;
  cached: number;
  /** The threads that drew: how many workers, and whether the publishing thread drew too. */
  threads: { workers: number; publishing: boolean };
}

/**
 * The code that decides a card's pixels: the renderer and the worker, and
 * everything they import (template.ts, png.ts, emoji.ts, the fonts module,
 * satori, resvg, subset-font…), plus the packages read by path: the font
 * files and Twemoji's drawings.
 */
export const CARD_CODE: CodeSpec = {
  entries: ['src/outputs/cards/render.ts', 'src/outputs/cards/worker.ts'],
  packages: ['@expo-google-fonts/noto-sans-sc', '@twemoji/svg'],
};

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Writes every card into `outDir` at its path, drawing only those whose
 * text or shape changed since a previous build (the rest are linked from
 * the card store in `storeDir`, a folder per digest of the card code, so
 * a change to the drawing code or a package draws every card again).
 * Fails before drawing anything if a card to draw has a character the
 * fonts cannot draw; a drawn card enters the store only as a whole PNG,
 * and a stored one found damaged is drawn again.
 */
export async function publishCards(files: readonly CardFile[], outDir: string, storeDir: string): Promise<PublishReport> {
  const store = ArtefactStore.open(storeDir, { code: codeDigest(ROOT, CARD_CODE) });
  const keyed = files.map((file) => ({ file, name: `${digestOf({ content: file.content, shape: file.shape })}.png` }));
  // Each stored card is checked by its ends before it is served: a damaged one is drawn again.
  const whole = keyed.map((item) => store.hasWhole(item.name));
  const missing = [...new Map(keyed.filter((_, index) => !whole[index]).map((item) => [item.name, item])).values()];
  // The drawing threads load satori and resvg (a quarter of a second) while this thread checks the glyphs; a card
  // the fonts cannot draw still fails the build before any card is drawn.
  const drawing = startDrawing(missing.map((item) => ({ job: item.file, target: item.name })), store);
  // A stored card passed this check when it was drawn; only the cards to draw now need it.
  await checkGlyphs(missing.map((item) => item.file)).catch((error: unknown) => {
    drawing.cancel();
    throw error;
  });
  await drawing.draw();
  await makeFolders(keyed.map(({ file }) => path.join(outDir, file.path)));
  await mapLimited(keyed, ({ file, name }) => store.place(name, path.join(outDir, file.path)));
  await store.prune();
  return { rendered: missing.length, cached: keyed.length - missing.length, threads: drawing.threads };
}

// Below this many cards a worker's start-up (loading satori and resvg) costs more than it saves.
const PARALLEL_FROM = 24;
// Cards a worker is handed at a time: enough that messages cost nothing beside drawing (some 13 ms a card), few
// enough that the workers finish together when one of them gets less of the machine.
const BATCH = 4;
// Batches a worker holds: the one it draws and the next, so it never waits for the publishing thread to answer.
const AHEAD = 2;
// The publishing thread draws too while its heap is below this (175 MB at 1,000 cases): a large casebook's build
// thread holds far more (770 MB at 10,000), which V8's own heap growth during the cards let grow by a quarter of a
// gigabyte more (peak 2.12 GB against 1.89 GB); there a worker draws in its place, and start-up weighs little.
const DRAW_HERE_BELOW_HEAP = 384 * 2 ** 20;

/**
 * Starts the threads that will draw cards into the store (`target`: the
 * entry's name), across all cores when there are enough cards, and draws
 * them when told (`draw`); `cancel` ends the threads unused. This thread
 * draws too, beside a worker for each other core, unless its heap is large:
 * it has satori and resvg loaded already, and waits for nothing else. The fonts are
 * subset once, by this thread, when the drawing starts; each worker asks
 * for another batch when it has drawn one, and holds the next meanwhile.
 */
function startDrawing(items: { job: CardFile; target: string }[], store: ArtefactStore): { draw(): Promise<void>; cancel(): void; threads: PublishReport['threads'] } {
  const threads = Math.min(availableParallelism(), Math.ceil(items.length / PARALLEL_FROM));
  // Too few cards to be worth a worker's start-up: this thread draws them all (none: no fonts to cut either).
  if (threads <= 1) {
    const draw = () => (items.length === 0 ? Promise.resolve() : drawShare([...items], cardFonts(items.map((item) => item.job)), store));
    return { draw, cancel: () => {}, threads: { workers: 0, publishing: items.length > 0 } };
  }
  const drawsHere = process.memoryUsage().heapUsed < DRAW_HERE_BELOW_HEAP;
  const pending = items.map(({ job, target }) => ({ job: { content: job.content, shape: job.shape, page: job.page }, target }));
  // Resolved by `draw` with the subsetting's promise, which it then follows (its failure too).
  let go: (fonts: Promise<CardFont[]>) => void = () => {};
  const fonts = new Promise<CardFont[]>((resolve) => (go = resolve));
  const send = (worker: Worker, message: CardWorkerMessage) => worker.postMessage(message);
  const workers: Worker[] = [];
  const cancel = () => {
    // The other threads stop after the card or batch they are drawing.
    pending.length = 0;
    for (const worker of workers) void worker.terminate();
  };
  const done = Promise.all(
    Array.from(
      { length: drawsHere ? threads - 1 : threads },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { folder: store.folder } });
          workers.push(worker);
          const fail = (error: unknown) => {
            cancel();
            reject(error instanceof Error ? error : new Error(String(error)));
          };
          const next = () => send(worker, { jobs: pending.splice(0, BATCH) });
          fonts.then((subset) => {
            send(worker, { fonts: subset });
            for (let batch = 0; batch < AHEAD; batch++) next();
          }, fail);
          worker.on('message', next);
          worker.once('error', fail);
          worker.once('exit', (code) => (code === 0 ? resolve() : fail(new Error(`card worker exited with ${code}`))));
        }),
    ),
  );
  // A worker that fails while the glyphs are checked fails `draw()`, not the process.
  done.catch(() => {});
  return {
    draw: () => {
      const subset = cardFonts(items.map((item) => item.job));
      go(subset);
      const here = (drawsHere ? drawShare(pending, subset, store) : Promise.resolve()).catch((error: unknown) => {
        cancel();
        throw error;
      });
      return Promise.all([done, here]).then(() => undefined);
    },
    cancel,
    threads: { workers: drawsHere ? threads - 1 : threads, publishing: drawsHere },
  };
}

/**
 * Draws cards from `pending` on this thread, one at a time (any workers
 * take batches from the same list), until none is left. Between cards it
 * lets the workers' requests for batches through, so none waits for it.
 */
async function drawShare(pending: { job: CardJob; target: string }[], fonts: Promise<CardFont[]>, store: ArtefactStore): Promise<void> {
  const renderer = new CardRenderer([], fonts);
  const writes: Promise<void>[] = [];
  for (let item = pending.shift(); item; item = pending.shift()) {
    writes.push(store.write(item.target, await renderer.render(item.job)));
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(writes);
}

