// Search measurements for `npm run bench`: index sizes and latency in Node, and in headless Chromium
// against a built site, compared with Pagefind over the same pages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { SearchEngine } from '../../src/client/search/engine.ts';
import { indexCasebook, memoryLoader } from '../../src/outputs/search-index/memory.ts';
import { launchChromium as launchBrowser } from '../../src/outputs/reports/browser.ts';
import { serveStatic } from '../../src/outputs/reports/static-server.ts';
import { CasebookBuild } from './casebook.ts';
import { writeSyntheticCasebook } from './synthetic.ts';
import { table } from './table.ts';

/** Queries of each kind the search handles, chosen to hit the synthetic casebook's text. */
export const BENCH_QUERIES = ['园区', '产业链 党员', '新就业群体', '联席会议', '党群服务中心', '示例案例', '服务', '基层党组织'];

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Index sizes, first-query bytes and warm query latency of the engine in Node, showing ten results as the page does. */
export async function measureSearchInNode(root: string, contentDir: string) {
  const started = performance.now();
  const index = await indexCasebook(root, contentDir);
  const buildMs = performance.now() - started;
  const size = (value: unknown) => {
    const json = JSON.stringify(value);
    return { raw: Buffer.byteLength(json), gzip: gzipSync(json).length };
  };
  const meta = size(index.meta);
  const shards = index.shards.map(size);
  const texts = index.docs.map(size);
  const sum = (list: { raw: number; gzip: number }[]) => list.reduce((total, item) => ({ raw: total.raw + item.raw, gzip: total.gzip + item.gzip }), { raw: 0, gzip: 0 });
  const firstQuery: number[] = [];
  const latencies: number[] = [];
  let loadMs = 0;
  for (const query of BENCH_QUERIES) {
    const loader = memoryLoader(index);
    const engine = new SearchEngine(loader);
    const loadStart = performance.now();
    await engine.search(query, {}, 10);
    loadMs = Math.max(loadMs, performance.now() - loadStart);
    firstQuery.push(loader.fetched.reduce((total, file) => total + file.gzipBytes, 0));
    for (let run = 0; run < 10; run++) {
      const start = performance.now();
      await engine.search(query, {}, 10);
      latencies.push(performance.now() - start);
    }
  }
  return {
    buildMs,
    shardCount: index.meta.shardCount,
    meta,
    shards: sum(shards),
    texts: sum(texts),
    firstQueryGzip: percentile(firstQuery, 95),
    coldMs: loadMs,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
  };
}

/** Bytes fetched for the first query and warm latency on the built search page, in Chromium. */
export async function measureSearchInBrowser(outDir: string) {
  const { url, server } = await serveStatic(outDir);
  const browser = await launchBrowser();
  try {
    const latencies: number[] = [];
    const firstBytes: number[] = [];
    for (const query of BENCH_QUERIES) {
      const page = await browser.newPage();
      const bodies: Promise<number>[] = [];
      page.on('response', (response) => {
        if (/\/search\/.+\.json$|\/_astro\//.test(response.url())) bodies.push(response.body().then((body) => gzipSync(body).length));
      });
      await page.goto(`${url}/search/`);
      await runQuery(page, query);
      firstBytes.push((await Promise.all(bodies)).reduce((total, bytes) => total + bytes, 0));
      for (let run = 0; run < 10; run++) latencies.push(await runQuery(page, `${query}${run % 2 ? ' ' : ''}`));
      await page.close();
    }
    return { firstQueryGzip: percentile(firstBytes, 95), p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Types a query into the search page and returns the engine time the page reports, in ms. */
async function runQuery(page: import('playwright-core').Page, query: string): Promise<number> {
  await page.evaluate(() => {
    document.querySelector('[data-search-status]')!.textContent = '';
  });
  await page.fill('[data-search-input]', query);
  await page.dispatchEvent('[data-search-form]', 'submit');
  const status = await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return /（\d+ 毫秒）/.test(text) || document.querySelector('[data-search-empty]:not([hidden])') ? text : false;
  });
  const text = String(await status.jsonValue());
  return Number(/（(\d+) 毫秒）/.exec(text)?.[1] ?? NaN);
}

/** Runs Pagefind over the built site and measures what its first query fetches and what it finds. */
export async function measurePagefind(root: string, outDir: string) {
  const started = performance.now();
  const run = spawnSync(path.join(root, 'node_modules/.bin/pagefind'), ['--site', outDir, '--output-subdir', 'pagefind'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pagefind failed:\n${run.stdout}\n${run.stderr}`);
  const indexSeconds = (performance.now() - started) / 1000;
  const { url, server } = await serveStatic(outDir);
  const browser = await launchBrowser();
  try {
    const firstBytes: number[] = [];
    const hits: Record<string, number> = {};
    for (const query of BENCH_QUERIES) {
      const page = await browser.newPage();
      const bodies: Promise<number>[] = [];
      page.on('response', (response) => {
        if (response.url().includes('/pagefind/')) bodies.push(response.body().then((body) => gzipSync(body).length));
      });
      await page.goto(`${url}/`);
      hits[query] = await page.evaluate(async (text) => {
        const pagefind = await import('/pagefind/pagefind.js' as string);
        await pagefind.init();
        const search = await pagefind.search(text);
        await Promise.all(search.results.slice(0, 10).map((result: { data: () => Promise<unknown> }) => result.data()));
        return search.results.length as number;
      }, query);
      firstBytes.push((await Promise.all(bodies)).reduce((total, bytes) => total + bytes, 0));
      await page.close();
    }
    return { indexSeconds, firstQueryGzip: percentile(firstBytes, 95), hits };
  } finally {
    await browser.close();
    server.close();
  }
}


/**
 * The search part of `npm run bench`: for each of `siteSizes` a synthetic
 * casebook built as users build it (cards off, they play no part in search),
 * measured in Chromium and against Pagefind over the same pages; then the
 * engine in Node at each of `nodeSizes`. Returns the Markdown to print.
 */
export async function benchSearch(root: string, siteSizes: number[], nodeSizes: number[]): Promise<string> {
  const rows: string[][] = [];
  const pagefindHits: string[] = [];
  for (const size of nodeSizes) {
    const dir = mkdtempSync(path.join(tmpdir(), `casebook-bench-search-${size}-`));
    try {
      await writeSyntheticCasebook(dir, size, path.join(root, 'content'));
      const node = await measureSearchInNode(root, dir);
      rows.push([
        `${size}, Node`,
        `${kb(node.meta.raw)} / ${kb(node.meta.gzip)}`,
        `${kb(node.shards.raw + node.texts.raw)} / ${kb(node.shards.gzip + node.texts.gzip)} (${node.shardCount} shards)`,
        kb(node.firstQueryGzip),
        `${node.coldMs.toFixed(0)} ms`,
        `${node.p50.toFixed(1)} / ${node.p95.toFixed(1)} ms`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  for (const size of siteSizes) {
    const dir = mkdtempSync(path.join(tmpdir(), `casebook-bench-search-site-${size}-`));
    const build = new CasebookBuild(root, dir);
    try {
      await writeSyntheticCasebook(dir, size, path.join(root, 'content'));
      console.error(`bench: search, building ${size} synthetic cases`);
      await build.build({ cards: false });
      const browser = await measureSearchInBrowser(build.outDir);
      rows.push([`${size}, Chromium`, '', '', `${kb(browser.firstQueryGzip)} (incl. the page's code)`, '', `${browser.p50.toFixed(0)} / ${browser.p95.toFixed(0)} ms`]);
      const pagefind = await measurePagefind(root, build.outDir);
      rows.push([`${size}, Pagefind ${pagefind.indexSeconds.toFixed(1)} s to index`, '', '', kb(pagefind.firstQueryGzip), '', '']);
      pagefindHits.push(`${size} cases: ${Object.entries(pagefind.hits).map(([query, count]) => `${query} ${count}`).join(', ')}`);
    } finally {
      build.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return [
    `### Search (queries: ${BENCH_QUERIES.join(', ')}; sizes gzip; latency warm p50 / p95)\n`,
    table(['cases, where', 'metadata raw / gzip', 'body index + texts raw / gzip', 'fetched for a first query (p95)', 'cold first query', 'query p50 / p95'], rows),
    pagefindHits.length ? `\nPagefind hits per query: ${pagefindHits.join('; ')}` : '',
  ].join('\n');
}
