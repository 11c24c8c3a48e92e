// A card-drawing worker. The publishing thread sends the fonts once, then batches of cards as the worker asks for
// them (each answer is the request for another, and one more is always waiting), so a worker slowed by other work
// on the machine draws fewer cards rather than holding up the rest. An empty batch ends the worker.
import { parentPort, workerData } from 'node:worker_threads';
import type { CardFont } from '../fonts.ts';
import { CardRenderer, type CardJob } from './render.ts';
import { ArtefactStore } from '../../store/artefact-store.ts';

/** What the publishing thread sends a card worker: the fonts (first), then a batch of cards to draw. */
export type CardWorkerMessage = { fonts: CardFont[] } | { jobs: { job: CardJob; target: string }[] };

const { folder } = workerData as { folder: string };
// The folder of the current card code, opened by the publishing thread: opened here without a code digest.
const store = ArtefactStore.open(folder);
let renderer: CardRenderer | undefined;
let queue = Promise.resolve();

parentPort!.on('message', (message: CardWorkerMessage) => {
  // Batches are drawn one after another; an error is left unhandled, which ends the worker with it, and the
  // publishing thread reports it.
  queue = queue.then(async () => {
    if ('fonts' in message) {
      // A Buffer arrives as a plain Uint8Array; satori reads either, but the fonts module promises Buffers.
      const fonts = message.fonts.map((font) => ({ ...font, data: Buffer.from(font.data.buffer, font.data.byteOffset, font.data.byteLength) }));
      renderer = new CardRenderer([], Promise.resolve(fonts));
      return;
    }
    if (message.jobs.length === 0) {
      parentPort!.close();
      return;
    }
    // Each card is written while the next is drawn (a write waits on the disk, not on this thread); the batch is
    // answered once all its cards are stored.
    const writes: Promise<void>[] = [];
    for (const { job, target } of message.jobs) writes.push(store.write(target, await renderer!.render(job)));
    await Promise.all(writes);
    parentPort!.postMessage(message.jobs.length);
  });
});
