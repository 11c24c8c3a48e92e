import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveStatic } from './helpers/browser.ts';
import { loadContent } from './helpers/content.ts';
import { casebookDist } from './helpers/shared-build.ts';

/** The shared build of the casebook under test (tests/helpers/shared-build.ts). */
const dist = await casebookDist();

/** Results the search page shows at a time. */
const PAGE = 10;

describe('search in a browser', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    ({ url: base, server } = await serveStatic(dist));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('searches from the header box, highlights matches and opens the section', async () => {
    await page.goto(`${base}/cases/yunfu-new-employment/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-site-search'))).toBe(true);
    await page.keyboard.type('红链服务队');
    await page.press('.site-search input', 'Enter');
    await page.waitForSelector('.results li');
    expect(new URL(page.url()).searchParams.get('q')).toBe('红链服务队');
    const marks = await page.$$eval('.results mark', (nodes) => nodes.map((node) => node.textContent));
    expect(marks).toContain('红链服务队');
    const titles = await page.$$eval('.results .result-title', (nodes) => nodes.map((node) => node.textContent));
    expect(titles.some((title) => title?.startsWith('蓬莱'))).toBe(true);
    const href = await page.getAttribute('.results .result-title', 'href');
    await page.click('.results .result-title');
    await page.waitForURL((url) => url.pathname.startsWith('/cases/'));
    expect(href).toMatch(/^\/cases\/penglai-[a-z-]+\/#/);
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
  });

  it('keeps query and filters in the URL, so back and forward work', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('党建')}`);
    await page.waitForSelector('.results li');
    const all = await page.locator('.results li').count();
    expect(all).toBeGreaterThan(1);
    await page.selectOption('select[name="series"]', 'yunfu');
    await expect.poll(() => page.locator('.results li').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('series')).toBe('yunfu');
    await page.goBack();
    await expect.poll(() => page.locator('.results li').count()).toBe(all);
    expect(new URL(page.url()).searchParams.get('series')).toBeNull();
  });

  it('moves through results with the arrow keys', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('骑手')}`);
    await page.waitForSelector('.results li');
    await page.focus('[data-search-input]');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.className);
    expect(first).toBe('result-title');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.textContent);
    const titles = await page.$$eval('.results .result-title', (nodes) => nodes.map((node) => node.textContent));
    expect(second).toBe(titles[1]);
  });

  it('corrects a typo and offers suggestions when nothing matches', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('蓬来')}`);
    await page.waitForSelector('.results li');
    expect(await page.textContent('[data-search-status]')).toContain('已按“蓬莱”搜索');
    await page.goto(`${base}/search/?q=${encodeURIComponent('量子纠缠')}`);
    await page.waitForSelector('[data-search-empty]:not([hidden])');
    expect(await page.locator('.results li').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows partial matches with what they lack, never an empty page when a term matches', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('暖新驿站 量子纠缠')}`);
    await page.waitForSelector('.results li');
    expect(await page.textContent('.results li .result-title')).toContain('云浮');
    expect(await page.textContent('.results li .result-missing')).toBe('缺少：量子、纠缠');
    expect(await page.textContent('[data-search-status]')).toMatch(/找到 \d+ 个案例（0 个包含全部词语）/);
    const marks = await page.$$eval('.results li:first-child mark', (nodes) => nodes.map((node) => node.textContent));
    expect(marks).toContain('暖“新”驿站');
  });

  it('shows the English title, marked as English, for an English query', async () => {
    await page.goto(`${base}/search/?q=${encodeURIComponent('offshore wind power')}`);
    await page.waitForSelector('.results li');
    const english = page.locator('.results li:first-child .result-en');
    expect(await english.getAttribute('lang')).toBe('en');
    expect(await english.textContent()).toMatch(/Penglai/);
    expect(await page.getAttribute('.results li:first-child .result-snippet', 'lang')).toBe('en');
  });

  it('shows ten results at a time, with a button for more only when there are more', async () => {
    // Every case that mentions 党建 is a result.
    const matching = (await loadContent()).cases.filter((entry) => !entry.data.draft && [entry.data.title, entry.data.summary, entry.body].some((text) => text.includes('党建'))).length;
    expect(matching).toBeGreaterThan(1);
    await page.goto(`${base}/search/?q=${encodeURIComponent('党建')}`);
    await page.waitForSelector('.results li');
    expect(await page.locator('.results li').count()).toBe(Math.min(PAGE, matching));
    expect(await page.isHidden('[data-search-more-wrap]')).toBe(matching <= PAGE);
    if (matching > PAGE) {
      await page.click('[data-search-more]');
      await expect.poll(() => page.locator('.results li').count()).toBe(Math.min(2 * PAGE, matching));
    }
  });
});
