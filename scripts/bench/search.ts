// Search measurements for `npm run bench`: index sizes and latency in Node, and in headless Chromium
// against a built site, compared with Pagefind over the same pages.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { SearchEngine } from '../../src/client/search/engine.ts';
import { indexCasebook, memoryLoader } from '../../src/outputs/search-index/memory.ts';
import { searchIndexFiles } from '../../src/outputs/search-index/publish.ts';
import type { SearchIndex } from '../../src/outputs/search-index/build.ts';
import { launchChromium as launchBrowser } from '../../src/outputs/reports/browser.ts';
import { serveStatic } from '../../src/outputs/reports/static-server.ts';
import { CasebookBuild } from './casebook.ts';
import { writeSyntheticCasebook } from './synthetic.ts';
import { kb, table } from './table.ts';

/** Queries of each kind the search handles, chosen to hit the synthetic casebook's text. */
export const BENCH_QUERIES = ['园区', '产业链 党员', '新就业群体', '联席会议', '党群服务中心', '示例案例', '服务', '基层党组织'];

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');

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

/** What a first query costs on the search page in Chromium: bytes (gzip) fetched and time to the first result, over fresh browser contexts. */
export interface BrowserSearchFigures {
  /** Index files (`/search/`) fetched for a first query, p50 and p95 over the queries. */
  indexGzip: { p50: number; p95: number };
  /** The same with the page's own code (`/_astro/`). */
  withCodeGzip: { p95: number };
  /** From submitting the first query on a freshly loaded page to its results shown, as the page times it. */
  first: { p50: number; p95: number };
  /** Later queries on the same page. */
  warm: { p50: number; p95: number };
  runs: number;
}

/**
 * The search page of the site in `outDir`, in headless Chromium: each
 * query of BENCH_QUERIES typed as the first query of a fresh browser
 * context (no cache), `runs` times, then ten more times warm on the same
 * page. The first-query time is the page's own, from the query to its
 * results shown: fetching meta.json, the shards and the shown cases' files
 * included.
 */
export async function measureSearchInBrowser(outDir: string, runs = 3): Promise<BrowserSearchFigures> {
  const { url, server } = await serveStatic(outDir);
  const browser = await launchBrowser();
  try {
    const warm: number[] = [];
    const first: number[] = [];
    const indexBytes: number[] = [];
    const allBytes: number[] = [];
    for (let round = 0; round < runs; round++) {
      for (const query of BENCH_QUERIES) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const bodies: Promise<[index: boolean, bytes: number]>[] = [];
        page.on('response', (response) => {
          const address = response.url();
          if (/\/search\/.+\.json$|\/_astro\//.test(address)) bodies.push(response.body().then((body) => [address.includes('/search/'), gzipSync(body).length]));
        });
        await page.goto(`${url}/search/`, { waitUntil: 'load' });
        first.push(await runQuery(page, query));
        const fetched = await Promise.all(bodies);
        indexBytes.push(fetched.reduce((total, [index, bytes]) => total + (index ? bytes : 0), 0));
        allBytes.push(fetched.reduce((total, [, bytes]) => total + bytes, 0));
        if (round === 0) for (let run = 0; run < 10; run++) warm.push(await runQuery(page, `${query}${run % 2 ? ' ' : ''}`));
        await context.close();
      }
    }
    return {
      indexGzip: { p50: percentile(indexBytes, 50), p95: percentile(indexBytes, 95) },
      withCodeGzip: { p95: percentile(allBytes, 95) },
      first: { p50: percentile(first, 50), p95: percentile(first, 95) },
      warm: { p50: percentile(warm, 50), p95: percentile(warm, 95) },
      runs: first.length,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Types a query into the search page and returns the time the page reports for it, in ms. */
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


// Sites up to this size are built whole (and Pagefind runs over them); larger ones are measured by writing their
// index, built on its own from the model, into the search folder of the largest whole site built.
const WHOLE_SITE_MAX = 1000;
// The site that carries larger indexes when no whole site was built first.
const CARRIER_SIZE = 100;

/** A synthetic casebook's search index built on its own, as the build builds it: the model loaded, then the index, each timed. */
async function indexSynthetic(root: string, dir: string) {
  const { loadCasebook } = await import('../../src/model/load.ts');
  const { publishedView } = await import('../../src/view/published.ts');
  const { casebookSearchIndex } = await import('../../src/outputs/search-index/publish.ts');
  const previous = process.env.CASEBOOK_SOURCE_TEXTS;
  process.env.CASEBOOK_SOURCE_TEXTS = path.join(dir, 'texts');
  try {
    let started = performance.now();
    const casebook = await loadCasebook(root, dir);
    const loadMs = performance.now() - started;
    started = performance.now();
    const index = casebookSearchIndex(publishedView({ casebook }));
    return { index, loadMs, indexMs: performance.now() - started };
  } finally {
    if (previous === undefined) delete process.env.CASEBOOK_SOURCE_TEXTS;
    else process.env.CASEBOOK_SOURCE_TEXTS = previous;
  }
}

/** Replaces the search index of the built site in `outDir` with `index`'s files; returns their count and total gzip size. */
async function writeIndexInto(outDir: string, index: SearchIndex): Promise<{ files: number; raw: number; gzip: number }> {
  const folder = path.join(outDir, 'search');
  for (const name of readdirSync(folder)) if (name !== 'index.html') rmSync(path.join(folder, name), { recursive: true, force: true });
  const files = searchIndexFiles(index);
  const dirs = new Set([...files.keys()].map((file) => path.dirname(path.join(folder, file))));
  for (const dir of dirs) mkdirSync(dir, { recursive: true });
  let raw = 0;
  let gzip = 0;
  for (const [file, json] of files) {
    writeFileSync(path.join(folder, file), json);
    raw += Buffer.byteLength(json);
    gzip += gzipSync(json, { level: 1 }).length;
  }
  return { files: files.size, raw, gzip };
}

/**
 * The search part of `npm run bench`. For each of `siteSizes`: a synthetic
 * casebook, its index built on its own (model loaded, then the index, each
 * timed: the index's ms per case shows whether it grows linearly), and its
 * search page measured in headless Chromium — a first query's bytes and
 * time over fresh browser contexts. Sizes up to 1,000 are built whole and
 * compared with Pagefind over the same pages; larger indexes are written
 * into the search folder of a whole site built first (no Astro build of
 * 50,000 pages is needed to measure the search page). Then the engine in
 * Node at each of `nodeSizes`. Returns the Markdown to print.
 */
export async function benchSearch(root: string, siteSizes: number[], nodeSizes: number[]): Promise<string> {
  const rows: string[][] = [];
  const scaleRows: string[][] = [];
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
  let carrier: { build: CasebookBuild; dir: string; size: number } | undefined;
  const sizes = [...siteSizes].sort((a, b) => a - b);
  try {
    for (const size of sizes) {
      const dir = mkdtempSync(path.join(tmpdir(), `casebook-bench-search-site-${size}-`));
      try {
        await writeSyntheticCasebook(dir, size, path.join(root, 'content'));
        console.error(`bench: search, indexing ${size} synthetic cases on their own`);
        const { index, loadMs, indexMs } = await indexSynthetic(root, dir);
        let where: string;
        let pagefind: Awaited<ReturnType<typeof measurePagefind>> | undefined;
        if (size <= WHOLE_SITE_MAX) {
          console.error(`bench: search, building ${size} synthetic cases`);
          const build = new CasebookBuild(root, dir);
          await build.build({ cards: false });
          if (carrier) {
            carrier.build.dispose();
            rmSync(carrier.dir, { recursive: true, force: true });
          }
          carrier = { build, dir, size };
          where = 'whole site';
        } else {
          if (!carrier) {
            const carrierDir = mkdtempSync(path.join(tmpdir(), `casebook-bench-search-carrier-`));
            await writeSyntheticCasebook(carrierDir, CARRIER_SIZE, path.join(root, 'content'));
            console.error(`bench: search, building the ${CARRIER_SIZE}-case site that carries larger indexes`);
            const build = new CasebookBuild(root, carrierDir);
            await build.build({ cards: false });
            carrier = { build, dir: carrierDir, size: CARRIER_SIZE };
          }
          where = `index in the ${carrier.size}-case site`;
        }
        const written = await writeIndexInto(carrier.build.outDir, index);
        const browser = await measureSearchInBrowser(carrier.build.outDir);
        if (size <= WHOLE_SITE_MAX) {
          pagefind = await measurePagefind(root, carrier.build.outDir);
          pagefindHits.push(`${size} cases: ${Object.entries(pagefind.hits).map(([query, count]) => `${query} ${count}`).join(', ')}`);
          rmSync(path.join(carrier.build.outDir, 'pagefind'), { recursive: true, force: true });
        }
        scaleRows.push([
          `${size}${index.meta.docCount === size ? '' : ` (${index.meta.docCount} loaded)`} (${where})`,
          `${written.files} files, ${mb(written.raw)} / ${mb(written.gzip)}`,
          `${(loadMs / 1000).toFixed(1)} s + ${(indexMs / 1000).toFixed(1)} s (${((indexMs / size) * 1000).toFixed(0)} µs per case)`,
          `${kb(browser.indexGzip.p50)} / ${kb(browser.indexGzip.p95)} ${mark(browser.indexGzip.p95 <= 150 * 1024)}`,
          kb(browser.withCodeGzip.p95),
          pagefind ? kb(pagefind.firstQueryGzip) : '',
          `${browser.first.p50.toFixed(0)} / ${browser.first.p95.toFixed(0)} ms ${mark(browser.first.p95 <= 150)}`,
          `${browser.warm.p50.toFixed(0)} / ${browser.warm.p95.toFixed(0)} ms`,
        ]);
      } finally {
        if (carrier?.dir !== dir) rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    if (carrier) {
      carrier.build.dispose();
      rmSync(carrier.dir, { recursive: true, force: true });
    }
  }
  return [
    `### Search (queries: ${BENCH_QUERIES.join(', ')}; sizes gzip)\n`,
    ...(scaleRows.length
      ? [
          'The search page in headless Chromium (2 cores shared with the bench), each query the first of a fresh browser context, three rounds. ' +
            `Sites up to ${WHOLE_SITE_MAX} cases are built whole; a larger casebook's index is built on its own from its model and written into the search folder of that site. ` +
            'Budgets: ≤ 150 KB fetched and p95 ≤ 150 ms to the first result at 10,000 and 50,000 cases; at 1,000, no more than Pagefind fetches.\n',
          table(['cases', 'index raw / gzip', 'model + index built', 'first query: index fetched p50 / p95', 'with the page\'s code (p95)', 'Pagefind fetched (p95)', 'first query to results p50 / p95', 'later queries p50 / p95'], scaleRows),
          '',
        ]
      : []),
    ...(rows.length ? ['The engine in Node (index built in memory, warm latency over ten runs per query):\n', table(['cases, where', 'metadata raw / gzip', 'body index + case files raw / gzip', 'fetched for a first query (p95)', 'cold first query', 'query p50 / p95'], rows)] : []),
    pagefindHits.length ? `\nPagefind hits per query: ${pagefindHits.join('; ')}` : '',
  ].join('\n');
}
