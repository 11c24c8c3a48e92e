import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { CORE_FILES } from './site-manifest.ts';
import { STALE_MS } from './lock.ts';

// `npm run build` (scripts/build.ts, as users run it) in a project folder whose `astro build` is a stand-in that
// writes a site and, in mode `wait`, waits for the test to let it finish: two builds at once, a build stopped
// with SIGTERM or killed with SIGKILL. What the lock and the swap do does not depend on what Astro builds, so
// no real build is needed here (tests/one-build-at-a-time.test.ts keeps one real one).
const FAKE_ASTRO = `
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
const outDir = process.argv[process.argv.indexOf('--outDir') + 1];
const core = ${JSON.stringify(CORE_FILES)};
for (const file of core) {
  mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
  writeFileSync(path.join(outDir, file), process.env.FAKE_TEXT + ' ' + file);
}
if (process.env.FAKE_WAIT) while (!existsSync(process.env.FAKE_WAIT)) await sleep(20);
console.log('12:00:00 [build] Complete!');
writeFileSync(process.env.CASEBOOK_BUILD_MANIFEST, JSON.stringify({ files: core, base: '/', cards: false, reports: false }));
`;

const BUILD_SCRIPT = fileURLToPath(new URL('../../scripts/build.ts', import.meta.url));
const SUCCESS = /^\[build\] Complete! .* now holds the new site: \d+ files, checked against the build's manifest\.$/m;

let root: string;
let outDir: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'casebook-one-build-'));
  mkdirSync(path.join(root, 'node_modules/astro/bin'), { recursive: true });
  writeFileSync(path.join(root, 'node_modules/astro/bin/astro.mjs'), FAKE_ASTRO);
  outDir = path.join(root, 'dist');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

interface Run {
  pid: number;
  /** What it has printed so far. */
  output(): string;
  done: Promise<{ status: number | null; signal: NodeJS.Signals | null; output: string }>;
}

/** `npm run build -- --outDir dist` in the fake project; the stand-in writes `text` into each file. */
function startBuild(text: string, { wait, env = {} }: { wait?: string; env?: Record<string, string> } = {}): Run {
  const child = spawn(process.execPath, [BUILD_SCRIPT, '--outDir', outDir], {
    cwd: root,
    // A process group of its own, so the test can kill the build and its child together (as a SIGKILL of a terminal's job does).
    detached: true,
    env: { PATH: process.env.PATH, FAKE_TEXT: text, ...(wait ? { FAKE_WAIT: wait } : {}), ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return { pid: child.pid!, output: () => output, done: new Promise((resolve) => child.on('close', (status, signal) => resolve({ status, signal, output }))) };
}

async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await sleep(20);
}

const index = () => readFileSync(path.join(outDir, 'index.html'), 'utf8');

describe('npm run build on one output folder', () => {
  it('refuses a second build at once when told not to wait, with one line naming the running one and the lock', async () => {
    const go = path.join(root, 'go');
    const first = startBuild('first', { wait: go });
    await until(() => existsSync(`${outDir}.next/index.html`));
    const second = spawnSync(process.execPath, [BUILD_SCRIPT, '--outDir', outDir], { cwd: root, env: { PATH: process.env.PATH, FAKE_TEXT: 'second', CASEBOOK_LOCK_WAIT: '0' }, encoding: 'utf8' });
    expect(second.status).toBe(1);
    expect(second.stdout).toBe('');
    expect(second.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^npm run build \\(pid ${first.pid} on \\S+, since [\\d:]+\\) is already working on .*dist \\(lock .*dist\\.lock\\); nothing was built\\. Wait for it to finish, or set CASEBOOK_LOCK_WAIT to a number of seconds to wait\\.$`)),
    ]);
    writeFileSync(go, '');
    const result = await first.done;
    expect(result.status, result.output).toBe(0);
    expect(index()).toBe('first index.html');
    expect(existsSync(`${outDir}.lock`)).toBe(false);
  });

  it('runs two builds started together one after the other: both publish a whole site, and only then say so', async () => {
    // Whichever takes the lock first holds it until the other says it waits.
    const go = path.join(root, 'go');
    const started = [startBuild('a', { wait: go }), startBuild('b', { wait: go })];
    await until(() => started.some((run) => run.output().includes('waiting for it to finish')));
    writeFileSync(go, '');
    const runs = await Promise.all(started.map((run) => run.done));
    for (const run of runs) {
      expect(run.status, run.output).toBe(0);
      expect(run.output.match(new RegExp(SUCCESS.source, 'gm')), run.output).toHaveLength(1);
    }
    expect(runs.filter((run) => /is already working on .* waiting for it to finish/.test(run.output))).toHaveLength(1);
    for (const neighbour of ['lock', 'lock-owner.json', 'next', 'previous']) expect(existsSync(`${outDir}.${neighbour}`)).toBe(false);
  });

  it('keeps the last good site when a build is stopped with SIGTERM, and leaves no lock', async () => {
    expect((await startBuild('good').done).status).toBe(0);
    const run = startBuild('stopped', { wait: path.join(root, 'never') });
    await until(() => existsSync(`${outDir}.next/index.html`));
    process.kill(run.pid, 'SIGTERM');
    const result = await run.done;
    expect(result.status).toBe(143);
    expect(result.output).toMatch(/The build was stopped \(SIGTERM\); .*dist still holds the last good site\.\n/);
    expect(result.output).not.toMatch(SUCCESS);
    expect(index()).toBe('good index.html');
    for (const neighbour of ['lock', 'next']) expect(existsSync(`${outDir}.${neighbour}`)).toBe(false);
  });

  it('keeps the last good site when a build is killed with SIGKILL, and the next build takes over its lock once stale', async () => {
    expect((await startBuild('good').done).status).toBe(0);
    const run = startBuild('killed', { wait: path.join(root, 'never') });
    await until(() => existsSync(`${outDir}.next/index.html`));
    process.kill(-run.pid, 'SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    expect(index()).toBe('good index.html');
    // Nothing could clean up after SIGKILL: the lock is still there, and nobody refreshes it. As if it were
    // STALE_MS later:
    expect(existsSync(`${outDir}.lock`)).toBe(true);
    const old = new Date(Date.now() - STALE_MS - 1000);
    utimesSync(`${outDir}.lock`, old, old);
    const next = await startBuild('next').done;
    expect(next.status, next.output).toBe(0);
    expect(next.output).toMatch(new RegExp(`dist\\.lock was left by npm run build \\(pid ${run.pid} on .+\\), which is no longer running: taking it over\\.`));
    expect(index()).toBe('next index.html');
    for (const neighbour of ['lock', 'next', 'previous']) expect(existsSync(`${outDir}.${neighbour}`)).toBe(false);
  });
});
