import { describe, expect, it, onTestFinished } from 'vitest';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { COLLECTION_RULES, isIgnoredName, listCollection, listTree } from './collection-files.ts';
import { formatDiagnostic } from '../diagnostics.ts';

/** A fresh project folder with the given files (`name: text`, or `-> target` for a link), removed after the test. */
async function project(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'casebook-collection-'));
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    await mkdir(path.dirname(file), { recursive: true });
    if (content.startsWith('-> ')) await symlink(content.slice(3), file);
    else await writeFile(file, content);
  }
  return root;
}

describe('listCollection', () => {
  it('reports a case file with another extension or letter case, never skips it', async () => {
    const root = await project({
      'content/cases/ok.mdx': '',
      'content/cases/x.MDX': '',
      'content/cases/y.md': '',
      'content/cases/z.txt': '',
      'content/cases/notes': '',
    });
    const listing = await listCollection(root, 'content/cases', COLLECTION_RULES.cases);
    expect(listing.files.map((file) => [file.id, file.file])).toEqual([['ok', 'content/cases/ok.mdx']]);
    expect(listing.diagnostics.map(formatDiagnostic)).toEqual([
      'content/cases/notes:1:1 a case file must end in .mdx: rename it to notes.mdx, or move it out of content/cases/',
      'content/cases/x.MDX:1:1 a case file must end in .mdx (lower case): rename it to x.mdx',
      'content/cases/y.md:1:1 a case file must end in .mdx: rename it to y.mdx, or move it out of content/cases/',
      'content/cases/z.txt:1:1 a case file must end in .mdx: rename it to z.mdx, or move it out of content/cases/',
    ]);
  });

  it('passes over the files editors and operating systems leave, and only those', async () => {
    const root = await project({
      'content/cases/ok.mdx': '',
      'content/cases/.DS_Store': '',
      'content/cases/.gitkeep': '',
      'content/cases/ok.mdx~': '',
      'content/cases/#ok.mdx#': '',
      'content/cases/.#ok.mdx': '-> user@host.1234:1700000000',
      'content/cases/.ok.mdx.swp': '',
      'content/cases/ok.swp': '',
      'content/cases/ok.mdx___jb_tmp___': '',
      'content/cases/Thumbs.db': '',
      'content/cases/.git/HEAD': '',
    });
    const listing = await listCollection(root, 'content/cases', COLLECTION_RULES.cases);
    expect(listing.files.map((file) => file.id)).toEqual(['ok']);
    expect(listing.diagnostics).toEqual([]);
    expect(['ok.mdx.bak', 'ok.orig', 'ok.yaml', 'OK.mdx'].filter(isIgnoredName)).toEqual([]);
  });

  it('reads case folders but reports a folder among series or sources', async () => {
    const root = await project({
      'content/cases/2025/a.mdx': '',
      'content/cases/2026/deeper/b.mdx': '',
      'content/series/old/yunfu.yaml': '',
    });
    expect((await listCollection(root, 'content/cases', COLLECTION_RULES.cases)).files.map((file) => file.file)).toEqual([
      'content/cases/2025/a.mdx',
      'content/cases/2026/deeper/b.mdx',
    ]);
    const series = await listCollection(root, 'content/series', COLLECTION_RULES.series);
    expect(series.files).toEqual([]);
    expect(series.diagnostics.map(formatDiagnostic)).toEqual([
      'content/series/old:1:1 a folder in content/series/ is not read: put the series files in content/series/ itself',
    ]);
  });

  it('reports a series or source record saved as .yml or .YAML, and remembers its id so references to it are not "missing"', async () => {
    const root = await project({ 'content/series/yunfu.yml': '', 'content/sources/report.YAML': '', 'content/sources/Notes.yml': '' });
    const series = await listCollection(root, 'content/series', COLLECTION_RULES.series);
    expect(series.diagnostics.map(formatDiagnostic)).toEqual([
      'content/series/yunfu.yml:1:1 a series file must end in .yaml: rename it to yunfu.yaml, or move it out of content/series/',
    ]);
    expect([...series.rejected]).toEqual(['yunfu']);
    const sources = await listCollection(root, 'content/sources', COLLECTION_RULES.sources);
    expect(sources.diagnostics.map(formatDiagnostic)).toEqual([
      'content/sources/Notes.yml:1:1 a source record must end in .yaml: rename it to Notes.yaml, or move it out of content/sources/',
      'content/sources/report.YAML:1:1 a source record must end in .yaml (lower case): rename it to report.yaml',
    ]);
    // "Notes" is no id a case can name.
    expect([...sources.rejected]).toEqual(['report']);
  });

  it('reports a link loop once per link, at once, without following it', async () => {
    const root = await project({ 'content/cases/a.mdx': '', 'content/cases/loop': '-> .', 'content/cases/up': '-> ..', 'content/cases/2025/back': '-> ../..' });
    const started = performance.now();
    const listing = await listCollection(root, 'content/cases', COLLECTION_RULES.cases);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(listing.files.map((file) => file.id)).toEqual(['a']);
    expect(listing.diagnostics.map(formatDiagnostic)).toEqual([
      'content/cases/2025/back:1:1 a link to a folder (../..) is not followed: put the cases in content/cases/ itself',
      'content/cases/loop:1:1 a link to a folder (.) is not followed: put the cases in content/cases/ itself',
      'content/cases/up:1:1 a link to a folder (..) is not followed: put the cases in content/cases/ itself',
    ]);
  });

  it('reads a link to a file in the content folder, and reports a link to nothing and a link out of the content folder', async () => {
    const root = await project({
      'content/drafts/b.mdx': '',
      'drafts/c.mdx': '',
      'content/cases/b.mdx': '-> ../drafts/b.mdx',
      'content/cases/c.mdx': '-> ../../drafts/c.mdx',
      'content/cases/gone.mdx': '-> ../../drafts/gone.mdx',
    });
    const listing = await listCollection(root, 'content/cases', COLLECTION_RULES.cases);
    expect(listing.files.map((file) => file.file)).toEqual(['content/cases/b.mdx']);
    expect(listing.diagnostics.map(formatDiagnostic)).toEqual([
      'content/cases/c.mdx:1:1 a link to ../../drafts/c.mdx, outside the content folder: copy the file into content/cases/ instead of linking to it',
      'content/cases/gone.mdx:1:1 a link to ../../drafts/gone.mdx, which does not exist: remove the link, or point it at a case file',
    ]);
  });

  it('keeps the id rules: a file name that is no id, and two files with one id', async () => {
    const root = await project({ 'content/cases/2025/twin.mdx': '', 'content/cases/2026/twin.mdx': '', 'content/cases/Bad Name.mdx': '' });
    expect((await listCollection(root, 'content/cases', COLLECTION_RULES.cases)).diagnostics.map(formatDiagnostic)).toEqual([
      'content/cases/2026/twin.mdx:1:1 duplicate id "twin": content/cases/2025/twin.mdx has the same id',
      'content/cases/Bad Name.mdx:1:1 file name "Bad Name" is not a valid id: use lower-case letters, digits and single hyphens, e.g. "penglai-chain.mdx"',
    ]);
  });

  it('reports a missing folder', async () => {
    const root = await project({});
    expect((await listCollection(root, 'content/cases', COLLECTION_RULES.cases)).diagnostics.map(formatDiagnostic)).toEqual([
      'content/cases:1:1 folder not found: create content/cases/',
    ]);
  });
});

describe('listTree', () => {
  it('lists everything under a folder without following links to folders', async () => {
    const root = await project({ 'a/b.txt': '', 'a/c/d.txt': '', 'a/loop': '-> .', 'a/loop2': '-> .' });
    expect(await listTree(path.join(root, 'a'))).toEqual(['b.txt', 'c', 'c/d.txt', 'loop', 'loop2']);
  });
});
