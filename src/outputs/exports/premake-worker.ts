// The worker of `premakeDataFiles` (case-files.ts): makes each case's five files into the data store, as the
// build would after the pages (see `storeCaseFiles`).
import { workerData } from 'node:worker_threads';
import { sharedModel } from '../../model/shared-model.ts';
import { useBase } from '../../domain/urls.ts';
import { ArtefactStore } from '../../store/artefact-store.ts';
import { answerBatches } from '../../store/worker-batches.ts';
import { storeCaseFiles, type CaseFileJob, type PremakeSetup } from './case-files.ts';

const setup = workerData as PremakeSetup;
if (setup.options) sharedModel().options = setup.options;
useBase(setup.base);
// The folder of the current code, opened by the publishing thread: opened here without a code digest.
const store = ArtefactStore.open(setup.folder);

answerBatches((job: CaseFileJob) => storeCaseFiles(store, job.entry, job.key));
