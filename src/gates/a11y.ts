// The accessibility gate: axe-core in headless Chromium (the one the reports print with: CHROMIUM_PATH, an
// installed Chromium or Chrome, else the one inside the npm package @sparticuz/chromium; nothing is
// downloaded) over the built site served locally under its base path, each page on a phone and on a
// desktop, plus the search page showing results: no serious or critical violation.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { indexPaths, type SearchDocFile, type SearchMeta } from '../domain/search-index.ts';
import { launchChromium } from '../outputs/reports/browser.ts';
import { serveStatic } from '../outputs/reports/static-server.ts';
import { builtPages, type BuiltFile, type BuiltSite } from './built-site.ts';
import type { GateResult, Problem } from './result.ts';
import { addTo } from '../domain/append-all.ts';

/** Impacts that fail the gate; moderate and minor findings are reported by axe but left to judgement. */
export const FAILING_IMPACTS = new Set(['serious', 'critical']);

/** Phone and desktop widths, in CSS pixels; each page is loaded once and checked at both. */
export const WIDTHS = [375, 1280];

/** How long a page may take to draw what the gate waits for (the search results), in milliseconds. */
const READY_TIMEOUT = 15_000;

/** How many pages of each kind the gate loads by default (see {@link samplePages}). */
export const DEFAULT_PER_KIND = 10;

/**
 * Serves axe-core to the pages as a cacheable script, so Chromium compiles it once for the whole run
 * instead of once a page (about 50 ms a page).
 */
async function serveAxe(): Promise<{ url: string; server: Server }> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'public, max-age=3600' });
    response.end(source);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/axe.min.js`, server };
}

/** A site served locally, a Chromium page and axe-core: check pages in turn, then close. */
export interface AxeSession {
  /**
   * Serious and critical violations on the page at `url` (a site path, query allowed) at each width, one
   * per element; waits up to `timeout` ms for `ready` (a selector) first when given, and reports it missing.
   */
  check(url: string, ready?: string, timeout?: number): Promise<Problem[]>;
  close(): Promise<void>;
}

/** Serves `site` under its base path, launches Chromium and opens one page to run axe-core in. */
export async function startAxe(site: BuiltSite, widths: readonly number[] = WIDTHS): Promise<AxeSession> {
  const servers: Server[] = [];
  let browser: Browser | undefined;
  try {
    const [served, axe] = await Promise.all([serveStatic(site.dir, site.base), serveAxe()]);
    servers.push(served.server, axe.server);
    browser = await launchChromium();
    let width = widths[0]!;
    // A content security policy on the pages must not keep axe out.
    const page: Page = await (await browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } })).newPage();
    return {
      async check(url, ready, timeout = READY_TIMEOUT) {
        const found: Problem[] = [];
        await page.goto(served.url + url);
        // A page whose script never draws what it should is a problem to report, not a reason to stop the gate.
        if (ready && !(await page.waitForSelector(ready, { timeout }).catch(() => null))) {
          found.push({ page: url, where: ready, message: `nothing matched ${ready} within ${timeout / 1000} s: the page's script did not draw it` });
        }
        await page.addScriptTag({ url: axe.url });
        // The width the last page ended at first, then the others: one resize a page.
        for (const next of [width, ...widths.filter((other) => other !== width)]) {
          if (next !== width) await page.setViewportSize({ width: (width = next), height: 900 });
          const results = await page.evaluate(() => (window as unknown as { axe: { run: (options: object) => Promise<AxeResults> } }).axe.run({ resultTypes: ['violations'] }));
          for (const violation of results.violations) {
            if (!FAILING_IMPACTS.has(violation.impact ?? '')) continue;
            for (const node of violation.nodes) found.push({ page: url, where: `at ${width} px ${node.target.join(' ')}`, message: `${violation.id} (${violation.impact}): ${violation.help}` });
          }
        }
        return found;
      },
      async close() {
        await browser?.close();
        for (const server of servers) server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    for (const server of servers) server.close();
    throw error;
  }
}

/**
 * A page's kind: its path under the base path with every segment between the first and the last a `*`
 * (`cases/a/` and `cases/b/` are one kind, `regions/a/b/` another; the home page is `home`).
 */
export function kindOf(site: BuiltSite, page: BuiltFile): string {
  const segments = page.path.slice(site.base.length).split('/');
  return segments.map((segment, index) => (index === 0 || index === segments.length - 1 ? segment : '*')).join('/') || 'home';
}

/**
 * At most `perKind` pages of each kind (see {@link kindOf}), spread evenly over the kind in path order
 * (its first and last page always among them), so a large casebook's thousand case pages cost ten
 * loads and every kind of page is still seen. `Infinity` keeps every page.
 */
export function samplePages(site: BuiltSite, pages: readonly BuiltFile[], perKind: number): BuiltFile[] {
  const kinds = new Map<string, BuiltFile[]>();
  for (const page of pages) addTo(kinds, kindOf(site, page), page);
  const chosen = new Set<BuiltFile>();
  for (const group of kinds.values()) {
    if (group.length <= perKind) group.forEach((page) => chosen.add(page));
    else if (perKind === 1) chosen.add(group[0]!);
    else for (let index = 0; index < perKind; index++) chosen.add(group[Math.round((index * (group.length - 1)) / (perKind - 1))]!);
  }
  return pages.filter((page) => chosen.has(page));
}

/**
 * A query with results on the site's search page: the title of the first case in the search index
 * (search/meta.json, then that case's file), which finds at least that case. None when the site has no index.
 */
export function searchQuery(site: BuiltSite): string | undefined {
  const file = path.join(site.dir, 'search/meta.json');
  if (!existsSync(file)) return undefined;
  const meta = JSON.parse(readFileSync(file, 'utf8')) as SearchMeta;
  if (!meta.docCount) return undefined;
  return (JSON.parse(readFileSync(path.join(site.dir, 'search', indexPaths.doc(meta, 0)), 'utf8')) as SearchDocFile).doc.title;
}

/** The address of the search page showing the results for `query`, and the selector of a result to wait for. */
export const searchResults = (site: BuiltSite, query: string) => ({ url: `${site.base}search/?q=${encodeURIComponent(query)}`, ready: '.results li' });

/** Options of the accessibility gate. */
export interface A11yOptions {
  /** Pages of each kind to load (default {@link DEFAULT_PER_KIND}; `Infinity` for every page). */
  perKind?: number;
  /** The query whose results the search page is checked with (default {@link searchQuery}). */
  query?: string;
}

/** The accessibility gate over `site`: a sample of its pages (see {@link samplePages}) and the search page with results. */
export async function checkA11y(site: BuiltSite, options: A11yOptions = {}): Promise<GateResult> {
  const perKind = options.perKind ?? DEFAULT_PER_KIND;
  const all = builtPages(site);
  const pages = samplePages(site, all, perKind);
  const query = options.query ?? searchQuery(site);
  const axe = await startAxe(site);
  const problems: Problem[] = [];
  try {
    for (const page of pages) problems.push(...(await axe.check(page.path)));
    if (query !== undefined) {
      const { url, ready } = searchResults(site, query);
      problems.push(...(await axe.check(url, ready)));
    }
  } finally {
    await axe.close();
  }
  const notes = pages.length < all.length ? [`a11y loaded ${pages.length} of ${all.length} pages: at most ${perKind} of each kind (--a11y-pages all loads every page)`] : [];
  if (query !== undefined) notes.push(`a11y checked the search page with the results for "${query}"`);
  return { gate: 'a11y', checked: { pages: pages.length + (query !== undefined ? 1 : 0), widths: WIDTHS.length }, problems, notes };
}
