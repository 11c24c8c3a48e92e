// A worker that computes cases' shares of the search index (see `newParts` in publish.ts), set up as the
// publishing thread is (see part-setup.ts).
import { workerData } from 'node:worker_threads';
import { indexCase, type IndexableCase } from './build.ts';
import { usePartSetup, type PartSetup } from './part-setup.ts';
import { answerBatches } from '../../store/worker-batches.ts';

const labels = usePartSetup(workerData as PartSetup);
answerBatches((entry: IndexableCase) => indexCase(entry, labels));
