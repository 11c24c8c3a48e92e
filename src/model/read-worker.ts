// A case-reading worker (see read-in-workers.ts), set up as the reading thread is: the casebook's options, so its
// settings and interface language are the same, and the base path of the links.
import { workerData } from 'node:worker_threads';
import { readCaseRecord } from './case-record.ts';
import { sharedModel } from './shared-model.ts';
import { useBase } from '../domain/urls.ts';
import { answerBatches } from '../store/worker-batches.ts';
import type { ReadJob, ReadSetup } from './read-in-workers.ts';

const setup = workerData as ReadSetup;
if (setup.options) sharedModel().options = setup.options;
useBase(setup.base);
const names = new Map(setup.sourceNames);
const sourceName = (id: string) => names.get(id) ?? id;

answerBatches((job: ReadJob) => readCaseRecord(job.file, job.text, sourceName, setup.rules));
