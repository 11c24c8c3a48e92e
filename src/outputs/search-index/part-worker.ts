// A worker that computes cases' shares of the search index (see `newParts` in publish.ts), set up as the
// publishing thread is (see src/model/thread-setup.ts), with the series titles.
import { workerData } from 'node:worker_threads';
import { indexCase, type IndexableCase } from './build.ts';
import { kindLabel } from '../../site.config.ts';
import { useThreadSetup, type ThreadSetup } from '../../model/thread-setup.ts';
import { answerBatches } from '../../store/worker-batches.ts';

/** What a part worker needs to compute shares as the publishing thread would. */
export interface PartSetup extends ThreadSetup {
  seriesTitles: [string, string][];
}

const setup = workerData as PartSetup;
useThreadSetup(setup);
const titles = new Map(setup.seriesTitles);
const labels = { seriesTitle: (id: string) => titles.get(id) ?? id, kindLabel };
answerBatches((entry: IndexableCase) => indexCase(entry, labels));
