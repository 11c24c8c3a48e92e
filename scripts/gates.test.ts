// `npm run gates` as users run it (a child process), over small sites written by hand: an English casebook
// served under a base path, passing, then broken one way.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { BASE, ORIGIN, pageHtml, passingFiles, TITLE, writeSite } from '../tests/helpers/crafted-site.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `npm run gates -- …args` from the project folder. */
function gates(args: string[]) {
  const child = spawnSync(process.execPath, [path.join(ROOT, 'scripts/gates.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** A crafted site's folder, removed when the test ends. */
function siteFolder(files: Record<string, string | undefined> = passingFiles()) {
  const dir = writeSite(files);
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

// Each test spawns the gates synchronously, so on a loaded machine one waits for the others: a generous limit.
describe.concurrent('npm run gates', { timeout: 120_000 }, () => {
  it('passes a good site, saying where it lives and what each gate checked', () => {
    const result = gates([siteFolder(), '--only', 'html,links', '--only', 'meta']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`(${ORIGIN}${BASE}, "${TITLE}", en)`);
    expect(result.stdout).toMatch(/^html\s+6 pages\s+0\s+pass\s+[\d.]+ s$/m);
    expect(result.stdout).toMatch(/^links\s+6 pages, .*\s+0\s+pass\s+[\d.]+ s$/m);
    expect(result.stdout).toMatch(/^meta\s+6 pages, 5 sitemap entries, 2 tag pages\s+0\s+pass\s+[\d.]+ s$/m);
    expect(result.stdout).not.toMatch(/^a11y/m);
    expect(result.stdout).toContain('✓ every gate passed');
  });

  it('fails a site with a problem, naming the page, the place and the gate, and exits 1', () => {
    const files = passingFiles();
    const broken = { ...files, 'tags/rivers/index.html': pageHtml('tags/rivers/', { after: '<script type="module" src="/x.js"></script>' }) };
    const result = gates([siteFolder(broken), '--only', 'html,meta']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^html  ${BASE}tags/rivers/ \\d+:2: casebook/no-content-outside-body: <script> after </html>`, 'm'));
    expect(result.stdout).toMatch(/^html\s+6 pages\s+1\s+FAIL\s+[\d.]+ s$/m);
    expect(result.stdout).toContain('✗ html failed');
  });

  it('with --content, compares each case page\'s sitemap date with its case file', () => {
    const result = gates([siteFolder(), '--only', 'meta', '--content', 'tests/fixtures/valid']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`meta  ${BASE}cases/penglai-sample/ ${BASE}sitemap-index.xml: the sitemap dates it not at all, its content 2026-11-05`);
    expect(result.stdout).toContain('note: sitemap dates compared with 1 case page of the content folder');
  });

  it('says in one line when the folder holds no built site, and exits 1', () => {
    const result = gates([path.join(siteFolder({ 'robots.txt': '' }), 'nowhere')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^npm run gates: .*nowhere: no such folder\. Build the site first/);
  });

  it('refuses an unknown gate or a wrong page count in one line with exit code 2', () => {
    const unknown = gates(['--only', 'html,spelling']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim()).toBe('npm run gates: unknown gate spelling in --only (the gates are html, links, meta, a11y); see npm run gates -- --help');
    const count = gates(['--a11y-pages', 'some']);
    expect(count.code).toBe(2);
    expect(count.stderr).toContain('--a11y-pages takes a whole number or all, not some');
  });
});
