// The worker of worker-batches.test.ts: squares numbers, says which thread did, and fails on a negative one.
import { threadId } from 'node:worker_threads';
import { answerBatches } from './worker-batches.ts';

answerBatches((job: number) => {
  if (job < 0) throw new Error(`cannot square ${job}`);
  return { square: job * job, thread: threadId };
});
