// The English evaluation set (tests/fixtures/search/queries-en.json) on the built site of a small English casebook
// (tests/fixtures/search-en), through the search page in Chromium: the same engine, index files and bundle readers get.
import { englishQueries } from './helpers/english-queries.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInBrowser } from './helpers/browser.ts';
import { sharedBuild } from './helpers/shared-build.ts';

const content = 'tests/fixtures/search-en';
const site = await sharedBuild(content, { env: { CASEBOOK_CARDS: 'off' } });
if (site.status !== 0) throw new Error(`${content} does not build:\n${site.output}`);

const queries = englishQueries;

/** A result as the page shows it: the case it links to, the section heading it names, its marks, and whether it lacks terms. */
interface ShownResult {
  id: string;
  heading: string;
  marks: string[];
  lacking: boolean;
}

/** Runs a query on the search page and reads what it shows. */
async function search(page: Page, base: string, query: string): Promise<ShownResult[]> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('.results li, [data-search-empty]:not([hidden])');
  return page.$$eval('.results li', (items) =>
    items.map((item) => ({
      id: /\/cases\/([^/]+)\//.exec(item.querySelector('a.result-title')?.getAttribute('href') ?? '')?.[1] ?? '',
      heading: item.querySelector('.result-meta')?.textContent?.split(' · ').at(-1) ?? '',
      marks: [...item.querySelectorAll('.result-snippet mark')].map((mark) => mark.textContent ?? ''),
      lacking: item.querySelector('.result-missing') !== null,
    })),
  );
}

describe('search over an English casebook, in a browser', () => {
  const browser = siteInBrowser(site.outDir);
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    page = await browser.browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
  });

  it('puts a right answer first for every query of the English evaluation set', async () => {
    const misses: string[] = [];
    for (const query of queries) {
      const results = await search(page, browser.base, query.query);
      const first = results[0];
      const right = first !== undefined && query.expect.includes(first.id) && (!query.section || first.heading === query.section);
      const noise = query.alone ? results.filter((result) => !result.lacking && !query.expect.includes(result.id)).map((result) => result.id) : [];
      if (!right || noise.length) misses.push(`${query.query} → ${results.map((result) => result.id).join(', ')}${noise.length ? ` (with every term: ${noise.join(', ')})` : ''}`);
    }
    expect(misses).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('highlights stemmed, hyphenated and accented matches as printed', async () => {
    const [farming] = await search(page, browser.base, 'farming');
    expect(farming?.marks).toEqual(expect.arrayContaining(['farming', 'farms']));
    const [cooperative] = await search(page, browser.base, 'cooperatives');
    expect(cooperative?.marks).toEqual(expect.arrayContaining(['co-operative', 'cooperatives']));
    const [caretaker] = await search(page, browser.base, 'jose nunez');
    expect(caretaker?.marks).toEqual(['José', 'Núñez']);
  });

  it('says why when a query has only stop words', async () => {
    await search(page, browser.base, 'how does it');
    const status = await page.textContent('[data-search-status]');
    expect(status).toContain('how does it');
    expect(await page.locator('.results li').count()).toBeGreaterThan(0);
  });
});
