import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBuild } from './run-build.ts';
import { CORE_FILES } from './site-manifest.ts';

// npm run build around a stand-in for `astro build` (a project folder whose node_modules/astro/bin/astro.mjs
// writes a site as told by FAKE_ASTRO), so what is published, and what is said, can be tried in milliseconds.
const FAKE_ASTRO = `
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
const outDir = process.argv[process.argv.indexOf('--outDir') + 1];
const mode = process.env.FAKE_ASTRO;
const core = ${JSON.stringify(CORE_FILES)};
for (const file of core) {
  if (mode === 'lose-404' && file === '404.html') continue;
  mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
  writeFileSync(path.join(outDir, file), mode + ' ' + file);
}
console.log('12:00:00 [build] 1 page(s) built in 0.1s');
console.log('12:00:00 [build] Complete!');
if (mode !== 'no-manifest') {
  writeFileSync(process.env.CASEBOOK_BUILD_MANIFEST, JSON.stringify({ files: [...core, ...(mode === 'lose-page' ? ['cases/a/index.html'] : [])], base: '/', cards: false, reports: false }));
}
process.exit(mode === 'fail' ? 1 : 0);
`;

let root: string;
let outDir: string;
let said: string[];

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'casebook-run-build-'));
  mkdirSync(path.join(root, 'node_modules/astro/bin'), { recursive: true });
  writeFileSync(path.join(root, 'node_modules/astro/bin/astro.mjs'), FAKE_ASTRO);
  outDir = path.join(root, 'dist');
  said = [];
  const keep = (...args: unknown[]) => void said.push(args.join(' ').trim());
  vi.spyOn(console, 'log').mockImplementation(keep);
  vi.spyOn(console, 'error').mockImplementation(keep);
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (said.push(String(chunk).trim()), true));
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
});

async function build(mode: string): Promise<number> {
  vi.stubEnv('FAKE_ASTRO', mode);
  try {
    return await runBuild(['--outDir', outDir], root);
  } finally {
    vi.unstubAllEnvs();
  }
}

describe('runBuild', () => {
  it('publishes a whole site, and only then says Complete! (Astro’s own is left out)', async () => {
    expect(await build('good')).toBe(0);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('good index.html');
    expect(said).toContain('12:00:00 [build] 1 page(s) built in 0.1s');
    expect(said).not.toContain('12:00:00 [build] Complete!');
    expect(said.at(-1)).toMatch(/^\[build\] Complete! .*dist now holds the new site: 9 files, checked against the build's manifest\.$/);
    for (const neighbour of ['next', 'previous', 'lock']) expect(existsSync(`${outDir}.${neighbour}`)).toBe(false);
  });

  it('clears the scratch folder of a build killed before, and the record of a site folder that is gone', async () => {
    const work = path.join(root, 'node_modules/.cache/casebook-builds');
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    mkdirSync(path.join(work, `build-${dead}-abcdef`), { recursive: true });
    mkdirSync(path.join(work, 'published'), { recursive: true });
    writeFileSync(path.join(work, 'published/gone.json'), JSON.stringify({ files: [], base: '/', cards: false, reports: false, outDir: path.join(root, 'gone') }));
    expect(await build('good')).toBe(0);
    expect(readdirSync(work).sort()).toEqual(['published']);
    expect(readdirSync(path.join(work, 'published'))).toHaveLength(1);
  });

  it('keeps the last good site when the new one lacks a file of its manifest, naming it', async () => {
    await build('good');
    expect(await build('lose-page')).toBe(1);
    expect(said.at(-1)).toMatch(/^The new site is not complete, so it was not published \(cases\/a\/index\.html missing\); .*dist still holds the last good site\.$/);
    expect(said.filter((line) => line.includes('Complete!'))).toHaveLength(1);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('good index.html');
    for (const neighbour of ['next', 'lock']) expect(existsSync(`${outDir}.${neighbour}`)).toBe(false);
  });

  it('does not publish a site that lacks a core file, or whose build wrote no manifest', async () => {
    await build('good');
    expect(await build('lose-404')).toBe(1);
    expect(said.at(-1)).toMatch(/\(404\.html missing\); .*dist still holds the last good site\.$/);
    expect(await build('no-manifest')).toBe(1);
    expect(said.at(-1)).toMatch(/\(the build wrote no manifest of its files\); .*dist still holds the last good site\.$/);
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('good index.html');
  });

  it('says there is no site yet when the first build fails', async () => {
    expect(await build('fail')).toBe(1);
    expect(said.at(-1)).toMatch(/^The build failed; nothing was published, and there is no site in .*dist yet\.$/);
    expect(existsSync(outDir)).toBe(false);
  });

  it('says what the folder holds when the last site is not whole', async () => {
    await build('good');
    rmSync(path.join(outDir, 'rss.xml'));
    expect(await build('fail')).toBe(1);
    expect(said.at(-1)).toMatch(/^The build failed; .*dist was left as it was, but it is not a complete site either \(rss\.xml missing\)\.$/);
  });
});
