import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, root } from './helpers/build.ts';

describe('a build of bad content', () => {
  it('fails with every problem at its file and line, before writing pages', () => {
    const site = buildSite('tests/fixtures/broken');
    expect(site.status).not.toBe(0);
    expect(site.output).toContain(
      'tests/fixtures/broken/cases/2025/dangling.mdx:4:9 series: unknown series "penglai-chian" (did you mean "penglai-chain"?)',
    );
    expect(site.output).toContain('tests/fixtures/broken/sources/incomplete.yaml:1:1 description: is required but missing');
    expect(site.output).toContain('11 errors in 5 files');
    expect(site.output).not.toContain('generating static routes');
    // Casebook's own report, not a crash: no framework stack trace.
    expect(site.output).not.toMatch(/Stack trace|\n\s+at .*\(file:\/\//);
  }, 120_000);
});

describe('npm run build', () => {
  it('keeps the last good site when a build fails', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'casebook-last-good-'));
    writeFileSync(path.join(outDir, 'index.html'), 'last good site');
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, CASEBOOK_CONTENT: 'tests/fixtures/broken', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    // A folder with one page is not a whole site, and the message says so rather than calling it the last good
    // one (tests/one-build-at-a-time.test.ts has a real last good site).
    expect(run.stderr).toMatch(/The build failed; .*casebook-last-good-\w+ was left as it was, but it is not a complete site either \(404\.html missing; /);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('last good site');
    expect(existsSync(`${outDir}.next`)).toBe(false);
    expect(existsSync(`${outDir}.lock`)).toBe(false);
  }, 120_000);
});
