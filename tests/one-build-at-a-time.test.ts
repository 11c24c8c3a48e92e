import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stripVTControlCharacters } from 'node:util';
import { PDFDocument } from '@cantoo/pdf-lib';
import { cacheFolder } from '../src/integration/casebook.ts';
import { optionsFromEnv } from '../src/options.ts';
import { root, userEnv } from './helpers/build.ts';

// `npm run build` as users run it, with a real Astro build: a second run is refused while it works, and it then
// publishes a whole site; and a damaged report cache. Two builds at once, a build stopped or killed half-way are
// tried around a stand-in for Astro in src/publish/one-build-at-a-time.test.ts: what the lock and the swap do
// does not depend on what Astro builds.

/** A run of `npm run build` (scripts/build.ts) in the background. */
interface Run {
  pid: number;
  /** Resolves when it has ended, with its exit code (or the signal that killed it) and its output. */
  done: Promise<{ status: number | null; signal: NodeJS.Signals | null; output: string }>;
}

function startBuild(content: string, outDir: string, env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
    cwd: root,
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

/** The stores of a content folder, as the builds over it compute them. */
const storeRootOf = (content: string) => path.dirname(cacheFolder(optionsFromEnv(root, { CASEBOOK_CONTENT: content }), 'model'));

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
  let outDir: string;

  beforeAll(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'casebook-one-build-'));
    // Content folders of the test's own, so its caches are its own too.
    content = path.join(workspace, 'content');
    cpSync(path.join(root, 'tests/fixtures/valid'), content, { recursive: true });
    outDir = path.join(workspace, 'site', 'dist');
  });

  afterAll(() => {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(storeRootOf(content), { recursive: true, force: true });
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
    const published = fileList(outDir);
    expect(published).toEqual(expect.arrayContaining(ESSENTIAL));
    expect(published.some((file) => file.startsWith('_astro/'))).toBe(true);
    for (const neighbour of ['lock', 'lock-owner.json', 'next', 'previous']) expect(existsSync(`${outDir}.${neighbour}`)).toBe(false);
  }, 180_000);

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
    rmSync(storeRootOf(content), { recursive: true, force: true });
  });

  it('is dropped and printed again, never published', async () => {
    const outDir = path.join(workspace, 'dist');
    const first = await build(content, outDir, { CASEBOOK_REPORTS: 'on' });
    expect(first.status, first.output).toBe(0);
    const pdfs = readdirSync(path.join(outDir, 'reports')).filter((name) => name.endsWith('.pdf')).sort();
    expect(pdfs).toEqual(['casebook.pdf', 'penglai-chain.pdf']);
    const pages = async (file: string) => (await PDFDocument.load(readFileSync(file))).getPageCount();
    const printedPages = await Promise.all(pdfs.map((name) => pages(path.join(outDir, 'reports', name))));

    // Plant damaged copies under the store's names: one that is no PDF at all, one cut short. New files, not
    // writes into the stored ones (which are hard links of the published PDFs).
    const pdfStore = path.join(cacheFolder(optionsFromEnv(root, { CASEBOOK_CONTENT: content }), 'reports'), 'pdf');
    const [code] = readdirSync(pdfStore);
    const cache = path.join(pdfStore, code!);
    const cached = readdirSync(cache).filter((name) => name.endsWith('.pdf')).sort();
    expect(cached).toHaveLength(2);
    const whole = cached.map((name) => readFileSync(path.join(cache, name)));
    rmSync(path.join(cache, cached[0]!));
    writeFileSync(path.join(cache, cached[0]!), '<!doctype html><title>404</title><p>The page you were printing is no longer there.</p>');
    rmSync(path.join(cache, cached[1]!));
    writeFileSync(path.join(cache, cached[1]!), whole[1]!.subarray(0, whole[1]!.length >> 1));

    // npm run report over the built site takes the same store as the build: no second Astro build is needed.
    const report = () => spawnSync(process.execPath, ['scripts/report.ts', outDir], { cwd: root, env: { ...userEnv(), CASEBOOK_CONTENT: content }, encoding: 'utf8' });
    const second = report();
    const said = `${second.stdout}${second.stderr}`;
    expect(second.status, said).toBe(0);
    expect(said).toMatch(/reports\/\S+\.pdf: the cached copy is not a PDF \(no %PDF- header\), dropped; printed again/);
    expect(said).toMatch(/reports\/\S+\.pdf: the cached copy is cut short \(no %%EOF at its end\), dropped; printed again/);
    expect(said).not.toMatch(/unchanged, from cache/);
    // The published PDFs are whole, with the pages they had, and so is the store again.
    expect(await Promise.all(pdfs.map((name) => pages(path.join(outDir, 'reports', name))))).toEqual(printedPages);
    for (const name of readdirSync(cache).filter((file) => file.endsWith('.pdf'))) expect((await pages(path.join(cache, name))) > 0).toBe(true);

    const third = report();
    expect(third.status, third.stderr).toBe(0);
    expect(third.stdout.match(/unchanged, from cache/g)).toHaveLength(2);
  }, 240_000);
});
