// Reading a case (frontmatter, body parsed, checked and rendered) is most of a cold build's model phase, and
// each case is read on its own: a casebook of many new cases is read in worker threads (read-worker.ts), so a
// 2-core machine reads it in about half the time.
import { readCaseRecord, type CaseRecordResult } from './case-record.ts';
import type { BodyRules } from './case-body.ts';
import { threadSetup, type ThreadSetup } from './thread-setup.ts';
import { mapInWorkers, type WorkerChoice } from '../store/worker-batches.ts';

/** One case file to read: its name as diagnostics print it, and its text. */
export interface ReadJob {
  file: string;
  text: string;
}

/** What a read worker needs to read cases as this thread would. */
export interface ReadSetup extends ThreadSetup {
  /** Source id → the name a reader sees (see `CaseContext.sourceNames`). */
  sourceNames: [string, string][];
  rules?: BodyRules;
}

/**
 * The records of `jobs`, in their order, read in worker threads when there
 * are many (see `mapInWorkers`), else in this thread: the same records
 * either way.
 */
export function readCaseRecords(jobs: readonly ReadJob[], sourceNames: ReadonlyMap<string, string>, rules: BodyRules | undefined, choice?: WorkerChoice): Promise<CaseRecordResult[]> {
  const sourceName = (id: string) => sourceNames.get(id) ?? id;
  const setup: ReadSetup = { ...threadSetup(), sourceNames: [...sourceNames], rules };
  return mapInWorkers(jobs.length, (index) => jobs[index]!, (job) => readCaseRecord(job.file, job.text, sourceName, rules), new URL('./read-worker.ts', import.meta.url), setup, choice);
}
