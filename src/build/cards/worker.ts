// A card-drawing worker: draws the jobs it is given into the cache files named with them.
import { rename, writeFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import type { CardJob } from './render.ts';
import { CardRenderer } from './render.ts';

const jobs = workerData as { job: CardJob; target: string }[];
const renderer = new CardRenderer(jobs.map((item) => item.job));
for (const { job, target } of jobs) {
  // Written aside and renamed, so a build stopped mid-card never leaves a truncated card in the cache.
  await writeFile(`${target}.tmp`, await renderer.render(job));
  await rename(`${target}.tmp`, target);
}
parentPort!.postMessage(jobs.length);
