// The worker of `stageCaseFiles` (case-files.ts): links each case file from the data store into the staging
// folder, after the check the build makes before it serves a stored file. A file that is missing or damaged ends
// the worker with an error, and the build places the files after the pages instead.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import { ArtefactStore } from '../../store/artefact-store.ts';
import { answerBatches } from '../../store/worker-batches.ts';
import type { StageSetup } from './case-files.ts';

const setup = workerData as StageSetup;
// The folder of the current code, opened by the publishing thread: opened here without a code digest.
const store = ArtefactStore.open(setup.store);
// Every case file is in api/cases/.
mkdirSync(path.join(setup.folder, 'api/cases'), { recursive: true });

// Synchronous: this thread does nothing else, and a link queued on the thread pool costs several times the link.
answerBatches((file: { path: string; name: string }) => {
  if (!store.hasWhole(file.name)) throw new Error(`${file.name} is missing from the data store or damaged`);
  store.placeSync(file.name, path.join(setup.folder, file.path));
  return true;
});
