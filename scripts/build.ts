#!/usr/bin/env node
// `npm run build`: builds into a fresh folder and swaps it in only when the build succeeds,
// so a failed build never leaves a half-written site where the last good one was.
// Usage: npm run build [-- --outDir <folder>] (default dist).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const flag = args.indexOf('--outDir');
const outDir = path.resolve(flag >= 0 ? args[flag + 1]! : 'dist');
const rest = flag >= 0 ? args.filter((_, index) => index !== flag && index !== flag + 1) : args;
const next = `${outDir}.next`;
const previous = `${outDir}.previous`;
const root = process.cwd();

/**
 * Astro writes its server bundle to <cwd>/.astro/.prerender when the output folder is outside the
 * working directory, where two builds at once would overwrite each other's. Such a build runs in a
 * folder of its own inside the project (so the bundle still finds node_modules).
 */
function buildCwd(): string {
  if (!path.relative(root, next).startsWith('..')) return root;
  const dir = path.join(root, 'node_modules/.cache/casebook-builds');
  mkdirSync(dir, { recursive: true });
  return mkdtempSync(path.join(dir, 'build-'));
}

rmSync(next, { recursive: true, force: true });
const cwd = buildCwd();
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const run = spawnSync(process.execPath, [astro, 'build', '--root', root, '--outDir', next, ...rest], { stdio: 'inherit', cwd });
if (cwd !== root) rmSync(cwd, { recursive: true, force: true });
if (run.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\nThe build failed; ${path.relative(root, outDir) || outDir} still holds the last good site.`);
  process.exit(run.status ?? 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(next, outDir);
rmSync(previous, { recursive: true, force: true });
