// Builds shared per fixture: each content folder (with its settings) is built at most once per test run, by the
// first test file that asks, and every other file that asks waits for that build and reads it. The builds live
// in the run's folder (tests/helpers/global-build.ts makes it, and removes it with every output folder at the
// end), so the build and browser suites share them, and a file that needs no build starts at once.
import { inject } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning } from '../../src/publish/lock.ts';
import { writeFileAtomic } from '../../src/store/files.ts';
import { buildSite, type BuildResult } from './build.ts';
import { contentDir } from './content.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of this run's shared builds: `<key>.json` records a finished build, `<key>.lock/` one under way. */
    sharedBuilds: string;
  }
}

/** Settings of a shared build besides its content folder (see `buildSite`). */
export interface SharedBuildOptions {
  reports?: boolean;
  env?: Record<string, string>;
}

/** What a finished shared build left for the others: where it wrote, its exit status and its output. */
export interface BuildRecord {
  outDir: string;
  status: number | null;
  output: string;
}

/**
 * The build of `content` with `options` for this run: built here if no test file has asked for it yet, else
 * the one another file built or is building (waited for). Pass the same options to share a build.
 */
export async function sharedBuild(content: string, options: SharedBuildOptions = {}): Promise<BuildResult> {
  const folder = inject('sharedBuilds');
  const key = createHash('sha256')
    .update(JSON.stringify([content, options.reports ?? false, Object.entries(options.env ?? {}).sort()]))
    .digest('hex')
    .slice(0, 16);
  const record = path.join(folder, `${key}.json`);
  const lock = path.join(folder, `${key}.lock`);
  for (;;) {
    if (existsSync(record)) return fromRecord(JSON.parse(readFileSync(record, 'utf8')) as BuildRecord);
    try {
      mkdirSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Another test file is building it; a builder that died without a record will never write one.
      const owner = Number(readFileSync(path.join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
      if (owner && !isRunning(owner) && !existsSync(record)) throw new Error(`the shared build of ${content} stopped with its test process (pid ${owner})`);
      await sleep(250);
      continue;
    }
    writeFileSync(path.join(lock, 'pid'), String(process.pid));
    const site = buildSite(content, options);
    await writeFileAtomic(record, JSON.stringify({ outDir: site.outDir, status: site.status, output: site.output } satisfies BuildRecord));
    return site;
  }
}

function fromRecord({ outDir, status, output }: BuildRecord): BuildResult {
  return { outDir, status, output, read: (file) => readFileSync(path.join(outDir, file), 'utf8') };
}

/**
 * The casebook under test (content/, or CASEBOOK_CONTENT), built with its PDF reports as `npm run build` builds it:
 * the build most test files read. Throws with the build's output if it fails.
 */
export async function casebookSite(): Promise<BuildResult> {
  const site = await sharedBuild(contentDir, { reports: true });
  if (site.status !== 0) throw new Error(`${contentDir} does not build:\n${site.output}`);
  return site;
}

/** The output folder of `casebookSite()`. */
export const casebookDist = async () => (await casebookSite()).outDir;
