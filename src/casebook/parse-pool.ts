import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from './diagnostics.ts';
import type { CaseRecord } from './load.ts';

/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_FROM = 64;

/** A case file to read: where it is (as diagnostics name it) and its text. */
export interface CaseFileText {
  file: string;
  text: string;
}

/**
 * Reads many case files (`readCaseRecord`) across the machine's cores, in
 * worker threads; returns the records by file. Few files are left to the
 * caller, which reads them in this thread.
 */
export async function readCaseRecordsInParallel(
  files: readonly CaseFileText[],
  sourceNames: readonly [string, string][],
): Promise<Map<string, CaseRecord | { diagnostics: Diagnostic[] }>> {
  const threads = Math.min(availableParallelism(), 4);
  if (files.length < PARALLEL_FROM || threads < 2) return new Map();
  const batches = Array.from({ length: threads }, (_, index) => files.filter((_, position) => position % threads === index));
  const results = await Promise.all(
    batches.map(
      (batch) =>
        new Promise<(CaseRecord | { diagnostics: Diagnostic[] })[]>((resolve, reject) => {
          const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { workerData: { files: batch, sourceNames } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`case reader exited with ${code}`)));
        }),
    ),
  );
  const records = new Map<string, CaseRecord | { diagnostics: Diagnostic[] }>();
  batches.forEach((batch, index) => batch.forEach(({ file }, position) => records.set(file, results[index]![position]!)));
  return records;
}
