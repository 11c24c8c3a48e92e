// The worker of `premakeDataFiles` (case-files.ts): makes each case's five files into the data store, as the
// build would after the pages (see `storeCaseFiles`).
import { workerData } from 'node:worker_threads';
import { useThreadSetup } from '../../model/thread-setup.ts';
import { ArtefactStore } from '../../store/artefact-store.ts';
import { answerBatches } from '../../store/worker-batches.ts';
import { storeCaseFiles, type CaseFileJob, type PremakeSetup } from './case-files.ts';

const setup = workerData as PremakeSetup;
useThreadSetup(setup);
// The folder of the current code, opened by the publishing thread: opened here without a code digest.
const store = ArtefactStore.open(setup.folder);

answerBatches((job: CaseFileJob) => storeCaseFiles(store, job.entry, job.key));
