import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { beside, inBackground, mapInWorkers, oneAtATime } from './worker-batches.ts';

const worker = new URL('./worker-batches.fixture.ts', import.meta.url);
const here = (job: number) => ({ square: job * job, thread: threadId });
const jobs = Array.from({ length: 250 }, (_, index) => index);

describe('mapInWorkers', () => {
  it('spreads the jobs over the workers and gives the results in the jobs’ order', async () => {
    const results = await mapInWorkers(jobs.length, (index) => jobs[index]!, here, worker, undefined, { minForWorkers: 0, workers: 2 });
    expect(results.map((result) => result.square)).toEqual(jobs.map((job) => job * job));
    expect(new Set(results.map((result) => result.thread)).size).toBe(2);
    expect(results.some((result) => result.thread === threadId)).toBe(false);
  });

  it('keeps the jobs’ order when a worker answers with promises, and ends only after its last answer', async () => {
    const results = await mapInWorkers(jobs.length, (index) => jobs[index]!, here, worker, { slow: true }, { minForWorkers: 0, workers: 2 });
    expect(results.map((result) => result?.square)).toEqual(jobs.map((job) => job * job));
  });

  it('spreads a few jobs over every worker', async () => {
    const results = await mapInWorkers(40, (index) => index, here, worker, undefined, { minForWorkers: 0, workers: 2 });
    expect(new Set(results.map((result) => result.thread)).size).toBe(2);
  });

  it('does few jobs, or any without workers, in the calling thread', async () => {
    for (const choice of [{ minForWorkers: 1000, workers: 2 }, { minForWorkers: 0, workers: 0 }]) {
      const results = await mapInWorkers(jobs.length, (index) => jobs[index]!, here, worker, undefined, choice);
      expect(results.every((result) => result.thread === threadId)).toBe(true);
    }
  });

  it('fails with the worker’s error', async () => {
    await expect(mapInWorkers(jobs.length + 1, (index) => jobs[index] ?? -1, here, worker, undefined, { minForWorkers: 0, workers: 2 })).rejects.toThrow('cannot square -1');
  });

  it('sends no more batches once aborted, and resolves with the results it has', async () => {
    const controller = new AbortController();
    const results = await mapInWorkers(
      10_000,
      (index) => {
        if (index === 100) controller.abort();
        return index;
      },
      here,
      worker,
      undefined,
      { minForWorkers: 0, workers: 1, signal: controller.signal },
    );
    const done = results.filter((result) => result !== undefined).length;
    expect(done).toBeGreaterThanOrEqual(100);
    expect(done).toBeLessThan(200);
  });

  it('runs background work one piece after another, and starts none once stopped', async () => {
    const order: string[] = [];
    const piece = (name: string, count: number) => () => {
      order.push(name);
      return inBackground(count, (index) => index, worker, undefined, () => order.push(`${name} failed`));
    };
    expect(await oneAtATime([piece('a', 50), piece('none', 0), piece('b', 30)]).done).toEqual([50, undefined, 30]);
    expect(order).toEqual(['a', 'none', 'b']);
    const stopped = oneAtATime([piece('c', 10_000), piece('d', 10)]);
    stopped.stop();
    expect((await stopped.done)[1]).toBeUndefined();
    expect(order).not.toContain('d');
  });

  it('runs lanes of background work at the same time, and stops them all', async () => {
    const order: string[] = [];
    const piece = (name: string, count: number) => () => {
      order.push(name);
      return inBackground(count, (index) => index, worker, undefined, () => order.push(`${name} failed`));
    };
    const lanes = beside([oneAtATime([piece('a', 10_000), piece('b', 10)]), oneAtATime([piece('c', 20)])]);
    // The second lane's work started without waiting for the first lane's.
    expect(order).toEqual(['a', 'c']);
    lanes.stop();
    // The stopped lane started nothing more.
    expect(await lanes.done).toEqual([[10_000, undefined], [20]]);
  });
});
