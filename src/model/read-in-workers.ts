// Reading a case (frontmatter, body parsed, checked and rendered) is most of a cold build's model phase, and
// each case is read on its own: a casebook of many new cases is read in worker threads (read-worker.ts), so a
// 2-core machine reads it in about half the time.
import { readCaseRecord, type CaseRecordResult } from './case-record.ts';
import type { BodyRules } from './case-body.ts';
import { sharedModel, type SharedModel } from './shared-model.ts';
import { basePath } from '../domain/urls.ts';
import { mapInWorkers, type WorkerChoice } from '../store/worker-batches.ts';

/** One case file to read: its name as diagnostics print it, and its text. */
export interface ReadJob {
  file: string;
  text: string;
}

/** What a read worker needs to read cases as this thread would. */
export interface ReadSetup {
  /** Source id → the name a reader sees (see `CaseContext.sourceName`). */
  sourceNames: [string, string][];
  rules?: BodyRules;
  /** The base path of the site's links (see `useBase`). */
  base: string;
  /** The casebook's options, which say where its settings are (see src/site.config.ts). */
  options?: SharedModel['options'];
}

/**
 * The records of `jobs`, in their order, read in worker threads when there
 * are many (see `mapInWorkers`), else in this thread: the same records
 * either way.
 */
export function readCaseRecords(jobs: readonly ReadJob[], sourceNames: ReadonlyMap<string, string>, rules: BodyRules | undefined, choice?: WorkerChoice): Promise<CaseRecordResult[]> {
  const sourceName = (id: string) => sourceNames.get(id) ?? id;
  const setup: ReadSetup = { sourceNames: [...sourceNames], rules, base: basePath(), options: sharedModel().options };
  return mapInWorkers(jobs.length, (index) => jobs[index]!, (job) => readCaseRecord(job.file, job.text, sourceName, rules), new URL('./read-worker.ts', import.meta.url), setup, choice);
}
