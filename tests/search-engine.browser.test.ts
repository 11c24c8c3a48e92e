// The search page with a search server named in casebook.yaml: the built page, its form carrying the setting
// as a build with `search.engine` writes it, asks a stub Meilisearch server (its search API as documented).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveStatic } from './helpers/browser.ts';
import { casebookDist } from './helpers/shared-build.ts';

const dist = await casebookDist();

/** What the stub was asked: the request's path, its Authorization header and its JSON body. */
interface Asked {
  path: string;
  authorization?: string;
  body: { q: string; limit: number; offset: number; filter: string[]; highlightPreTag: string; highlightPostTag: string };
}

/** A stub of Meilisearch's POST /indexes/{uid}/search: answers every query with one hit, its text highlighted as asked. */
function stubServer(asked: Asked[]): Promise<{ server: Server; url: string }> {
  const read = (request: IncomingMessage) => new Promise<string>((resolve) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
  });
  const server = createServer(async (request, response) => {
    // A browser on another origin asks first (CORS), as it would ask a real server.
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
    if (request.method === 'OPTIONS') return response.end();
    const body = JSON.parse(await read(request)) as Asked['body'];
    asked.push({ path: request.url ?? '', authorization: request.headers.authorization, body });
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify({
      hits: [{
        id: 'penglai-offshore-chain_2', case: 'penglai-offshore-chain', anchor: 'results', heading: '成效',
        text: '蓬莱海上风电产业链年产值突破百亿元。', title: '蓬莱海上风电产业链', summary: '摘要', series: 'penglai-chain', seriesTitle: '蓬莱产业链',
        kind: 'industrial-chain', kindLabel: '产业链', place: '山东省 烟台市 蓬莱区', province: '山东省', tags: [],
        _formatted: { text: `蓬莱${body.highlightPreTag}海上风电${body.highlightPostTag}产业链年产值突破百亿元。` },
      }],
      query: body.q, limit: body.limit, offset: body.offset, estimatedTotalHits: 1,
    }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

describe('search through a search server', () => {
  let browser: Browser;
  let page: Page;
  let site: Server;
  let stub: Server;
  let base: string;
  let folder: string;
  const asked: Asked[] = [];
  const fetched: string[] = [];
  beforeAll(async () => {
    const started = await stubServer(asked);
    stub = started.server;
    // The built site, its search page's form carrying the setting as a build with `search.engine` writes it.
    folder = mkdtempSync(path.join(tmpdir(), 'casebook-search-engine-'));
    for (const entry of ['_astro', 'search/meta.json', 'search/files']) {
      mkdirSync(path.dirname(path.join(folder, entry)), { recursive: true });
      symlinkSync(path.join(dist, entry), path.join(folder, entry));
    }
    const engine = JSON.stringify({ kind: 'meilisearch', url: started.url, indexUid: 'casebook', apiKey: 'search-only-key' }).replace(/"/g, '&quot;');
    const html = readFileSync(path.join(dist, 'search/index.html'), 'utf8');
    expect(html).not.toContain('data-search-engine');
    writeFileSync(path.join(folder, 'search/index.html'), html.replace('data-search-form', `data-search-form data-search-engine="${engine}"`));
    ({ url: base, server: site } = await serveStatic(folder));
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('request', (request) => fetched.push(request.url()));
  });
  afterAll(async () => {
    await browser?.close();
    site?.close();
    stub?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('sends the query read as the static search reads it, with the key, and shows the hit highlighted', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('蓬萊 海上風電 2.6亿元')}`);
    await page.waitForSelector('.results li');
    const last = asked.at(-1)!;
    expect(last.path).toBe('/indexes/casebook/search');
    expect(last.authorization).toBe('Bearer search-only-key');
    // Traditional characters made simplified with the index's own map; the figure added as the export's token.
    expect(last.body.q).toMatch(/^蓬莱 海上风电 2\.6亿元 fig[0-9a-f]+/);
    expect(last.body.limit).toBe(10);
    expect(await page.getAttribute('.results li a.result-title', 'href')).toMatch(/\/cases\/penglai-offshore-chain\/#results$/);
    expect(await page.$$eval('.results li mark', (marks) => marks.map((mark) => mark.textContent))).toEqual(['海上风电']);
    expect(await page.textContent('[data-search-status]')).toMatch(/1/);
    // The static index is not searched: meta.json (for the character map) is all the page reads of it.
    expect(fetched.filter((url) => url.includes('/search/files/'))).toEqual([]);
  });

  it('sends the filters as the server\'s filter expressions', async () => {
    await page.selectOption('select[name="series"]', 'yunfu');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('series') === 'yunfu');
    await expect.poll(() => asked.at(-1)!.body.filter).toEqual(['series = "yunfu"']);
  });
});
