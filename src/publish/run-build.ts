// `npm run build`: one build at a time per output folder, built aside and swapped in only when complete.
import { spawn } from 'node:child_process';
import { heapOptions } from '../integration/memory-guard.ts';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { isRunning, lockFolder, lockWaitFromEnv, LockBusyError, LockSettingError, shownPath, type FolderLock } from './lock.ts';
import { buildsFolder, neighbours, publishedRecord, recordPublished, settleOutput, swapIn, whatIsLeft } from './output-folder.ts';
import { checkSite, describeProblems, lostCases, MANIFEST_ENV, readSiteManifest } from './site-manifest.ts';

// Astro's last line, printed when it has written the pages: before the site is checked and swapped in, so it
// would claim a success that has not happened yet. `npm run build` prints its own when the site is published.
const ASTRO_COMPLETE = /^\S*\s*\[build\] Complete!\s*$/;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs `npm run build [-- --outDir <folder>] [astro build options]` from
 * the project folder `root` and returns its exit code. Takes the output
 * folder's lock (waiting for another build or `npm run report` on it, up to
 * `CASEBOOK_LOCK_WAIT` seconds), builds into `<folder>.next`, checks that
 * folder against the build's manifest (`checkSite`), and only then swaps it
 * in. On any failure, or when stopped by SIGINT, SIGTERM or SIGHUP, the
 * output folder is left as it was and the message says what it holds.
 */
export async function runBuild(argv: readonly string[], root: string): Promise<number> {
  const flag = argv.indexOf('--outDir');
  const outDir = path.resolve(flag >= 0 ? argv[flag + 1]! : 'dist');
  const astroArgs = flag >= 0 ? argv.filter((_, index) => index !== flag && index !== flag + 1) : [...argv];
  let lock: FolderLock;
  try {
    lock = await lockFolder(outDir, { command: 'npm run build', waitSeconds: lockWaitFromEnv(), refused: 'nothing was built' });
  } catch (error) {
    // Another run holds the folder, or CASEBOOK_LOCK_WAIT is not a number: one line, no stack.
    if (!(error instanceof LockBusyError || error instanceof LockSettingError)) throw error;
    console.error(error.message);
    return 1;
  }
  const stopped: { signal?: NodeJS.Signals } = {};
  let child: ReturnType<typeof spawn> | undefined;
  // Installed for the whole run, so a signal never kills this process half-way through cleaning up; the child
  // (in the same process group, so a Ctrl-C reaches it too) is asked to stop, and the run ends below.
  const onSignal = (signal: NodeJS.Signals) => {
    stopped.signal ??= signal;
    child?.kill(signal);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  const work = buildsFolder(root);
  mkdirSync(work, { recursive: true });
  removeOldScratch(work);
  const scratch = mkdtempSync(path.join(work, `build-${process.pid}-`));
  try {
    const restored = settleOutput(outDir);
    if (restored) console.error(restored);
    const { next } = neighbours(outDir);
    const manifestFile = path.join(scratch, 'manifest.json');
    // Astro writes its server bundle to <cwd>/.astro/.prerender when the output folder is outside the working
    // directory, where two builds at once would overwrite each other's: such a build runs in the scratch folder,
    // inside the project so the bundle still finds node_modules.
    const cwd = path.relative(root, next).startsWith('..') ? scratch : root;
    const colour = process.stdout.isTTY && process.env.FORCE_COLOR === undefined && process.env.NO_COLOR === undefined ? { FORCE_COLOR: '1' } : {};
    // The heap may grow to most of the machine: the memory guard, not a heap crash, stops a casebook too large for it.
    child = spawn(process.execPath, [...heapOptions(), path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', next, ...astroArgs], {
      cwd,
      stdio: ['inherit', 'pipe', 'inherit'],
      env: { ...process.env, ...colour, [MANIFEST_ENV]: manifestFile },
    });
    const relayed = relay(child.stdout!);
    const [code, killedBy] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
      child!.on('close', (status, signal) => resolve([status, signal]));
      // Node could not start at all (it then emits no 'close').
      child!.on('error', (error) => {
        console.error(error.message);
        resolve([1, null]);
      });
    });
    await relayed;
    /** Publishes nothing: deletes the new folder, says why and what the output folder still holds, returns `exitCode`. */
    const refuse = (reason: string, exitCode: number): number => {
      rmSync(next, { recursive: true, force: true });
      console.error(`\n${reason}; ${whatIsLeft(root, outDir)}.`);
      return exitCode;
    };
    if (stopped.signal) return refuse(`The build was stopped (${stopped.signal})`, 128 + (constants.signals[stopped.signal] ?? 15));
    if (code !== 0) return refuse(`The build failed${killedBy ? ` (astro build was killed by ${killedBy})` : ''}`, code || 1);
    const manifest = readSiteManifest(manifestFile);
    const check = checkSite(next, manifest);
    if (!manifest || check.problems.length > 0) {
      // Without a manifest the build never reached its last step, whatever else is there.
      const found = [...(manifest ? [] : ['the build wrote no manifest of its files']), ...(check.problems.length ? [describeProblems(check.problems)] : [])];
      return refuse(`The new site is not complete, so it was not published (${found.join('; ')})`, 1);
    }
    if (!lock.holds()) return refuse(`${shownPath(lock.file)} was taken by another run during this build, so the new site was not published`, 1);
    const lost = lostCases(readSiteManifest(publishedRecord(root, outDir)), manifest);
    await swapIn(outDir);
    if (lost) console.warn(`[build] Note: ${lost}.`);
    try {
      recordPublished(root, outDir, manifest);
    } catch (error) {
      // The site is published; only a later failure's message loses the full check of it.
      console.error(`could not keep the manifest of the published site: ${error instanceof Error ? error.message : error}`);
    }
    console.log(`[build] Complete! ${shownPath(outDir)} now holds the new site: ${check.files} files, checked against the build's manifest.`);
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    lock.release();
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  }
}

// No build runs for a day: a scratch folder this old was left by a killed build, even if its pid now names another process.
const SCRATCH_MAX_AGE_MS = 24 * 3600 * 1000;

/**
 * Deletes the scratch folders (`build-<pid>-…`) left by builds killed with
 * SIGKILL, whatever folder they built: those whose process has ended, and
 * any older than a day.
 */
function removeOldScratch(work: string): void {
  for (const name of readdirSync(work)) {
    if (!name.startsWith('build-')) continue;
    // Earlier builds named them `build-<random>`, without the pid: those go by age alone.
    const pid = /^build-(\d+)-/.exec(name)?.[1];
    const folder = path.join(work, name);
    const modified = statSync(folder, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if ((pid !== undefined && !isRunning(Number(pid))) || Date.now() - modified > SCRATCH_MAX_AGE_MS) rmSync(folder, { recursive: true, force: true });
  }
}

/** Copies the child's output to ours line by line, without Astro's premature `Complete!`. Resolves when it ends. */
function relay(stream: Readable): Promise<void> {
  let pending = '';
  const write = (lines: string[]) => {
    const kept = lines.filter((line) => !ASTRO_COMPLETE.test(stripVTControlCharacters(line)));
    if (kept.length) process.stdout.write(kept.map((line) => `${line}\n`).join(''));
  };
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = `${pending}${chunk}`.split('\n');
    pending = lines.pop()!;
    write(lines);
  });
  return new Promise((resolve) =>
    stream.on('close', () => {
      if (pending) write([pending]);
      resolve();
    }),
  );
}
