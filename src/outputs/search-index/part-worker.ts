// A worker that computes cases' shares of the search index, set up as the publishing thread is: the casebook's
// options (its interface words and kind labels), the base path, the series titles. It answers with each share
// (`newParts` in publish.ts), or, given a folder, writes each there under its key and answers nothing
// (`precomputeParts`: shares computed while Astro renders, read after the pages).
import { serialize } from 'node:v8';
import { workerData } from 'node:worker_threads';
import { indexCase, type IndexableCase } from './build.ts';
import { kindLabel } from '../../site.config.ts';
import { sharedModel, type SharedModel } from '../../model/shared-model.ts';
import { useBase } from '../../domain/urls.ts';
import { ArtefactStore } from '../../store/artefact-store.ts';
import { answerBatches } from '../../store/worker-batches.ts';

/** What a part worker needs to compute shares as the publishing thread would. */
export interface PartSetup {
  seriesTitles: [string, string][];
  base: string;
  options?: SharedModel['options'];
}

/** A part worker that writes each share under its key in `folder`. */
export interface EarlyPartSetup extends PartSetup {
  folder: string;
}

const setup = workerData as PartSetup | EarlyPartSetup;
if (setup.options) sharedModel().options = setup.options;
useBase(setup.base);
const titles = new Map(setup.seriesTitles);
const labels = { seriesTitle: (id: string) => titles.get(id) ?? id, kindLabel };

if ('folder' in setup) {
  const store = ArtefactStore.open(setup.folder);
  answerBatches(async (job: { key: string; entry: IndexableCase }) => {
    await store.write(`${job.key}.v8`, serialize(indexCase(job.entry, labels)));
  });
} else {
  answerBatches((entry: IndexableCase) => indexCase(entry, labels));
}
