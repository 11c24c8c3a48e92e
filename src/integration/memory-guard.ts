// Stops a build that is about to run the machine out of memory, with a message that says so, instead of
// letting the system's out-of-memory killer end it (or another program) without a word. The watch runs in a
// worker thread: the build's main thread may be busy for seconds at a time, and a timer there would not fire.
import { readFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';

/** What the guard compares, in bytes. */
export interface MemoryReading {
  /** Memory the machine can still give (Linux's MemAvailable; elsewhere, free memory). */
  available: number;
  /** The machine's memory. */
  total: number;
  /** This process's resident memory. */
  rss: number;
}

/** Below this much memory left on the machine (or this share of it, whichever is more), the build stops. */
export const RESERVE_BYTES = 512 * 1024 * 1024;
export const RESERVE_SHARE = 0.03;

/**
 * Why a build with this much memory in use must stop now, or undefined when
 * it may go on: the machine has less than its reserve left, so the next
 * allocations would bring in the out-of-memory killer.
 */
export function memoryProblem(reading: MemoryReading, reserveBytes = RESERVE_BYTES): string | undefined {
  const reserve = Math.max(reserveBytes, reading.total * RESERVE_SHARE);
  if (reading.available >= reserve) return undefined;
  const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  return (
    `The build stopped before the machine ran out of memory: it was using ${gb(reading.rss)}, and only ${gb(reading.available)} of the machine's ${gb(reading.total)} were left. ` +
    'Nothing was published; the last good site is still in place. Close other programs or build on a machine with more memory ' +
    '(docs/publishers/past-one-machine.md says how much a casebook of each size needs).'
  );
}

/** This machine's memory now: MemAvailable from /proc/meminfo on Linux, else the free memory Node reports. */
export function readMemory(rss = process.memoryUsage.rss()): MemoryReading {
  const total = totalmem();
  try {
    const kilobytes = /^MemAvailable:\s+(\d+) kB/m.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1];
    if (kilobytes) return { available: Number(kilobytes) * 1024, total, rss };
  } catch {
    // Not Linux.
  }
  return { available: (process.availableMemory?.() ?? 0) || total, total, rss };
}

/**
 * Starts watching the machine's memory for the rest of this process (a
 * build): when less than the reserve is left, the guard prints why the build
 * stops and ends it, and \`npm run build\` keeps the last good site. Also warns
 * through `warn`, once, when the JavaScript heap is near its limit. Returns a
 * function that stops watching. `reserveBytes` is for tests (a reserve no machine
 * has makes the guard stop the process at once).
 */
export function guardMemory(warn: (message: string) => void, { everyMs = 500, reserveBytes = RESERVE_BYTES } = {}): () => void {
  const worker = new Worker(new URL('./memory-watch.ts', import.meta.url), { workerData: { everyMs, reserveBytes }, execArgv: [] });
  worker.unref();
  let warned = false;
  const heap = setInterval(() => {
    const { used_heap_size: used, heap_size_limit: limit } = getHeapStatistics();
    if (warned || used < 0.85 * limit) return;
    warned = true;
    warn(
      `the build's JavaScript heap is at ${(used / 1024 ** 3).toFixed(1)} of its ${(limit / 1024 ** 3).toFixed(1)} GB limit; ` +
        'if it fails with "heap out of memory", build with NODE_OPTIONS=--max-old-space-size=<megabytes> (see docs/publishers/past-one-machine.md)',
    );
  }, everyMs);
  heap.unref();
  return () => {
    clearInterval(heap);
    void worker.terminate();
  };
}

/** The share of the machine's memory `npm run build` lets the build's JavaScript heap grow to. */
export const HEAP_SHARE = 0.75;

/**
 * How far the heap may grow past what the last full garbage collection kept, in percent: V8 otherwise lets it
 * reach up to four times that before collecting, and a build's peak memory was mostly garbage waiting. Measured
 * on 3,000 synthetic cases, cold: peak 1.59 GB → 1.11 GB, build time the same within the noise (90 s and 91 s).
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * The Node options `npm run build` starts `astro build` with: a heap limit
 * of {@link HEAP_SHARE} of the machine's memory, unless `NODE_OPTIONS`
 * already sets one, and a heap that grows by at most
 * {@link HEAP_GROWING_PERCENT} % between full collections, unless
 * `NODE_OPTIONS` sets that. Node's default limit (about 4 GB) would end a
 * large casebook's build with a crash ("JavaScript heap out of memory") long
 * before the machine is full; with this limit, the memory guard stops it
 * with its message first.
 */
export function heapOptions(env: NodeJS.ProcessEnv = process.env, total = totalmem()): string[] {
  const set = env.NODE_OPTIONS ?? '';
  return [
    ...(/--max-old-space-size/.test(set) ? [] : [`--max-old-space-size=${Math.floor((total * HEAP_SHARE) / 1024 ** 2)}`]),
    ...(/--heap-growing-percent/.test(set) ? [] : [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`]),
  ];
}

/**
 * Runs `work` with V8's own rule for heap growth, then sets the build's
 * {@link HEAP_GROWING_PERCENT} again, when this process was started with it
 * (`npm run build` starts `astro build` so; Node refuses it in
 * `NODE_OPTIONS`). The option is process-wide, so worker threads have it too,
 * and there it costs time: threads that keep little and allocate fast
 * collect far more often. The social cards of 1,000 cases drew at 104 a
 * second with it and 122 without (18.7 against 15.8 ms of CPU a card). For
 * work after the pages, when this thread's heap, whose peak the option holds
 * down, no longer grows.
 */
export async function withOwnHeapGrowth<T>(
  work: () => Promise<T>,
  { execArgv = process.execArgv, setFlags = setFlagsFromString }: { execArgv?: readonly string[]; setFlags?: (flags: string) => void } = {},
): Promise<T> {
  const given = execArgv.findLast((option) => option.startsWith('--heap-growing-percent='));
  if (!given) return work();
  // 0 is V8's default: no fixed percentage, V8 decides from the collector's speed.
  setFlags('--heap-growing-percent=0');
  try {
    return await work();
  } finally {
    setFlags(given);
  }
}
