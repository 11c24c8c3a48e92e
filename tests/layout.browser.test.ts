import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveStatic } from './helpers/browser.ts';
import { root } from './helpers/build.ts';
import { loadContent } from './helpers/content.ts';
import { casebookDist } from './helpers/shared-build.ts';

/** The shared build of the casebook under test (tests/helpers/shared-build.ts). */
const dist = await casebookDist();

// Real headless Chromium over the built bundled casebook.
describe('pages in a browser', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let pages: string[];
  beforeAll(async () => {
    ({ url: base, server } = await serveStatic(dist));
    browser = await launchBrowser();
    const casebook = await loadContent();
    pages = ['/', '/cases/', '/series/penglai-chain/', '/regions/', '/tags/', ...casebook.cases.map((entry) => `/cases/${entry.id}/`)];
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('fits a 360 px phone screen without sideways scrolling, and logs no errors', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    for (const url of pages) {
      await page.goto(base + url);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, url).toBeLessThanOrEqual(360);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets a keyboard user skip to the content and reach every statistic', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/cases/penglai-edz/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    // Following a figure in the prose lands on its row in the data table.
    const stat = page.locator('.prose a.stat').first();
    const id = await stat.getAttribute('data-stat');
    await stat.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe(`#stat-${id}`);
    expect(await page.locator(`#stat-${id}`).isVisible()).toBe(true);
    await page.close();
  });

  it('keeps the table of contents beside the text on a desktop and above it on a phone', async () => {
    const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await desktop.goto(`${base}/cases/penglai-edz/`);
    const [toc, prose] = await Promise.all([desktop.locator('.toc').boundingBox(), desktop.locator('.prose').boundingBox()]);
    expect(toc!.x + toc!.width).toBeLessThanOrEqual(prose!.x);
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await phone.goto(`${base}/cases/penglai-edz/`);
    const [phoneToc, phoneProse] = await Promise.all([phone.locator('.toc').boundingBox(), phone.locator('.prose').boundingBox()]);
    expect(phoneToc!.y + phoneToc!.height).toBeLessThanOrEqual(phoneProse!.y);
    await desktop.close();
    await phone.close();
  });
});
