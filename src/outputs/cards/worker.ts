// A card-drawing worker: draws the jobs it is given into the cache files named with them.
import { parentPort, workerData } from 'node:worker_threads';
import type { CardJob } from './render.ts';
import { CardRenderer } from './render.ts';
import { writeFileAtomic } from '../../store/files.ts';

const jobs = workerData as { job: CardJob; target: string }[];
const renderer = new CardRenderer(jobs.map((item) => item.job));
for (const { job, target } of jobs) {
  await writeFileAtomic(target, await renderer.render(job));
}
parentPort!.postMessage(jobs.length);
