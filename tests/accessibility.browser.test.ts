import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { launchBrowser, serveStatic } from './helpers/browser.ts';
import { basePath, builtPages, bySection } from './helpers/built-site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Impacts that fail the gate; moderate and minor findings are reported by axe but left to judgement. */
const FAILING = new Set(['serious', 'critical']);

/** Phone and desktop widths; each page is loaded once and checked at both. */
const WIDTHS = [375, 1280];

// axe-core in headless Chromium over every built page of the bundled casebook, on a phone and on a
// desktop, plus the search page with results (drawn by its script): no serious or critical violation.
// One browser page visits the pages in turn; one test per part of the site names the part that fails.
describe(`every page passes axe-core at ${WIDTHS.join(' and ')} px`, () => {
  const dist = inject('casebookDist');
  let browser: Browser;
  let server: Server;
  let base: string;
  let page: Page;
  beforeAll(async () => {
    ({ url: base, server } = await serveStatic(dist));
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  /** Serious and critical violations on `url` at each width, one line per element. */
  async function violationsOn(url: string, ready?: string): Promise<string[]> {
    const found: string[] = [];
    await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
    await page.goto(base + url);
    if (ready) await page.waitForSelector(ready);
    await page.evaluate(axeSource);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const results = await page.evaluate(() => (window as unknown as { axe: { run: (options: object) => Promise<AxeResults> } }).axe.run({ resultTypes: ['violations'] }));
      for (const violation of results.violations) {
        if (!FAILING.has(violation.impact ?? '')) continue;
        for (const node of violation.nodes) found.push(`${url} at ${width} px: ${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${violation.help}`);
      }
    }
    return found;
  }

  const pages = builtPages(dist);
  it('covers the whole site', () => {
    expect(pages.length).toBeGreaterThan(60);
  });

  for (const [section, group] of bySection(pages)) {
    it(`${section}: ${group.length} page${group.length > 1 ? 's' : ''}`, { timeout: 120_000 }, async () => {
      const found: string[] = [];
      for (const built of group) found.push(...(await violationsOn(built.path)));
      expect(found).toEqual([]);
    });
  }

  it('search results for 党建', async () => {
    expect(await violationsOn(`${basePath}search/?q=${encodeURIComponent('党建')}`, '.results li')).toEqual([]);
  });
});
