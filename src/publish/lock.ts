// One build (or `npm run report`) at a time per output folder: a lock `<folder>.lock` beside the folder.
// Two builds into one folder used to share `dist.next`, delete each other's files and swap in half a site.
// The lock itself is proper-lockfile's (an atomic mkdir whose mtime the holder refreshes every few seconds,
// so a lock nobody refreshes any more, left by a build killed with SIGKILL, is stale and taken over); beside
// it, `<folder>.lock-owner.json` says who holds it, for the message another run prints.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { constants, hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import lockfile from 'proper-lockfile';
import { writeFileAtomic } from '../store/files.ts';

/** What the owner file says about the run that holds the lock. */
export interface LockOwner {
  /** What holds it, as the user typed it: `npm run build`, `npm run report`. */
  command: string;
  /** The process that took the lock (the `node scripts/….ts` process). */
  pid: number;
  host: string;
  /** When the lock was taken (ISO time). */
  started: string;
  /** Tells this run's lock from a later one with the same pid. */
  token: string;
}

/** The lock could not be taken: another run holds it (the message names it), or the wait ran out. */
export class LockBusyError extends Error {}

/** `CASEBOOK_LOCK_WAIT` is not a number of seconds. */
export class LockSettingError extends Error {}

/** How long to wait for another run, in seconds, unless `CASEBOOK_LOCK_WAIT` says otherwise. */
const DEFAULT_LOCK_WAIT_SECONDS = 600;

/**
 * A lock whose holder has not refreshed it for this long is stale. The
 * holder refreshes it every STALE_MS / 4 from its event loop; a build's
 * event loop is never blocked for seconds (Astro's work runs in a child
 * process), and a lock taken over by mistake is noticed (`holds()`) before
 * the site is swapped in.
 */
export const STALE_MS = 10_000;
const POLL_MS = 250;

/** `CASEBOOK_LOCK_WAIT`: seconds to wait for another run on the same folder (0: stop at once); default 600. */
export function lockWaitFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.CASEBOOK_LOCK_WAIT;
  if (value === undefined || value === '') return DEFAULT_LOCK_WAIT_SECONDS;
  if (!/^\d+$/.test(value)) throw new LockSettingError(`CASEBOOK_LOCK_WAIT=${value}: write a number of seconds to wait for another build, such as 600 (0 to stop at once)`);
  return Number(value);
}

/** A path as the user would write it: relative to the working folder when inside it, else absolute. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** `npm run build (pid 4242 on myhost, since 14:03:07)` */
function describe(owner: LockOwner): string {
  const since = new Date(owner.started);
  const time = Number.isNaN(since.getTime()) ? owner.started : since.toLocaleTimeString('en-GB', { hour12: false });
  return `${owner.command} (pid ${owner.pid} on ${owner.host}, since ${time})`;
}

/** Whether a process with this pid exists (EPERM: it does, as another user's). For leftovers judged by pid and age. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The owner file of the lock file `file`. */
const ownerFile = (file: string) => `${file}-owner.json`;

/** Who holds the lock, as its owner file says; undefined while it is being written or when it is gone. */
function readOwner(file: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(ownerFile(file), 'utf8')) as LockOwner;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The lock's options for proper-lockfile: the lock is `<folder>.lock`, the folder itself need not exist. */
const libraryOptions = (file: string) => ({ lockfilePath: file, realpath: false, stale: STALE_MS, update: STALE_MS / 4 });

/** A lock taken on an output folder; `release()` gives it up (proper-lockfile also does when the process exits). */
export class FolderLock {
  /** The lock, `<folder>.lock`. */
  readonly file: string;
  private readonly folder: string;
  private readonly owner: LockOwner;
  private released = false;
  private compromised = false;

  constructor(folder: string, file: string, owner: LockOwner) {
    this.folder = folder;
    this.file = file;
    this.owner = owner;
  }

  /** Called by proper-lockfile when the lock was found taken over or removed while held. */
  markCompromised(): void {
    this.compromised = true;
  }

  /** Whether the lock is still this run's (a run judged stale by mistake could have lost it). */
  holds(): boolean {
    return !this.released && !this.compromised && readOwner(this.file)?.token === this.owner.token;
  }

  /** Gives the lock up: removes it if it is still this run's. */
  release(): void {
    if (this.released) return;
    const mine = this.holds();
    this.released = true;
    if (mine) rmSync(ownerFile(this.file), { force: true });
    try {
      // Also stops the refresh timer when the lock is no longer ours.
      if (!this.compromised) lockfile.unlockSync(this.folder, libraryOptions(this.file));
    } catch {
      // Already released or taken over: nothing of ours to remove.
    }
  }
}

/** How to take a lock: who takes it, how long to wait, where to say so. */
export interface LockRequest {
  /** What takes it, as the user typed it (`npm run build`): shown to a run that finds the folder locked. */
  command: string;
  /** Seconds to wait for another run; 0 stops at once. */
  waitSeconds: number;
  /** What the run would have done, for the message when it does not (`nothing was built`). */
  refused: string;
  /** Where waiting and taking over a stale lock are reported. */
  log?: (message: string) => void;
}

/** Whether the lock `file` exists and is stale (nobody refreshed it for STALE_MS). */
function isStale(file: string): boolean {
  const modified = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  return modified !== undefined && Date.now() - modified > STALE_MS;
}

/**
 * Takes the lock `<folder>.lock` for one run (`npm run build` or `npm run
 * report`) on `folder`. If another run holds it, waits up to
 * `waitSeconds`, saying so once per holder, then takes it; a lock nobody
 * has refreshed for STALE_MS (a build killed with SIGKILL) is taken over,
 * saying whose it was. Throws `LockBusyError`, with a one-line message
 * naming the other run (command, pid, host, start) and the lock, when the
 * wait runs out (or at once when `waitSeconds` is 0).
 */
export async function lockFolder(folder: string, request: LockRequest): Promise<FolderLock> {
  const resolved = path.resolve(folder);
  const file = `${resolved}.lock`;
  // A first build into a folder whose parent does not exist yet (`--outDir out/site`).
  mkdirSync(path.dirname(file), { recursive: true });
  const log = request.log ?? ((message: string) => console.error(message));
  const owner: LockOwner = { command: request.command, pid: process.pid, host: hostname(), started: new Date().toISOString(), token: randomBytes(8).toString('hex') };
  const waitStarted = Date.now();
  // The holder last announced (its token, or '?' when not known), so each new holder is named once.
  let waitingFor: string | undefined;
  for (;;) {
    if (isStale(file)) {
      const other = readOwner(file);
      log(`${shownPath(file)} was left by ${other ? describe(other) : 'another run'}, which is no longer running: taking it over.`);
    }
    let lock: FolderLock | undefined;
    try {
      const taken = new FolderLock(resolved, file, owner);
      await lockfile.lock(resolved, { ...libraryOptions(file), retries: 0, onCompromised: () => taken.markCompromised() });
      lock = taken;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    }
    if (lock) {
      await writeFileAtomic(ownerFile(file), JSON.stringify(owner));
      if (waitingFor !== undefined) log(`${shownPath(file)} is free after ${Math.round((Date.now() - waitStarted) / 1000)} s: going on.`);
      return lock;
    }
    const other = readOwner(file);
    const holder = other ? describe(other) : 'another run';
    if (request.waitSeconds === 0) {
      throw new LockBusyError(`${holder} is already working on ${shownPath(folder)} (lock ${shownPath(file)}); ${request.refused}. Wait for it to finish, or set CASEBOOK_LOCK_WAIT to a number of seconds to wait.`);
    }
    if (Date.now() - waitStarted > request.waitSeconds * 1000) {
      throw new LockBusyError(`${holder} still holds ${shownPath(file)} after ${request.waitSeconds} s; ${request.refused}. If it is not running any more, delete ${shownPath(file)}.`);
    }
    if ((other?.token ?? '?') !== waitingFor) {
      waitingFor = other?.token ?? '?';
      log(`${holder} is already working on ${shownPath(folder)} (lock ${shownPath(file)}): waiting for it to finish, up to ${request.waitSeconds} s (CASEBOOK_LOCK_WAIT).`);
    }
    await sleep(POLL_MS);
  }
}

/**
 * On SIGINT, SIGTERM or SIGHUP: gives the lock up and exits with 128 + the
 * signal's number, for a run whose writes are each whole (`npm run report`
 * renames every PDF into place) and so can stop anywhere.
 */
export function releaseOnSignals(lock: FolderLock): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      lock.release();
      process.exit(128 + (constants.signals[signal] ?? 15));
    });
  }
}
