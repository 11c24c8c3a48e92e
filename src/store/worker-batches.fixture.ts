// The worker of worker-batches.test.ts: squares numbers, says which thread did, and fails on a negative one.
// With `workerData.slow`, each answer is a promise that takes longer the earlier its job (the last of a batch is
// ready first), so answers must wait for one another to keep their order.
import { threadId, workerData } from 'node:worker_threads';
import { answerBatches } from './worker-batches.ts';

const slow = (workerData as { slow?: boolean } | undefined)?.slow;

answerBatches((job: number) => {
  if (job < 0) throw new Error(`cannot square ${job}`);
  const result = { square: job * job, thread: threadId };
  return slow ? new Promise<typeof result>((resolve) => setTimeout(() => resolve(result), 20 - (job % 20))) : result;
});
