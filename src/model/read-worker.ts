// A case-reading worker (see read-in-workers.ts), set up as the reading thread is (see thread-setup.ts).
import { workerData } from 'node:worker_threads';
import { readCaseRecord } from './case-record.ts';
import { useThreadSetup } from './thread-setup.ts';
import { answerBatches } from '../store/worker-batches.ts';
import type { ReadJob, ReadSetup } from './read-in-workers.ts';

const setup = workerData as ReadSetup;
useThreadSetup(setup);
const names = new Map(setup.sourceNames);
const sourceName = (id: string) => names.get(id) ?? id;

answerBatches((job: ReadJob) => readCaseRecord(job.file, job.text, sourceName, setup.rules));
