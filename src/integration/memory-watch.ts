// The memory guard's worker (see memory-guard.ts): reads the machine's memory every few hundred milliseconds
// and, past the reserve, writes why the build stops and ends the whole process at once (the main thread may
// be in the middle of a long computation, and the next allocations could bring in the out-of-memory killer).
import { writeSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { memoryProblem, readMemory } from './memory-guard.ts';

const { everyMs, reserveBytes } = workerData as { everyMs: number; reserveBytes: number };

setInterval(() => {
  const problem = memoryProblem(readMemory(), reserveBytes);
  if (!problem) return;
  writeSync(2, `\n[casebook] ${problem}\n`);
  process.kill(process.pid, 'SIGKILL');
}, everyMs);
