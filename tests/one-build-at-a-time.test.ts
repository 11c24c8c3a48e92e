import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stripVTControlCharacters } from 'node:util';
import { PDFDocument } from '@cantoo/pdf-lib';
import { cacheFolder } from '../src/integration/casebook.ts';
import type { CasebookOptions } from '../src/options.ts';
import { root, userEnv } from './helpers/build.ts';

// `npm run build` as users run it, twice at once, killed half-way, and over a damaged report cache: the output
// folder only ever holds a whole site, and no run says it published unless it did.

/** A run of `npm run build` (scripts/build.ts) in the background. */
interface Run {
  pid: number;
  /** Resolves when it has ended, with its exit code (or the signal that killed it) and its output. */
  done: Promise<{ status: number | null; signal: NodeJS.Signals | null; output: string }>;
}

function startBuild(content: string, outDir: string, env: Record<string, string> = {}, { group = false } = {}): Run {
  const child = spawn(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
    cwd: root,
    // In a process group of its own when asked, so the test can kill the build and its astro child together.
    detached: group,
    env: { ...userEnv(), CASEBOOK_CONTENT: content, CASEBOOK_CARDS: 'off', CASEBOOK_REPORTS: 'off', ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return {
    pid: child.pid!,
    done: new Promise((resolve) => child.on('close', (status, signal) => resolve({ status, signal, output: stripVTControlCharacters(output) }))),
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const build = (content: string, outDir: string, env: Record<string, string> = {}) => startBuild(content, outDir, env).done;

/** Waits (without a deadline of its own: the test's timeout is the limit) until `ready()` holds. */
async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await sleep(50);
}

/** Every file of a folder, relative, sorted. */
function fileList(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as { isFile(): boolean; parentPath: string; name: string }[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const SUCCESS = /^\[build\] Complete! .* now holds the new site: \d+ files, checked against the build's manifest\.$/m;
const successes = (output: string) => output.match(new RegExp(SUCCESS.source, 'gm'))?.length ?? 0;

// What every site of the fixture must have, whatever else the reference build wrote.
const ESSENTIAL = ['index.html', '404.html', '_headers', 'api/cases.json', 'api/stats.csv', 'api/stats.json', 'rss.xml', 'search/meta.json', 'sitemap-index.xml', 'cases/penglai-sample/index.html'];

describe('npm run build on one output folder', () => {
  let workspace: string;
  let content: string;
  let edited: string;
  let outDir: string;
  let reference: string[];

  beforeAll(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'casebook-one-build-'));
    // Content folders of the test's own, so its caches are its own too.
    content = path.join(workspace, 'content');
    cpSync(path.join(root, 'tests/fixtures/valid'), content, { recursive: true });
    edited = path.join(workspace, 'edited');
    cpSync(content, edited, { recursive: true });
    const file = path.join(edited, 'cases/penglai-sample.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: 修订后的标题：用于检验中途停止的构建'));
    outDir = path.join(workspace, 'site', 'dist');
  });

  afterAll(() => {
    rmSync(workspace, { recursive: true, force: true });
    for (const folder of [content, edited]) for (const name of ['model', 'search', 'reports']) rmSync(cacheFolder({ root, content: folder } as CasebookOptions, name), { recursive: true, force: true });
  });

  it('refuses a second build (or npm run report) at once, with one line naming the running one and the lock, when told not to wait', async () => {
    const first = startBuild(content, outDir);
    await until(() => existsSync(`${outDir}.lock`));
    const second = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
      cwd: root,
      env: { ...userEnv(), CASEBOOK_CONTENT: content, CASEBOOK_CARDS: 'off', CASEBOOK_REPORTS: 'off', CASEBOOK_LOCK_WAIT: '0' },
      encoding: 'utf8',
    });
    expect(second.status).toBe(1);
    expect(second.stdout).toBe('');
    const lines = second.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^npm run build \\(pid ${first.pid} on \\S+, since [\\d:]+\\) is already working on ${escape(outDir)} \\(lock ${escape(`${outDir}.lock`)}\\); nothing was built\\. Wait for it to finish, or set CASEBOOK_LOCK_WAIT to a number of seconds to wait\\.$`),
    );
    // npm run report respects the same lock.
    const report = spawnSync(process.execPath, ['scripts/report.ts', outDir], {
      cwd: root,
      env: { ...userEnv(), CASEBOOK_CONTENT: content, CASEBOOK_LOCK_WAIT: '0' },
      encoding: 'utf8',
    });
    expect(report.status).toBe(1);
    expect(report.stderr.trim()).toMatch(new RegExp(`^npm run build \\(pid ${first.pid} on \\S+, since [\\d:]+\\) is already working on ${escape(outDir)} \\(lock ${escape(`${outDir}.lock`)}\\); nothing was printed\\.`));
    const result = await first.done;
    expect(result.status, result.output).toBe(0);
    expect(successes(result.output)).toBe(1);
    reference = fileList(outDir);
    expect(reference).toEqual(expect.arrayContaining(ESSENTIAL));
    expect(reference.some((file) => file.startsWith('_astro/'))).toBe(true);
    expect(existsSync(`${outDir}.lock`)).toBe(false);
  }, 180_000);

  it('runs two builds started together one after the other: both publish a whole site, and only after publishing say so', async () => {
    const runs = await Promise.all([build(content, outDir), build(content, outDir)]);
    for (const run of runs) {
      expect(run.status, run.output).toBe(0);
      expect(successes(run.output), run.output).toBe(1);
      // Astro's own `Complete!` comes before the site is checked and swapped in: only the run's own line says it.
      expect(run.output.match(/Complete!/g)).toHaveLength(1);
    }
    expect(runs.filter((run) => /is already working on .* waiting for it to finish/.test(run.output))).toHaveLength(1);
    expect(fileList(outDir)).toEqual(reference);
    for (const neighbour of ['lock', 'next', 'previous']) expect(existsSync(`${outDir}.${neighbour}`)).toBe(false);
  }, 180_000);

  it('keeps the last good site when a build is stopped with SIGTERM, and leaves no lock', async () => {
    const before = readFileSync(path.join(outDir, 'cases/penglai-sample/index.html'), 'utf8');
    const run = startBuild(edited, outDir);
    await until(() => existsSync(`${outDir}.next`));
    process.kill(run.pid, 'SIGTERM');
    const result = await run.done;
    expect(result.status).toBe(143);
    expect(result.output).toMatch(/The build was stopped \(SIGTERM\); .*dist still holds the last good site\.\n/);
    expect(successes(result.output)).toBe(0);
    expect(fileList(outDir)).toEqual(reference);
    expect(readFileSync(path.join(outDir, 'cases/penglai-sample/index.html'), 'utf8')).toBe(before);
    for (const neighbour of ['lock', 'next']) expect(existsSync(`${outDir}.${neighbour}`)).toBe(false);
  }, 180_000);

  it('keeps the last good site when a build is killed with SIGKILL, and the next build takes over its stale lock', async () => {
    const before = readFileSync(path.join(outDir, 'cases/penglai-sample/index.html'), 'utf8');
    const run = startBuild(edited, outDir, {}, { group: true });
    await until(() => existsSync(`${outDir}.next`));
    process.kill(-run.pid, 'SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    expect(fileList(outDir)).toEqual(reference);
    expect(readFileSync(path.join(outDir, 'cases/penglai-sample/index.html'), 'utf8')).toBe(before);
    // Nothing could clean up after SIGKILL: the lock is still there, naming processes that are gone.
    expect(existsSync(`${outDir}.lock`)).toBe(true);

    const next = await build(edited, outDir);
    expect(next.status, next.output).toBe(0);
    expect(next.output).toMatch(new RegExp(`dist\\.lock was left by npm run build \\(pid ${run.pid} on .+\\), which is no longer running: taking it over\\.`));
    expect(successes(next.output)).toBe(1);
    expect(readFileSync(path.join(outDir, 'cases/penglai-sample/index.html'), 'utf8')).toContain('修订后的标题');
    // The same files; the search index's names carry a hash of their content, which the edit changed.
    const unhashed = (files: string[]) => files.map((file) => file.replace(/^(search\/\w+\/\d+)\.[0-9a-f]+\.json$/, '$1.json'));
    expect(unhashed(fileList(outDir))).toEqual(unhashed(reference));
    for (const neighbour of ['lock', 'next', 'previous']) expect(existsSync(`${outDir}.${neighbour}`)).toBe(false);
  }, 180_000);

  it('says the last good site is still there when a build of bad content fails', async () => {
    const before = fileList(outDir);
    const failed = await build(path.join(root, 'tests/fixtures/broken'), outDir);
    expect(failed.status).toBe(1);
    expect(failed.output).toMatch(/The build failed; .*dist still holds the last good site\.\n/);
    expect(successes(failed.output)).toBe(0);
    expect(fileList(outDir)).toEqual(before);
  }, 120_000);
});

describe('a damaged PDF in the report cache', () => {
  let workspace: string;
  let content: string;

  beforeAll(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'casebook-report-cache-'));
    content = path.join(workspace, 'content');
    cpSync(path.join(root, 'tests/fixtures/valid'), content, { recursive: true });
  });

  afterAll(() => {
    rmSync(workspace, { recursive: true, force: true });
    for (const name of ['model', 'search', 'reports']) rmSync(cacheFolder({ root, content } as CasebookOptions, name), { recursive: true, force: true });
  });

  it('is dropped and printed again, never published', async () => {
    const outDir = path.join(workspace, 'dist');
    const first = await build(content, outDir, { CASEBOOK_REPORTS: 'on' });
    expect(first.status, first.output).toBe(0);
    const pdfs = readdirSync(path.join(outDir, 'reports')).filter((name) => name.endsWith('.pdf')).sort();
    expect(pdfs).toEqual(['casebook.pdf', 'penglai-chain.pdf']);
    const pages = async (file: string) => (await PDFDocument.load(readFileSync(file))).getPageCount();
    const printedPages = await Promise.all(pdfs.map((name) => pages(path.join(outDir, 'reports', name))));

    // Plant damaged copies under the cache's keys: one that is no PDF at all, one cut short. New files, not
    // writes into the cached ones (which are hard links of the published PDFs).
    const cache = cacheFolder({ root, content } as CasebookOptions, 'reports');
    const cached = readdirSync(cache).filter((name) => name.endsWith('.pdf')).sort();
    expect(cached).toHaveLength(2);
    const whole = cached.map((name) => readFileSync(path.join(cache, name)));
    rmSync(path.join(cache, cached[0]!));
    writeFileSync(path.join(cache, cached[0]!), '<!doctype html><title>404</title><p>The page you were printing is no longer there.</p>');
    rmSync(path.join(cache, cached[1]!));
    writeFileSync(path.join(cache, cached[1]!), whole[1]!.subarray(0, whole[1]!.length >> 1));

    const second = await build(content, outDir, { CASEBOOK_REPORTS: 'on' });
    expect(second.status, second.output).toBe(0);
    expect(second.output).toMatch(/reports\/\S+\.pdf: the cached copy is not a PDF \(no %PDF- header\), dropped; printed again/);
    expect(second.output).toMatch(/reports\/\S+\.pdf: the cached copy is cut short \(no %%EOF at its end\), dropped; printed again/);
    expect(second.output).not.toMatch(/unchanged, from cache/);
    // The published PDFs are whole, with the pages they had, and so is the cache again.
    expect(await Promise.all(pdfs.map((name) => pages(path.join(outDir, 'reports', name))))).toEqual(printedPages);
    for (const name of readdirSync(cache).filter((file) => file.endsWith('.pdf'))) expect((await pages(path.join(cache, name))) > 0).toBe(true);

    const third = await build(content, outDir, { CASEBOOK_REPORTS: 'on' });
    expect(third.status, third.output).toBe(0);
    expect(third.output.match(/unchanged, from cache/g)).toHaveLength(2);
  }, 240_000);
});
