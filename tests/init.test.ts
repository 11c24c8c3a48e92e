// A casebook started with `npm run init` builds at once: `npm run init`, then `npm run build -- --content <dir>`,
// the commands init prints, run as a user runs them (child processes), with reports and cards off for speed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, userEnv } from './helpers/build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'casebook-init-build-'));
const casebook = path.join(work, 'my-casebook');
const outDir = path.join(work, 'site');

/** `node scripts/<command>.ts …args` from the project folder, as `npm run` runs it. */
function run(command: string, args: string[], env: Record<string, string> = {}) {
  const child = spawnSync(process.execPath, [path.join(root, 'scripts', `${command}.ts`), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...userEnv(), INIT_CWD: root, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { code: child.status, output: stripVTControlCharacters(`${child.stdout}\n${child.stderr}`) };
}

describe('a casebook made by npm run init', () => {
  let build: ReturnType<typeof run>;
  beforeAll(() => {
    const init = run('init', [casebook]);
    if (init.code !== 0) throw new Error(init.output);
    // The source texts are found where casebook.yaml says (texts/), with no setting in the environment.
    build = run('build', ['--content', casebook, '--outDir', outDir], { CASEBOOK_REPORTS: 'off', CASEBOOK_CARDS: 'off', CASEBOOK_SOURCE_TEXTS: '' });
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('builds with npm run build -- --content <dir>, and the example case is published with its figures checked', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.code).toBe(0);
    const page = readFileSync(path.join(outDir, 'cases/qingxi-warm-stations/index.html'), 'utf8');
    for (const figure of ['18个', '260万元', '1.3万人次', '97%']) expect(page).toContain(figure);
    expect(page).toContain('已核对原文');
    expect(page).not.toContain('未核对原文');
    // The casebook's own settings: its placeholder title, which the editor replaces, on every page.
    expect(page).toMatch(/<title>[^<]*待改：案例集名称/);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('lang="zh-CN"');
    // Only the new casebook: none of the bundled cases.
    expect(existsSync(path.join(outDir, 'cases/penglai-edz/index.html'))).toBe(false);
  });
});
