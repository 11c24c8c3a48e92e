// An originality worker (see `checkOriginality`): searches case bodies for runs copied from the source texts they
// cite, reading each text from the source-text folder once.
import { workerData } from 'node:worker_threads';
import { SourceTexts } from '../files/source-texts.ts';
import { answerBatches } from '../../store/worker-batches.ts';
import { CopyFinders, type OriginalityJob, type OriginalitySetup } from './originality.ts';

const setup = workerData as OriginalitySetup;
const sources = new SourceTexts(setup.dir);
const read = new Map<string, string>();
const finders = new CopyFinders((file) => read.get(file)!);

answerBatches(async (job: OriginalityJob) => {
  for (const file of job.files) if (!read.has(file)) read.set(file, (await sources.read(file)) ?? '');
  return finders.find(job);
});
