// A card-drawing worker: draws the jobs it is given into the card store (the entries named with them).
import { parentPort, workerData } from 'node:worker_threads';
import type { CardJob } from './render.ts';
import { CardRenderer } from './render.ts';
import { ArtefactStore } from '../../store/artefact-store.ts';

const { folder, jobs } = workerData as { folder: string; jobs: { job: CardJob; target: string }[] };
// The folder of the current card code, opened by the publishing thread: opened here without a code digest.
const store = ArtefactStore.open(folder);
const renderer = new CardRenderer(jobs.map((item) => item.job));
for (const { job, target } of jobs) {
  await store.write(target, await renderer.render(job));
}
parentPort!.postMessage(jobs.length);
