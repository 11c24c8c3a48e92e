import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { isRunning, lockFolder, LockBusyError, lockWaitFromEnv, STALE_MS, type LockOwner } from './lock.ts';

let dir: string;
let folder: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'casebook-lock-'));
  folder = path.join(dir, 'dist');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has ended. */
function endedPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

const owner = (overrides: Partial<LockOwner>): LockOwner => ({
  command: 'npm run build',
  pid: 1,
  host: hostname(),
  started: new Date().toISOString(),
  token: 'other',
  ...overrides,
});

describe('lockFolder', () => {
  it('holds <folder>.lock with its pid, host and start, and removes it on release', async () => {
    const lock = await lockFolder(folder, { command: 'npm run build', waitSeconds: 0, refused: 'nothing was built' });
    expect(lock.file).toBe(`${folder}.lock`);
    const written = JSON.parse(readFileSync(`${lock.file}-owner.json`, 'utf8')) as LockOwner;
    expect(written).toMatchObject({ command: 'npm run build', pid: process.pid, host: hostname() });
    expect(Number.isNaN(Date.parse(written.started))).toBe(false);
    expect(lock.holds()).toBe(true);
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    expect(existsSync(`${lock.file}-owner.json`)).toBe(false);
  });

  it('refuses a second run at once with one line naming the holder and the lock file', async () => {
    const first = await lockFolder(folder, { command: 'npm run build', waitSeconds: 0, refused: 'nothing was built' });
    const second = lockFolder(folder, { command: 'npm run report', waitSeconds: 0, refused: 'nothing was printed' });
    await expect(second).rejects.toBeInstanceOf(LockBusyError);
    await expect(second).rejects.toThrow(new RegExp(`^npm run build \\(pid ${process.pid} on .+\\) is already working on .*dist \\(lock .*dist\\.lock\\); nothing was printed\\.`));
    first.release();
  });

  it('waits for the holder, saying so once, and goes on when it is done', async () => {
    const first = await lockFolder(folder, { command: 'npm run build', waitSeconds: 0, refused: 'nothing was built' });
    const said: string[] = [];
    const second = lockFolder(folder, { command: 'npm run build', waitSeconds: 60, refused: 'nothing was built', log: (line) => said.push(line) });
    setTimeout(() => first.release(), 600);
    const lock = await second;
    expect(lock.holds()).toBe(true);
    expect(said).toHaveLength(2);
    expect(said[0]).toMatch(/waiting for it to finish, up to 60 s \(CASEBOOK_LOCK_WAIT\)\.$/);
    expect(said[1]).toMatch(/dist\.lock is free after \d+ s: going on\.$/);
    lock.release();
  });

  it('gives up after the wait with a message saying what to delete', async () => {
    const first = await lockFolder(folder, { command: 'npm run build', waitSeconds: 0, refused: 'nothing was built' });
    await expect(lockFolder(folder, { command: 'npm run build', waitSeconds: 1, refused: 'nothing was built', log: () => {} })).rejects.toThrow(
      /still holds .*dist\.lock after 1 s; nothing was built\. If it is not running any more, delete .*dist\.lock\.$/,
    );
    first.release();
  });

  it('takes over a lock nobody refreshes any more (a build killed with SIGKILL), naming whose it was', async () => {
    const dead = endedPid();
    mkdirSync(`${folder}.lock`);
    writeFileSync(`${folder}.lock-owner.json`, JSON.stringify(owner({ pid: dead })));
    const old = new Date(Date.now() - STALE_MS - 5_000);
    utimesSync(`${folder}.lock`, old, old);
    const said: string[] = [];
    const lock = await lockFolder(folder, { command: 'npm run build', waitSeconds: 0, refused: 'nothing was built', log: (line) => said.push(line) });
    expect(said).toEqual([expect.stringMatching(new RegExp(`dist\\.lock was left by npm run build \\(pid ${dead} on .+\\), which is no longer running: taking it over\\.$`))]);
    expect(lock.holds()).toBe(true);
    expect(JSON.parse(readFileSync(`${folder}.lock-owner.json`, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    expect(existsSync(`${folder}.lock`)).toBe(false);
  });

  it('keeps a lock its holder still refreshes, even when the holder is on another machine', async () => {
    mkdirSync(`${folder}.lock`);
    writeFileSync(`${folder}.lock-owner.json`, JSON.stringify(owner({ pid: endedPid(), host: 'elsewhere' })));
    await expect(lockFolder(folder, { command: 'npm run build', waitSeconds: 0, refused: 'nothing was built' })).rejects.toThrow(/^npm run build \(pid \d+ on elsewhere, since/);
  });

  it('names "another run" when the owner file is missing', async () => {
    mkdirSync(`${folder}.lock`);
    await expect(lockFolder(folder, { command: 'npm run build', waitSeconds: 0, refused: 'nothing was built' })).rejects.toThrow(/^another run is already working/);
  });

  it('no longer holds, nor removes, a lock another run took over', async () => {
    const lock = await lockFolder(folder, { command: 'npm run build', waitSeconds: 0, refused: 'nothing was built' });
    writeFileSync(`${folder}.lock-owner.json`, JSON.stringify(owner({ pid: process.pid })));
    expect(lock.holds()).toBe(false);
    lock.release();
    expect(existsSync(`${folder}.lock-owner.json`)).toBe(true);
  });
});

describe('isRunning', () => {
  it('tells a running process from an ended one', () => {
    expect(isRunning(process.pid)).toBe(true);
    expect(isRunning(endedPid())).toBe(false);
  });
});

describe('CASEBOOK_LOCK_WAIT', () => {
  it('is seconds, 600 by default, and anything else is refused with what to write', () => {
    expect(lockWaitFromEnv({})).toBe(600);
    expect(lockWaitFromEnv({ CASEBOOK_LOCK_WAIT: '0' })).toBe(0);
    expect(lockWaitFromEnv({ CASEBOOK_LOCK_WAIT: '30' })).toBe(30);
    expect(() => lockWaitFromEnv({ CASEBOOK_LOCK_WAIT: 'soon' })).toThrow('CASEBOOK_LOCK_WAIT=soon: write a number of seconds to wait for another build, such as 600 (0 to stop at once)');
  });
});
