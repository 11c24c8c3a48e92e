// `npm run new` as users run it (a child process with every answer given as an option, no terminal), in a
// casebook kept outside the project folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = path.join(ROOT, 'tests/fixtures/valid');

/** A copy of the valid fixture in a temporary folder: `content` (absolute) with its source texts in `texts`. */
function casebookOutside() {
  const dir = mkdtempSync(path.join(tmpdir(), 'casebook-new-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const content = path.join(dir, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  return { content, texts: path.join(content, 'texts') };
}

/** `npm run new -- <id> … --source <sources> [more]` with CASEBOOK_CONTENT and CASEBOOK_SOURCE_TEXTS set. */
function runNew(id: string, sources: string, env: { CASEBOOK_CONTENT: string; CASEBOOK_SOURCE_TEXTS: string }, more: string[] = []) {
  const args = [id, '--series', 'penglai-chain', '--kind', 'park', '--province', '山东省', '--city', '烟台市', '--source', sources, ...more];
  const child = spawnSync(process.execPath, [path.join(ROOT, 'scripts/new.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    input: '',
    timeout: 60_000,
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe.concurrent('npm run new', () => {
  it('writes the case into an absolute CASEBOOK_CONTENT, not under the project folder', () => {
    const { content, texts } = casebookOutside();
    const result = runNew('outside-case', 'spread-b14-b15', { CASEBOOK_CONTENT: content, CASEBOOK_SOURCE_TEXTS: texts });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const file = path.join(content, 'cases/outside-case.mdx');
    expect(result.stdout).toContain(`Created ${file} (a draft, with 3 figures its sources print as commented-out statistics).`);
    expect(readFileSync(file, 'utf8')).toContain('#    figure: "126米"');
    expect(existsSync(path.join(ROOT, content.slice(1)))).toBe(false);
    // The id is taken now: asked again, it says so in the same folder.
    const again = runNew('outside-case', 'spread-b14-b15', { CASEBOOK_CONTENT: content, CASEBOOK_SOURCE_TEXTS: texts });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${file} already exists`);
  });

  it('says why a source offers no figures: no text, or a text that prints none', () => {
    const { content, texts } = casebookOutside();
    // A source whose text prints only dates, and one whose text is empty.
    writeFileSync(path.join(texts, 'dates-only.txt'), '2022年10月8日，大会在蓬莱召开。上世纪90年代，这里是一片滩涂。\n');
    writeFileSync(path.join(texts, 'empty.txt'), '\n');
    const record = readFileSync(path.join(content, 'sources/spread-b14-b15.yaml'), 'utf8');
    writeFileSync(path.join(content, 'sources/dates-only.yaml'), record.replace(/^text: .*$/m, 'text: dates-only.txt'));
    writeFileSync(path.join(content, 'sources/empty-text.yaml'), record.replace(/^text: .*$/m, 'text: empty.txt'));
    const result = runNew('no-figures', 'visit-notes,dates-only,empty-text', { CASEBOOK_CONTENT: content, CASEBOOK_SOURCE_TEXTS: texts });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Created ${path.join(content, 'cases/no-figures.mdx')} (a draft).`);
    expect(result.stdout).toContain('No figures offered from visit-notes: it has no source text (its record says text: unknown).');
    expect(result.stdout).toContain('No figures offered from dates-only: its text dates-only.txt prints no figures to offer (only dates and bare numbers, if any).');
    expect(result.stdout).toContain("No figures offered from empty-text: the source text empty.txt is empty: put the source's full text in it, or write text: unknown.");
    expect(readFileSync(path.join(content, 'cases/no-figures.mdx'), 'utf8')).not.toContain('#    figure:');
  });

  it('says when the source text cannot be found', () => {
    const { content } = casebookOutside();
    const missing = path.join(path.dirname(content), 'no-texts-here');
    const result = runNew('text-missing', 'spread-b14-b15', { CASEBOOK_CONTENT: content, CASEBOOK_SOURCE_TEXTS: missing });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`No figures offered from spread-b14-b15: its text 002_53224f3071a808ca.txt is not in ${missing}.`);
  });

  it('refuses a series or source that does not exist, naming the flag that would create it, and writes nothing', () => {
    const { content, texts } = casebookOutside();
    const result = runNew('needs-records', 'spread-b14-b15,new-notes', { CASEBOOK_CONTENT: content, CASEBOOK_SOURCE_TEXTS: texts }, ['--series', 'penglai-chains']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown series "penglai-chains" (did you mean "penglai-chain"?); choose from: penglai-chain; or add --create-missing to create series/penglai-chains.yaml');
    expect(result.stderr).toContain('unknown source "new-notes"');
    expect(result.stderr).toContain('or add --create-missing to create sources/new-notes.yaml');
    expect(existsSync(path.join(content, 'series/penglai-chains.yaml'))).toBe(false);
    expect(existsSync(path.join(content, 'cases/needs-records.mdx'))).toBe(false);
  });

  it('with --create-missing writes the missing series and sources, offers the figures of a text already in the folder, and the result passes npm run check', () => {
    const { content, texts } = casebookOutside();
    // The editor put the new source's text in the folder first, under the source's id.
    writeFileSync(path.join(texts, 'new-notes.txt'), '调研组走访了园区，园区现有企业38家，去年产值12亿元。\n');
    const env = { CASEBOOK_CONTENT: content, CASEBOOK_SOURCE_TEXTS: texts };
    const result = runNew('with-records', 'new-notes,no-text-yet', env, ['--series', 'new-series', '--create-missing']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Created ${path.join(content, 'series/new-series.yaml')}, a record to fill in (its comments say how).`);
    expect(result.stdout).toContain(`Created ${path.join(content, 'sources/new-notes.yaml')}, a record to fill in`);
    expect(result.stdout).toContain('No figures offered from no-text-yet: it has no source text (its record says text: unknown).');
    expect(readFileSync(path.join(content, 'sources/new-notes.yaml'), 'utf8')).toMatch(/^text: new-notes\.txt$/m);
    const draft = readFileSync(path.join(content, 'cases/with-records.mdx'), 'utf8');
    expect(draft).toContain('#    figure: "38家"');
    expect(draft).toContain('#    figure: "12亿元"');
    const check = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts'), '--content', content], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('takes the content folder from --content as from CASEBOOK_CONTENT', () => {
    const { content, texts } = casebookOutside();
    const args = ['by-flag', '--series', 'penglai-chain', '--kind', 'park', '--province', '山东省', '--city', '烟台市', '--source', 'visit-notes', '--content', content];
    const child = spawnSync(process.execPath, [path.join(ROOT, 'scripts/new.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CASEBOOK_CONTENT: 'no-such-folder', CASEBOOK_SOURCE_TEXTS: texts }, input: '' });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(existsSync(path.join(content, 'cases/by-flag.mdx'))).toBe(true);
  });
});
