import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishedView, type ViewableModel } from '../../view/published.ts';
import { statisticSchema } from '../../model/schemas/statistic.ts';
import type { Casebook, LoadedCase } from '../../model/load.ts';
import { loadedCase } from '../../model/loaded-case.fixture.ts';
import { caseDataFiles, premakeDataFiles, publishDataFiles, stageCaseFiles } from './case-files.ts';
import { existsSync } from 'node:fs';
import { casesJson } from './cases.ts';
import { toCsv, toJson } from './stats.ts';
import { site } from '../../site.config.ts';

const stat = (id: string, figure: string) => statisticSchema.parse({ id, subject: '园区', metric: '项目数', figure, source: 's' });

const makeCase = (id: string, digest: string, figure: string): LoadedCase => loadedCase(id, { date: new Date('2024-03-01'), stats: [stat('n', figure)] }, { digest });

const modelOf = (cases: LoadedCase[]): ViewableModel => ({
  casebook: {
    cases,
    series: [{ id: 'chain', file: 'content/series/chain.yaml', data: { title: '链', order: 1 } }],
    sources: [{ id: 's', data: {} }],
    thesaurus: [],
    settings: { kinds: { park: '经济园区' } },
  } as unknown as Casebook,
  verifications: new Map(),
});

const folders: string[] = [];
const folder = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `casebook-data-${name}-`));
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('data files', () => {
  const store = folder('store');
  const first = publishedView(modelOf([makeCase('a', 'd1', '7个'), makeCase('b', 'd1', '9个')]));

  it('writes every case\'s files, as caseDataFiles makes them, and the casebook-wide files streamed', async () => {
    const out = folder('out');
    const result = await publishDataFiles(first, out, store);
    const expected = [
      ...caseDataFiles(first),
      { path: 'api/cases.json', body: casesJson(first.cases, site.url) },
      { path: 'api/stats.json', body: toJson(first.statRows.rows, site.url) },
      { path: 'api/stats.csv', body: toCsv(first.statRows.rows) },
    ];
    expect(result.paths.sort()).toEqual(expected.map((file) => file.path).sort());
    for (const file of expected) expect(readFileSync(path.join(out, file.path), 'utf8')).toBe(file.body);
    expect(JSON.parse(readFileSync(path.join(out, 'api/stats.json'), 'utf8')).statistics.map((row: { figure: string }) => row.figure)).toEqual(['7个', '9个']);
    expect(result.made).toBe(expected.length);
  });

  it('makes nothing again when nothing changed, and only the edited case\'s files after an edit', async () => {
    const again = await publishDataFiles(publishedView(modelOf([makeCase('a', 'd1', '7个'), makeCase('b', 'd1', '9个')])), folder('out'), store);
    expect(again.made).toBe(0);
    const out = folder('out');
    const edited = publishedView(modelOf([makeCase('a', 'd1', '7个'), makeCase('b', 'd2', '8个')]));
    const afterEdit = await publishDataFiles(edited, out, store);
    // The five files of case b and the three casebook-wide files; the reports' references are unchanged (same dates and titles).
    expect(afterEdit.made).toBe(8);
    expect(readFileSync(path.join(out, 'api/cases/b.csv'), 'utf8')).toContain('8');
    expect(readFileSync(path.join(out, 'api/stats.csv'), 'utf8')).toContain('8个');
    expect(readdirSync(path.join(out, 'api/cases')).sort()).toEqual(['a.bib', 'a.csl.json', 'a.csv', 'a.json', 'a.ris', 'b.bib', 'b.csl.json', 'b.csv', 'b.json', 'b.ris']);
  });

  it("makes a case's files again when a stored one was lost", async () => {
    const view = publishedView(modelOf([makeCase('a', 'd3', '7个')]));
    await publishDataFiles(view, folder('out'), store);
    const out = folder('out');
    await publishDataFiles(view, out, store);
    const stored = readdirSync(path.join(store), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.csv') && statSync(path.join(entry.parentPath, entry.name)).size > 0);
    // The case's CSV and the casebook's: both are made again, and the case's other four files with its own.
    expect(stored).toHaveLength(2);
    for (const entry of stored) rmSync(path.join(entry.parentPath, entry.name));
    const repaired = await publishDataFiles(view, out, store);
    expect(repaired.made).toBe(6);
  });

  it('makes the cases’ files in a worker thread ahead of time, the files the build would make', async () => {
    const view = publishedView(modelOf([makeCase('a', 'd4', '3个'), makeCase('b', 'd4', '5个'), makeCase('c', 'd4', '8个')]));
    const early = folder('store');
    const warnings: string[] = [];
    const work = premakeDataFiles(view, early, (message) => warnings.push(message), 0)!;
    expect(work.jobs).toBe(3);
    await work.done;
    expect(warnings).toEqual([]);
    // Only the casebook-wide files and the reports' references are left to make, and every file is as made here.
    const out = folder('out');
    const result = await publishDataFiles(view, out, early);
    const cases = caseDataFiles(view).filter((file) => file.path.startsWith('api/cases/'));
    expect(result.made).toBe(result.paths.length - cases.length);
    for (const file of cases) expect(readFileSync(path.join(out, file.path), 'utf8')).toBe(file.body);
    // A later build finds them all: nothing is handed to a worker.
    expect(premakeDataFiles(view, early, (message) => warnings.push(message), 0)).toBeUndefined();
  });

  it('moves the case files a worker placed during the rendering into the site at once, and places them itself when they do not match', async () => {
    const view = publishedView(modelOf([makeCase('a', 'd5', '4个'), makeCase('b', 'd5', '6个')]));
    const stagedStore = folder('store');
    const plain = folder('out');
    await publishDataFiles(view, plain, stagedStore);
    const warnings: string[] = [];
    const staged = stageCaseFiles(view, stagedStore, (message) => warnings.push(message), 0)!;
    const finished = await staged.work.done;
    expect(warnings).toEqual([]);
    expect(finished).toBe(10);
    const out = folder('out');
    const result = await publishDataFiles(view, out, stagedStore, { ...staged, finished });
    expect(result.made).toBe(0);
    expect(existsSync(staged.folder)).toBe(false);
    for (const file of result.paths) expect(readFileSync(path.join(out, file), 'utf8')).toBe(readFileSync(path.join(plain, file), 'utf8'));
    // Staged for another casebook (an edit since): not moved, the files placed one by one, the staging removed.
    const again = stageCaseFiles(view, stagedStore, (message) => warnings.push(message), 0)!;
    const edited = publishedView(modelOf([makeCase('a', 'd6', '5个'), makeCase('b', 'd5', '6个')]));
    const other = folder('out');
    const afterEdit = await publishDataFiles(edited, other, stagedStore, { ...again, finished: await again.work.done });
    expect(afterEdit.made).toBeGreaterThan(0);
    expect(readFileSync(path.join(other, 'api/cases/a.csv'), 'utf8')).toContain('5个');
    expect(existsSync(again.folder)).toBe(false);
  });
});
