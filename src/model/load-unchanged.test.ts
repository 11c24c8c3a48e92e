import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ModelCache } from './cache.ts';
import { loadCasebook } from './load.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CASE = 'cases/rochester-tower280.mdx';

/** A copy of the English fixture casebook and a model cache folder, removed after the test. */
async function casebook() {
  const folder = await mkdtemp(path.join(tmpdir(), 'casebook-unchanged-'));
  onTestFinished(() => rm(folder, { recursive: true, force: true }));
  await cp(path.join(root, 'tests/fixtures/casebooks/en'), path.join(folder, 'en'), { recursive: true });
  return { folder, cacheDir: path.join(folder, 'model') };
}

/** Loads the casebook with the cache, as a build does, and saves the cache; `later` ms after now (files look older). */
async function load(folder: string, cacheDir: string, later = 10_000) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + later);
  const cache = await ModelCache.open(cacheDir);
  const loaded = await loadCasebook(folder, 'en', cache);
  vi.useRealTimers();
  await cache.save();
  return { loaded, unchanged: cache.files.unchanged };
}

const bodyOf = (loaded: Awaited<ReturnType<typeof loadCasebook>>) => loaded.cases.find((entry) => entry.file.endsWith(CASE))!.body;

describe('a rebuild reads only the case files that changed', () => {
  afterEach(() => vi.useRealTimers());

  it('takes unchanged files from the cache without reading them, and reads an edited one', async () => {
    const { folder, cacheDir } = await casebook();
    const first = await load(folder, cacheDir);
    expect(first.unchanged).toBe(0);
    const second = await load(folder, cacheDir);
    expect(second.unchanged).toBe(first.loaded.cases.length);
    expect(second.loaded.cases.map((entry) => [entry.id, entry.digest, entry.parsed.html])).toEqual(first.loaded.cases.map((entry) => [entry.id, entry.digest, entry.parsed.html]));

    const file = path.join(folder, 'en', CASE);
    await writeFile(file, `${await readFile(file, 'utf8')}\nA sentence added.\n`);
    const third = await load(folder, cacheDir);
    expect(third.unchanged).toBe(first.loaded.cases.length - 1);
    expect(bodyOf(third.loaded)).toContain('A sentence added.');
  });

  it('sees an edit that keeps the size and sets the modification time back (touch -d), by the change time', async () => {
    const { folder, cacheDir } = await casebook();
    await load(folder, cacheDir);
    const file = path.join(folder, 'en', CASE);
    const before = await stat(file, { bigint: true });
    const text = await readFile(file, 'utf8');
    // Two letters of a word in the body swapped: the same size.
    const bodyStart = text.indexOf('\n---\n', 4) + 5;
    const at = bodyStart + text.slice(bodyStart).search(/\b(?!(\w)\1)[a-z]{2}/);
    const edited = text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
    expect(edited).not.toBe(text);
    expect(BigInt(Buffer.byteLength(edited))).toBe(before.size);
    await writeFile(file, edited);
    const seconds = before.mtimeNs / 1_000_000_000n;
    execFileSync('touch', ['-m', '-d', `@${seconds}.${String(before.mtimeNs - seconds * 1_000_000_000n).padStart(9, '0')}`, file]);
    expect((await stat(file, { bigint: true })).mtimeNs).toBe(before.mtimeNs);
    const { loaded } = await load(folder, cacheDir);
    expect(bodyOf(loaded)).toBe(bodyOf(await loadCasebook(folder, 'en')));
    expect(loaded.cases.find((entry) => entry.file.endsWith(CASE))!.data).toEqual((await loadCasebook(folder, 'en')).cases.find((entry) => entry.file.endsWith(CASE))!.data);
  });

  it('reads again a file changed less than two seconds before it was recorded, whose next edit could keep every field', async () => {
    const { folder, cacheDir } = await casebook();
    const first = await load(folder, cacheDir, 0);
    expect(first.unchanged).toBe(0);
    // Recorded while young, so not trusted: read again (and recorded now that it is old).
    expect((await load(folder, cacheDir)).unchanged).toBe(0);
    expect((await load(folder, cacheDir)).unchanged).toBe(first.loaded.cases.length);
  });
});
