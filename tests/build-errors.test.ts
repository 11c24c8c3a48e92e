import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { root, userEnv } from './helpers/build.ts';

// `npm run build` over bad content, as an editor runs it, into a folder that holds an earlier site: one build
// for both what the editor is told and what happens to the folder. (What npm run build publishes or keeps in
// every other case is tried with a stand-in for astro in src/publish/run-build.test.ts.)
describe('npm run build of bad content', () => {
  let outDir: string;
  let run: { status: number | null; output: string; stderr: string };
  beforeAll(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'casebook-last-good-'));
    writeFileSync(path.join(outDir, 'index.html'), 'last good site');
    const child = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
      cwd: root,
      env: { ...userEnv(), CASEBOOK_CONTENT: 'tests/fixtures/broken', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    run = { status: child.status, output: stripVTControlCharacters(`${child.stdout}\n${child.stderr}`), stderr: stripVTControlCharacters(child.stderr) };
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('fails with every problem at its file and line, before writing pages', () => {
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      'tests/fixtures/broken/cases/2025/dangling.mdx:4:9 series: unknown series "penglai-chian" (did you mean "penglai-chain"?)',
    );
    expect(run.output).toContain('tests/fixtures/broken/sources/incomplete.yaml:1:1 description: is required but missing');
    expect(run.output).toContain('11 errors in 5 files');
    expect(run.output).not.toContain('generating static routes');
    // Casebook's own report, not a crash: no framework stack trace.
    expect(run.output).not.toMatch(/Stack trace|\n\s+at .*\(file:\/\//);
  });

  it('keeps what the output folder held, and says it is not a whole site', () => {
    // A folder with one page is not a whole site, and the message says so rather than calling it the last good
    // one (tests/one-build-at-a-time.test.ts has a real last good site).
    expect(run.stderr).toMatch(/The build failed; .*casebook-last-good-\w+ was left as it was, but it is not a complete site either \(404\.html missing; /);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('last good site');
    expect(existsSync(`${outDir}.next`)).toBe(false);
    expect(existsSync(`${outDir}.lock`)).toBe(false);
  });
});

// A casebook whose own settings are wrong: the build stops at them, like at any content error.
describe('npm run build of a casebook with a bad casebook.yaml', () => {
  let project: string;
  let outDir: string;
  let build: { status: number | null; output: string };
  beforeAll(() => {
    project = mkdtempSync(path.join(tmpdir(), 'casebook-bad-settings-'));
    cpSync(path.join(root, 'tests/fixtures/valid'), path.join(project, 'book'), { recursive: true });
    const settings = path.join(project, 'book/casebook.yaml');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace('lang: zh-CN', 'lang: fr').replace(/^publisher: .*\n/m, ''));
    outDir = path.join(project, 'site');
    const child = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
      cwd: root,
      env: { ...userEnv(), CASEBOOK_CONTENT: path.join(project, 'book'), CASEBOOK_REPORTS: 'off', CASEBOOK_CARDS: 'off', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    build = { status: child.status, output: stripVTControlCharacters(`${child.stdout}\n${child.stderr}`) };
  }, 120_000);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('names the file, line and field of each wrong setting, and publishes nothing', () => {
    expect(build.status).toBe(1);
    expect(build.output).toMatch(/book\/casebook\.yaml:\d+:1 publisher: is required but missing/);
    expect(build.output).toMatch(/book\/casebook\.yaml:\d+:7 lang: must be one of: zh-CN, en/);
    expect(build.output).not.toContain('generating static routes');
    expect(build.output).not.toMatch(/Stack trace|\n\s+at .*\(file:\/\//);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });
});
