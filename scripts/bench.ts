#!/usr/bin/env node
// `npm run bench`: measures what Casebook adds to a bare Astro build and prints a Markdown table.
// Usage: npm run bench [-- --sizes 1000] [--search-sizes 100,1000,5000]; figures go into the README's benchmark tables.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { writeSyntheticCasebook } from './bench/synthetic.ts';
import { checkCasebook } from '../src/casebook/checks/index.ts';
import { BENCH_QUERIES, kb, measurePagefind, measureSearchInBrowser, measureSearchInNode } from './bench/search.ts';
import { measureCards } from './bench/cards.ts';
import { measureReports } from './bench/reports.ts';

const root = process.cwd();
const sizesArg = process.argv.indexOf('--sizes');
const sizes = sizesArg > 0 ? process.argv[sizesArg + 1]!.split(',').map(Number) : [1000];
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');

/** Builds `contentDir` once and returns the wall time in seconds; `keep` receives the output folder instead of deleting it. */
function timeBuild(
  contentDir: string,
  markdown: 'unified' | 'default',
  sourceTexts?: string,
  keep?: (outDir: string) => void,
  cards: { cache: string } | 'off' = 'off',
): number {
  const outDir = mkdtempSync(path.join(tmpdir(), 'casebook-bench-out-'));
  const started = performance.now();
  const run = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: root,
    env: {
      ...process.env,
      CASEBOOK_CONTENT: contentDir,
      CASEBOOK_MARKDOWN: markdown,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(sourceTexts ? { CASEBOOK_SOURCE_TEXTS: sourceTexts } : {}),
      ...(cards === 'off' ? { CASEBOOK_CARDS: 'off' } : { CASEBOOK_CARDS_CACHE: cards.cache }),
    },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (keep && run.status === 0) keep(outDir);
  else rmSync(outDir, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`build of ${contentDir} (${markdown}) failed:\n${run.stdout}\n${run.stderr}`);
  return seconds;
}

/** Median of `runs` builds, alternating processors so machine noise hits both alike. */
function compare(contentDir: string, runs: number, sourceTexts?: string, keep?: (outDir: string) => void) {
  const times = { unified: [] as number[], default: [] as number[] };
  for (let run = 0; run < runs; run++) {
    times.default.push(timeBuild(contentDir, 'default', sourceTexts));
    times.unified.push(timeBuild(contentDir, 'unified', sourceTexts, run === runs - 1 ? keep : undefined));
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  return { unified: median(times.unified), default: median(times.default) };
}

const searchSizesArg = process.argv.indexOf('--search-sizes');
const searchSizes = searchSizesArg > 0 ? process.argv[searchSizesArg + 1]!.split(',').map(Number) : [100, 1000, 5000];
const searchRows: string[][] = [];
const pagefindHits: string[] = [];
const rows: string[][] = [];
const row = (what: string, value: string, note = '') => rows.push([what, value, note]);

const bundled = compare('content', 3);
row('build, bundled casebook, default processor (Sätteri)', `${bundled.default.toFixed(2)} s`, 'median of 3');
row('build, bundled casebook, unified + GFM + CJK plugins', `${bundled.unified.toFixed(2)} s`, `×${(bundled.unified / bundled.default).toFixed(2)}`);
const started = performance.now();
await checkCasebook(root, 'content');
row('`npm run check`, bundled casebook', `${((performance.now() - started) / 1000).toFixed(2)} s`, 'in-process');

for (const size of sizes) {
  const dir = mkdtempSync(path.join(tmpdir(), `casebook-bench-${size}-`));
  await writeSyntheticCasebook(dir, size, path.join(root, 'content'));
  let builtSite: string | undefined;
  const synthetic = compare(dir, 1, path.join(dir, 'texts'), (outDir) => (builtSite = outDir));
  row(`build, ${size} synthetic cases (~2,800 characters), default processor`, `${synthetic.default.toFixed(1)} s`);
  row(`build, ${size} synthetic cases, unified + GFM + CJK plugins`, `${synthetic.unified.toFixed(1)} s`, `×${(synthetic.unified / synthetic.default).toFixed(2)}`);
  const checkStart = performance.now();
  await checkCasebook(root, { contentDir: dir, sourceTexts: path.join(dir, 'texts') });
  row(`\`npm run check\`, ${size} synthetic cases`, `${((performance.now() - checkStart) / 1000).toFixed(2)} s`);
  const cardCache = mkdtempSync(path.join(tmpdir(), 'casebook-bench-cardcache-'));
  const withCards = timeBuild(dir, 'unified', path.join(dir, 'texts'), undefined, { cache: cardCache });
  row(`build, ${size} synthetic cases, every card drawn (cold cache)`, `${withCards.toFixed(1)} s`, `×${(withCards / synthetic.default).toFixed(2)} of the default-processor build without cards`);
  const cachedCards = timeBuild(dir, 'unified', path.join(dir, 'texts'), undefined, { cache: cardCache });
  row(`build, ${size} synthetic cases, cards cached`, `${cachedCards.toFixed(1)} s`, `×${(cachedCards / synthetic.default).toFixed(2)}`);
  rmSync(cardCache, { recursive: true, force: true });
  if (builtSite) {
    const browser = await measureSearchInBrowser(builtSite);
    searchRows.push([`${size}, Chromium`, '', '', `${kb(browser.firstQueryGzip)} (incl. 12 KB of code)`, '', `${browser.p50.toFixed(0)} / ${browser.p95.toFixed(0)} ms`]);
    const pagefind = await measurePagefind(root, builtSite);
    searchRows.push([`${size}, Pagefind ${pagefind.indexSeconds.toFixed(1)} s to index`, '', '', kb(pagefind.firstQueryGzip), '', '']);
    pagefindHits.push(`${size} cases: ${Object.entries(pagefind.hits).map(([query, count]) => `${query} ${count}`).join(', ')}`);
    rmSync(builtSite, { recursive: true, force: true });
  }
  rmSync(dir, { recursive: true, force: true });
}

for (const size of searchSizes) {
  const dir = mkdtempSync(path.join(tmpdir(), `casebook-bench-search-${size}-`));
  await writeSyntheticCasebook(dir, size, path.join(root, 'content'));
  const node = await measureSearchInNode(root, dir);
  searchRows.unshift([
    `${size}, Node`,
    `${kb(node.meta.raw)} / ${kb(node.meta.gzip)}`,
    `${kb(node.shards.raw + node.texts.raw)} / ${kb(node.shards.gzip + node.texts.gzip)} (${node.shardCount} shards)`,
    kb(node.firstQueryGzip),
    `${node.coldMs.toFixed(0)} ms`,
    `${node.p50.toFixed(1)} / ${node.p95.toFixed(1)} ms`,
  ]);
  rmSync(dir, { recursive: true, force: true });
}

const reports = await measureReports(root);
for (const report of reports.each) row(`PDF report ${report.id} (${report.pages} pages)`, `${report.seconds.toFixed(1)} s`);
row('every PDF report of the bundled casebook', `${reports.totalSeconds.toFixed(1)} s`, `${reports.each.length} reports`);

const cards = await measureCards(root, sizes.at(-1)!);
row('social card, first in a fresh process (cold)', `${cards.firstMs.toFixed(0)} ms`, 'budget ≤ 500 ms');
row('social card, warm p50 / p95', `${cards.p50.toFixed(1)} / ${cards.p95.toFixed(1)} ms`, 'budget ≤ 30 ms');
row(`social cards of ${sizes.at(-1)} synthetic cases (${cards.count}), none cached`, `${cards.coldSeconds.toFixed(1)} s`, `${cards.drawnCold} drawn, ${availableParallelism()} workers`);
row(`the same again, nothing changed`, `${cards.againSeconds.toFixed(2)} s`, `${cards.drawnAgain} drawn`);

console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
console.log('| what | time | note |\n| --- | --- | --- |');
for (const [what, value, note] of rows) console.log(`| ${what} | ${value} | ${note} |`);
console.log(`\nSearch (queries: ${BENCH_QUERIES.join(', ')}; sizes gzip; latency warm p50 / p95):\n`);
console.log('| cases, where | metadata raw / gzip | body index + texts raw / gzip | fetched for a first query (p95) | cold first query | query p50 / p95 |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const cells of searchRows) console.log(`| ${cells.join(' | ')} |`);
if (pagefindHits.length) console.log(`\nPagefind hits per query: ${pagefindHits.join('; ')}`);
