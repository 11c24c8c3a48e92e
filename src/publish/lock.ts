// One build (or `npm run report`) at a time per output folder: a lock file `<folder>.lock` beside the folder.
// Two builds into one folder used to share `dist.next`, delete each other's files and swap in half a site.
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, linkSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { constants, hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** What a lock file says about the run that holds it. */
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
  /** Every process working in the folder: the taker and its children (the `astro build` child). */
  processes: { pid: number; since?: string }[];
}

/** The lock could not be taken: another run holds it (the message names it), or the wait ran out. */
export class LockBusyError extends Error {}

/** `CASEBOOK_LOCK_WAIT` is not a number of seconds. */
export class LockSettingError extends Error {}

/** How long to wait for another run, in seconds, unless `CASEBOOK_LOCK_WAIT` says otherwise. */
const DEFAULT_LOCK_WAIT_SECONDS = 600;

// A lock file that cannot be read (an editor's leftover, a crash while it was written on a disk that lost the
// write) is taken for stale after this long; before, it may be another run's half-written lock.
const UNREADABLE_GRACE_MS = 10_000;
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

/**
 * The Linux start time of a process (clock ticks since boot, from
 * `/proc/<pid>/stat`) and whether it is a zombie: a pid reused by another
 * process has another start time, and a killed build whose parent is gone
 * may linger as a zombie, which `kill(pid, 0)` still finds. Undefined off Linux.
 */
function procStat(pid: number): { since: string; zombie: boolean } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces; fields 3… follow the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { since: fields[19]!, zombie: fields[0] === 'Z' || fields[0] === 'X' };
  } catch {
    return undefined;
  }
}

/** Whether the process `pid` (started at `since`, when known) is still running on this machine. */
export function isRunning(pid: number, since?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = procStat(pid);
  if (!stat) return true;
  return !stat.zombie && (since === undefined || stat.since === since);
}

/** Whether a lock's every process is gone. A lock taken on another machine (a shared disk) is never judged from here. */
function isStale(owner: LockOwner): boolean {
  return owner.host === hostname() && owner.processes.every((process) => !isRunning(process.pid, process.since));
}

/** Reads a lock file: its owner (undefined when unreadable) and its inode, to tell this file from a later one. */
function readLock(file: string): { owner?: LockOwner; ino: bigint; mtimeMs: number } | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const stat = fstatSync(fd, { bigint: true });
    const buffer = Buffer.alloc(Number(stat.size));
    readSync(fd, buffer, 0, buffer.length, 0);
    let owner: LockOwner | undefined;
    try {
      const parsed = JSON.parse(buffer.toString('utf8')) as LockOwner;
      if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && Array.isArray(parsed.processes)) owner = parsed;
    } catch {
      owner = undefined;
    }
    return { owner, ino: stat.ino, mtimeMs: Number(stat.mtimeMs) };
  } finally {
    closeSync(fd);
  }
}

/** A name no other process or call uses, beside `file`. */
const aside = (file: string, what: string) => `${file}.${what}.${process.pid}.${randomBytes(4).toString('hex')}`;

/**
 * Creates `file` holding `owner`, only if it does not exist. The content is
 * written first under another name and then hard-linked into place (which
 * fails if the file exists), so a reader never sees a half-written lock.
 */
function create(file: string, owner: LockOwner): boolean {
  const temporary = aside(file, 'new');
  writeFileSync(temporary, JSON.stringify(owner));
  try {
    linkSync(temporary, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    // A file system without hard links: an exclusive create, then the content.
    try {
      const fd = openSync(file, 'wx');
      writeFileSync(fd, JSON.stringify(owner));
      closeSync(fd);
      return true;
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw inner;
    }
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Removes a stale lock, and only that one: the file is first renamed aside
 * (one of several waiters wins), then compared with the stale file by
 * inode; a fresh lock moved aside by mistake (taken by another waiter
 * in between) is put back.
 */
function removeStale(file: string, ino: bigint): void {
  const moved = aside(file, 'stale');
  try {
    renameSync(file, moved);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    if (statSync(moved, { bigint: true }).ino !== ino) linkSync(moved, file);
  } catch {
    // Another lock is already back in place: that one stands.
  } finally {
    rmSync(moved, { force: true });
  }
}

/** A lock taken on an output folder; `release()` gives it up (also done when the process exits). */
export class FolderLock {
  /** The lock file, `<folder>.lock`. */
  readonly file: string;
  private owner: LockOwner;
  private released = false;
  private readonly onExit = () => this.release();

  constructor(file: string, owner: LockOwner) {
    this.file = file;
    this.owner = owner;
    // A run that ends on an uncaught error still gives the lock up (a killed one leaves it stale; see isStale).
    process.once('exit', this.onExit);
  }

  /** Records a child process working in the folder, so the lock stays held while it runs even if this process is killed. */
  addProcess(pid: number): void {
    if (!this.holds()) return;
    this.owner = { ...this.owner, processes: [...this.owner.processes, { pid, since: procStat(pid)?.since }] };
    const temporary = aside(this.file, 'update');
    writeFileSync(temporary, JSON.stringify(this.owner));
    renameSync(temporary, this.file);
  }

  /** Whether the lock file is still this run's (a run judged stale by mistake could have lost it). */
  holds(): boolean {
    return !this.released && readLock(this.file)?.owner?.token === this.owner.token;
  }

  /** Gives the lock up: removes the lock file if it is still this run's. */
  release(): void {
    if (this.released) return;
    if (this.holds()) rmSync(this.file, { force: true });
    this.released = true;
    process.removeListener('exit', this.onExit);
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

/**
 * Takes the lock `<folder>.lock` for one run (`npm run build` or `npm run
 * report`) on `folder`. If another run holds it, waits up to
 * `waitSeconds`, saying so once, then takes it; a lock whose processes have
 * all ended on this machine (a build killed with SIGKILL) is stale and taken
 * over. Throws `LockBusyError`, with a one-line message naming the other
 * run's pid and the lock file, when the wait runs out (or at once when
 * `waitSeconds` is 0).
 */
export async function lockFolder(folder: string, request: LockRequest): Promise<FolderLock> {
  const file = `${path.resolve(folder)}.lock`;
  // A first build into a folder whose parent does not exist yet (`--outDir out/site`).
  mkdirSync(path.dirname(file), { recursive: true });
  const log = request.log ?? ((message: string) => console.error(message));
  const owner: LockOwner = {
    command: request.command,
    pid: process.pid,
    host: hostname(),
    started: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
    processes: [{ pid: process.pid, since: procStat(process.pid)?.since }],
  };
  const waitStarted = Date.now();
  // The holder last announced (its token, or '?' for an unreadable lock), so each new holder is named once.
  let waitingFor: string | undefined;
  for (;;) {
    if (create(file, owner)) {
      if (waitingFor !== undefined) log(`${shownPath(file)} is free after ${Math.round((Date.now() - waitStarted) / 1000)} s: going on.`);
      return new FolderLock(file, owner);
    }
    const found = readLock(file);
    if (!found) continue;
    const { owner: other, ino, mtimeMs } = found;
    if (other ? isStale(other) : Date.now() - mtimeMs > UNREADABLE_GRACE_MS) {
      log(other ? `${shownPath(file)} was left by ${describe(other)}, which is no longer running: taking it over.` : `${shownPath(file)} cannot be read and is older than ${UNREADABLE_GRACE_MS / 1000} s: taking it over.`);
      removeStale(file, ino);
      continue;
    }
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
