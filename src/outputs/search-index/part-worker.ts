// A worker that computes cases' shares of the search index (see `newParts` in publish.ts), set up as the
// publishing thread is: the casebook's options (its interface words and kind labels), the base path, the series titles.
import { workerData } from 'node:worker_threads';
import { indexCase, type IndexableCase } from './build.ts';
import { kindLabel } from '../../site.config.ts';
import { sharedModel, type SharedModel } from '../../model/shared-model.ts';
import { useBase } from '../../domain/urls.ts';
import { answerBatches } from '../../store/worker-batches.ts';

/** What a part worker needs to compute shares as the publishing thread would. */
export interface PartSetup {
  seriesTitles: [string, string][];
  base: string;
  options?: SharedModel['options'];
}

const setup = workerData as PartSetup;
if (setup.options) sharedModel().options = setup.options;
useBase(setup.base);
const titles = new Map(setup.seriesTitles);
const labels = { seriesTitle: (id: string) => titles.get(id) ?? id, kindLabel };
answerBatches((entry: IndexableCase) => indexCase(entry, labels));
