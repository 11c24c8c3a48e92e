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

/** `npm run new -- <id> … --source <sources>` with CASEBOOK_CONTENT and CASEBOOK_SOURCE_TEXTS set. */
function runNew(id: string, sources: string, env: { CASEBOOK_CONTENT: string; CASEBOOK_SOURCE_TEXTS: string }) {
  const args = [id, '--series', 'penglai-chain', '--kind', 'park', '--province', '山东省', '--city', '烟台市', '--source', sources];
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
    // A source whose text prints only dates.
    writeFileSync(path.join(texts, 'dates-only.txt'), '2022年10月8日，大会在蓬莱召开。上世纪90年代，这里是一片滩涂。\n');
    const record = readFileSync(path.join(content, 'sources/spread-b14-b15.yaml'), 'utf8').replace(/^text: .*$/m, 'text: dates-only.txt');
    writeFileSync(path.join(content, 'sources/dates-only.yaml'), record);
    const result = runNew('no-figures', 'visit-notes,dates-only', { CASEBOOK_CONTENT: content, CASEBOOK_SOURCE_TEXTS: texts });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Created ${path.join(content, 'cases/no-figures.mdx')} (a draft).`);
    expect(result.stdout).toContain('No figures offered from visit-notes: it has no source text (its record says text: unknown).');
    expect(result.stdout).toContain('No figures offered from dates-only: its text dates-only.txt prints no figures to offer (only dates and bare numbers, if any).');
    expect(readFileSync(path.join(content, 'cases/no-figures.mdx'), 'utf8')).not.toContain('#    figure:');
  });

  it('says when the source text cannot be found', () => {
    const { content } = casebookOutside();
    const missing = path.join(path.dirname(content), 'no-texts-here');
    const result = runNew('text-missing', 'spread-b14-b15', { CASEBOOK_CONTENT: content, CASEBOOK_SOURCE_TEXTS: missing });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`No figures offered from spread-b14-b15: its text 002_53224f3071a808ca.txt is not in ${missing}.`);
  });
});
