#!/usr/bin/env node
// `npm run build`: builds into a fresh folder and swaps it in only when the build succeeds,
// so a failed build never leaves a half-written site where the last good one was.
// Usage: npm run build [-- --outDir <folder>] (default dist).
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const flag = args.indexOf('--outDir');
const outDir = path.resolve(flag >= 0 ? args[flag + 1]! : 'dist');
const rest = flag >= 0 ? args.filter((_, index) => index !== flag && index !== flag + 1) : args;
const next = `${outDir}.next`;
const previous = `${outDir}.previous`;

rmSync(next, { recursive: true, force: true });
const root = process.cwd();
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
// Astro puts its server bundle in <cwd>/.astro/.prerender when outDir is outside cwd; running in the
// output's parent folder keeps that inside the output, so two builds never share it.
const run = spawnSync(process.execPath, [astro, 'build', '--root', root, '--outDir', next, ...rest], { stdio: 'inherit', cwd: path.dirname(next) });
if (run.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\nThe build failed; ${path.relative(process.cwd(), outDir) || outDir} still holds the last good site.`);
  process.exit(run.status ?? 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(next, outDir);
rmSync(previous, { recursive: true, force: true });
