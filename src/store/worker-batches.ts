// Per-case work that needs nothing but the case (reading a case file, its share of the search index) is spread
// over worker threads, one per core, in batches: the thread that asks sends a batch, the worker answers with its
// results, and the answer is the request for the next batch, so a worker slowed by other work on the machine
// takes fewer batches instead of holding up the rest. Each worker holds a second batch while it works on one:
// the thread that asks may be busy for a while (rendering a page) before it reads an answer, and a worker that
// waited for its next batch until then sat idle (a sixth of the search index's worker beside a 10,000-case
// rendering). An empty batch ends a worker, once it has answered the batches before it.
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

/** Below this many jobs they are done in the calling thread: starting a worker (loading its code) costs more. */
export const MIN_JOBS_FOR_WORKERS = 300;
// Jobs per message: enough that messages cost little, few enough that the workers finish together.
const DEFAULT_BATCH = 20;
// Batches a worker holds at once: the one it works on and the next.
const BATCHES_HELD = 2;
// More workers than this add memory (each loads the code) for little more speed.
const MAX_WORKERS = 4;

/** When to use workers and how many (tests set both). */
export interface WorkerChoice {
  /** Fewer jobs than this are done in the calling thread (default {@link MIN_JOBS_FOR_WORKERS}). */
  minForWorkers?: number;
  /** How many workers: by default one per core (at most four), and none on a single core. */
  workers?: number;
  /** Once aborted, no more batches are sent: the call resolves when the workers have answered theirs, the rest of the results left undefined. */
  signal?: AbortSignal;
  /** Told how many jobs each answer from a worker finished. */
  onAnswers?: (count: number) => void;
  /**
   * Jobs per message (default 20). Jobs of a few microseconds (linking a
   * file) need thousands: each answer waits for the calling thread, which
   * may be busy rendering a page.
   */
  batch?: number;
}

/**
 * The results of `count` jobs, in their order: computed by `here` in this
 * thread, or, for at least `minForWorkers` jobs on a machine with more than
 * one core, by the worker module `worker` (which calls {@link answerBatches}
 * with the same computation), started with `workerData`. `jobAt` makes each
 * job when it is sent, so jobs that hold much text are not all held at once.
 * Jobs and results cross between threads as structured clones. A worker
 * that fails fails the whole call with its error, and the other workers are
 * stopped.
 */
export async function mapInWorkers<J, R>(
  count: number,
  jobAt: (index: number) => J,
  here: (job: J) => R,
  worker: URL,
  workerData: unknown,
  { minForWorkers = MIN_JOBS_FOR_WORKERS, workers = defaultWorkers(), signal, onAnswers, batch = DEFAULT_BATCH }: WorkerChoice = {},
): Promise<R[]> {
  if (count < minForWorkers || workers < 1) return Array.from({ length: count }, (_, index) => here(jobAt(index)));
  const results: R[] = new Array(count);
  let next = 0;
  const started: Worker[] = [];
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const thread = new Worker(worker, { workerData });
      started.push(thread);
      // Where each batch the worker holds starts, in the order it answers them.
      const held: number[] = [];
      let ended = false;
      const send = () => {
        if (ended) return;
        if (signal?.aborted) next = count;
        const at = next;
        next = Math.min(count, next + batch);
        if (next === at) ended = true;
        else held.push(at);
        thread.postMessage(Array.from({ length: next - at }, (_, index) => jobAt(at + index)));
      };
      thread.on('message', (answers: R[]) => {
        const at = held.shift()!;
        for (let index = 0; index < answers.length; index++) results[at + index] = answers[index]!;
        onAnswers?.(answers.length);
        send();
      });
      thread.on('error', reject);
      thread.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a worker thread (${worker.pathname.split('/').pop()}) stopped with exit code ${code}`))));
      send();
      // The second batch once every worker has its first, so that a few jobs are spread over them all.
      for (let batches = 1; batches < BATCHES_HELD; batches++) queueMicrotask(send);
    });
  try {
    await Promise.all(Array.from({ length: Math.min(workers, Math.ceil(count / batch)) }, run));
  } finally {
    // After a failure the others would go on working for nothing.
    for (const thread of started) void thread.terminate();
  }
  return results;
}

/** Work handed to a worker thread in the background: `stop()` sends no more jobs; `done` settles when the worker has ended. */
export interface BackgroundWork {
  /** How many jobs were handed over. */
  jobs: number;
  stop(): void;
  /** How many jobs the worker finished: all of them, fewer when stopped, none when it failed. Never rejects: a failure is reported to the `warn` given to {@link inBackground}. */
  done: Promise<number>;
}

/**
 * Hands `count` jobs to one worker thread (the module `worker`, which calls
 * {@link answerBatches}) and returns at once: work the calling thread will
 * find done later, in a store the worker writes (charts drawn, files made),
 * while it does something else. Only on a machine with a second core;
 * undefined otherwise, or when there are no jobs. Work that fails only costs
 * time, since the calling thread makes what it does not find: `warn` says why.
 * With `stoppable: false`, `stop()` lets the worker finish every job: for
 * work that, stopped halfway, the calling thread would do again whole.
 */
export function inBackground<J>(
  count: number,
  jobAt: (index: number) => J,
  worker: URL,
  workerData: unknown,
  warn: (error: unknown) => void,
  { batch, stoppable = true }: { batch?: number; stoppable?: boolean } = {},
): BackgroundWork | undefined {
  if (count === 0 || availableParallelism() < 2) return undefined;
  const controller = new AbortController();
  let finished = 0;
  const choice = { minForWorkers: 0, workers: 1, signal: controller.signal, onAnswers: (answered: number) => (finished += answered), batch };
  const done = mapInWorkers(count, jobAt, () => undefined, worker, workerData, choice).then(
    () => finished,
    (error: unknown) => {
      warn(error);
      return 0;
    },
  );
  return {
    jobs: count,
    stop: () => {
      if (stoppable) controller.abort();
    },
    done,
  };
}

/**
 * Starts each piece of background work after the one before it has ended,
 * so that they share the one spare core instead of taking time from the
 * calling thread. `stop()` stops the one running and starts no more; `done`
 * gives how many jobs each was handed (undefined for one not started).
 */
export function oneAtATime(starts: readonly (() => BackgroundWork | undefined | Promise<BackgroundWork | undefined>)[]): { stop(): void; done: Promise<(number | undefined)[]> } {
  let stopped = false;
  let current: BackgroundWork | undefined;
  const done = (async () => {
    const handed: (number | undefined)[] = [];
    for (const start of starts) {
      current = stopped ? undefined : await start();
      // Stopped while it started: it ends after the batch it has.
      if (stopped) current?.stop();
      handed.push(current?.jobs);
      await current?.done;
    }
    return handed;
  })();
  return {
    stop: () => {
      stopped = true;
      current?.stop();
    },
    done,
  };
}

/**
 * Runs lanes of background work (each from {@link oneAtATime}) at the same
 * time: `stop()` stops every lane; `done` gives each lane's answer, in order.
 */
export function beside(lanes: readonly ReturnType<typeof oneAtATime>[]): { stop(): void; done: Promise<(number | undefined)[][]> } {
  return {
    stop: () => {
      for (const lane of lanes) lane.stop();
    },
    done: Promise.all(lanes.map((lane) => lane.done)),
  };
}

/** One worker per core, at most {@link MAX_WORKERS}; none on a single core, where the calling thread is as fast. */
const defaultWorkers = () => (availableParallelism() < 2 ? 0 : Math.min(availableParallelism(), MAX_WORKERS));

/**
 * The worker's side of {@link mapInWorkers}: answers each batch with
 * `compute` of each job (awaited when it is a promise), and ends on an
 * empty batch, after `end` when given. An error is left unhandled: it ends the worker, and the
 * calling thread fails with it.
 */
export function answerBatches<J, R>(compute: (job: J) => R | Promise<R>, { end }: { end?: () => Promise<void> } = {}): void {
  const answer = async (batch: J[]): Promise<void> => {
    if (batch.length === 0) {
      // The worker's own last step (keeping what it made) finishes before the calling thread hears it has ended.
      await end?.();
      parentPort!.close();
      return;
    }
    parentPort!.postMessage(await Promise.all(batch.map(compute)));
  };
  // Each batch waits for the one before (the worker holds two), so answers keep the order the batches came in
  // and the worker ends only after its last answer.
  let queue = Promise.resolve();
  parentPort!.on('message', (batch: J[]) => {
    queue = queue.then(() => answer(batch)).catch((error: unknown) => {
      // Left unhandled on purpose: it ends the worker, and the calling thread fails with it.
      setImmediate(() => {
        throw error;
      });
    });
  });
}
