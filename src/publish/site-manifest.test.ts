import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { neighbours, recordPublished, settleOutput, swapIn, whatIsLeft } from './output-folder.ts';
import { checkSite, CORE_FILES, describeProblems, lostCases, type SiteManifest } from './site-manifest.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'casebook-manifest-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(root: string, file: string, text = 'x'): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** A small whole site in `root`: the core files, a search index with one shard, a sitemap, a page linking to a style sheet and a PDF. */
function site(root: string): SiteManifest {
  for (const file of CORE_FILES) write(root, file);
  write(root, 'search/meta.json', JSON.stringify({ files: 'files/abc', shardCount: 1, docCount: 1 }));
  for (const file of ['search/files/abc/shards/0.json', 'search/files/abc/docs/0.json', 'search/files/abc/fuzzy.json', 'search/files/abc/pinyin.json']) write(root, file);
  write(root, 'sitemap-index.xml', '<sitemapindex><sitemap><loc>https://example.org/casebook/sitemap-0.xml</loc></sitemap></sitemapindex>');
  write(root, 'sitemap-0.xml');
  write(root, 'cases/a/index.html', '<link rel="stylesheet" href="/casebook/_astro/a.css"><a href="/casebook/reports/a.pdf">PDF</a><a href="/casebook/cases/">all</a><img src="/casebook/cards/a.png">');
  write(root, '_astro/a.css');
  write(root, 'reports/a.pdf', '%PDF-1.7 …');
  write(root, 'cards/a.png');
  return { files: ['index.html', 'cases/a/index.html', 'reports/a.pdf', 'cards/a.png'], base: '/casebook/', cards: true, reports: true };
}

describe('checkSite', () => {
  it('finds nothing wrong with a whole site, and counts its files', () => {
    const manifest = site(dir);
    expect(checkSite(dir, manifest)).toEqual({ files: CORE_FILES.length + 4 + 1 + 4, problems: [] });
  });

  it('names each missing file, and the page that links to it', () => {
    const manifest = site(dir);
    for (const file of ['404.html', '_astro/a.css', 'search/files/abc/shards/0.json', 'sitemap-0.xml', 'cards/a.png']) rmSync(path.join(dir, file));
    expect(checkSite(dir, manifest).problems).toEqual([
      { file: '404.html', problem: 'missing' },
      { file: 'cards/a.png', problem: 'missing' },
      { file: 'search/files/abc/shards/0.json', problem: 'missing', linkedFrom: 'search/meta.json' },
      { file: 'sitemap-0.xml', problem: 'missing', linkedFrom: 'sitemap-index.xml' },
      { file: '_astro/a.css', problem: 'missing', linkedFrom: 'cases/a/index.html' },
    ]);
  });

  it('requires no PDF or card the build was not asked for, though pages link to them', () => {
    const manifest = site(dir);
    rmSync(path.join(dir, 'reports/a.pdf'));
    rmSync(path.join(dir, 'cards/a.png'));
    const off = { ...manifest, files: ['index.html', 'cases/a/index.html'], cards: false, reports: false };
    expect(checkSite(dir, off).problems).toEqual([]);
  });

  it('refuses a PDF of the manifest that is not one', () => {
    const manifest = site(dir);
    write(dir, 'reports/a.pdf', '<!doctype html>');
    expect(checkSite(dir, manifest).problems).toEqual([{ file: 'reports/a.pdf', problem: 'not a PDF' }]);
  });

  it('without a manifest, still requires the core files', () => {
    expect(checkSite(dir).problems.map((problem) => problem.file)).toEqual(CORE_FILES);
  });
});

describe('describeProblems', () => {
  it('lists a few problems on one line and counts the rest', () => {
    const problems = ['a', 'b', 'c', 'd'].map((file) => ({ file, problem: 'missing' as const }));
    expect(describeProblems(problems, 2)).toBe('a missing; b missing; and 2 more');
    expect(describeProblems([{ file: 'x.css', problem: 'missing', linkedFrom: 'index.html' }])).toBe('x.css missing (linked from index.html)');
  });
});

describe('the output folder', () => {
  it('swaps the new site in and leaves no neighbour behind', async () => {
    const outDir = path.join(dir, 'dist');
    write(outDir, 'index.html', 'old');
    write(neighbours(outDir).next, 'index.html', 'new');
    await swapIn(outDir);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(neighbours(outDir).next) || existsSync(neighbours(outDir).previous)).toBe(false);
    // The old site is deleted by a process of its own, which outlives the swap.
    const others = () => readdirSync(dir).filter((name) => name !== 'dist');
    for (let waited = 0; others().length > 0 && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(others()).toEqual([]);
  });

  it('deletes what a killed deletion left of an old site, and leaves one a deletion may still be working on', () => {
    const outDir = path.join(dir, 'dist');
    write(outDir, 'index.html', 'site');
    const killed = `${outDir}.old-${Date.now() - 3_600_000}-0a0b0c0d`;
    const recent = `${outDir}.old-${Date.now()}-0e0f0a0b`;
    write(killed, 'index.html', 'half');
    write(recent, 'index.html', 'going');
    settleOutput(outDir);
    expect(existsSync(killed)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });

  it('puts the last site back after a swap killed between its renames', () => {
    const outDir = path.join(dir, 'dist');
    write(neighbours(outDir).previous, 'index.html', 'last');
    write(neighbours(outDir).next, 'index.html', 'half');
    expect(settleOutput(outDir)).toMatch(/dist was missing after an interrupted swap: restored the last site from .*dist\.previous\.$/);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('last');
    expect(existsSync(neighbours(outDir).next)).toBe(false);
    expect(settleOutput(outDir)).toBeUndefined();
  });

  it('says the last good site is still there only when it is whole', () => {
    const outDir = path.join(dir, 'dist');
    expect(whatIsLeft(dir, outDir)).toMatch(/^nothing was published, and there is no site in .*dist yet$/);
    write(outDir, 'index.html');
    expect(whatIsLeft(dir, outDir)).toMatch(/dist was left as it was, but it is not a complete site either \(404\.html missing; _headers missing; search\/meta\.json missing; and 5 more\)$/);
    const manifest = site(outDir);
    expect(whatIsLeft(dir, outDir)).toMatch(/dist still holds the last good site$/);
    // Against the manifest it was published with: a file of it gone is noticed.
    recordPublished(dir, outDir, manifest);
    rmSync(path.join(outDir, 'reports/a.pdf'));
    expect(whatIsLeft(dir, outDir)).toMatch(/not a complete site either \(reports\/a\.pdf missing\)$/);
  });
});

describe('a site that publishes fewer cases than the last good one', () => {
  const manifest = (cases: string[]): SiteManifest => ({ files: ['index.html', ...cases.map((id) => `cases/${id}/index.html`), 'cases/index.html'], base: '/', cards: false, reports: false });

  it('says how many fewer and names the cases no longer published', () => {
    expect(lostCases(manifest(['a', 'b', 'c']), manifest(['a']))).toBe(
      'the new site publishes 1 case, 2 fewer than the last good site (3); no longer published: b, c. If that is not meant, check those files (deleted, made drafts, or saved during the build) and build again',
    );
  });

  it('says nothing when no case went, a case was renamed, or there was no site before', () => {
    expect(lostCases(manifest(['a', 'b']), manifest(['a', 'b', 'c']))).toBeUndefined();
    expect(lostCases(manifest(['a', 'b']), manifest(['a', 'd']))).toBeUndefined();
    expect(lostCases(undefined, manifest(['a']))).toBeUndefined();
  });
});
