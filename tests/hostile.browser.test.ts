import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveStatic } from './helpers/browser.ts';
import { buildSite } from './helpers/build.ts';

// A case whose title, summary and body contain markup must show it as text everywhere and run nothing.
describe('hostile text in a case', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let page: Page;
  const dialogs: string[] = [];
  beforeAll(async () => {
    const site = buildSite('tests/fixtures/hostile');
    if (site.status !== 0) throw new Error(site.output);
    ({ url: base, server } = await serveStatic(site.outDir));
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('shows the markup as text on the case page', async () => {
    await page.goto(`${base}/cases/hostile-text/`);
    expect(await page.textContent('h1')).toBe('标题里的<img src=x onerror=alert(1)>不应执行');
    expect(await page.textContent('.prose')).toContain('正文写着 <img src=x onerror=alert(1)> 这段文字');
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('shows the markup as text in search results and runs nothing', async () => {
    await page.goto(`${base}/search/?q=onerror`);
    await page.waitForSelector('.results li');
    expect(await page.textContent('.results .result-title')).toBe('标题里的<img src=x onerror=alert(1)>不应执行');
    expect(await page.textContent('.results .result-snippet')).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('.results img, .results script').count()).toBe(0);
    await page.goto(`${base}/search/?q=${encodeURIComponent('alert(2)')}`);
    await page.waitForSelector('.results li');
    expect(await page.locator('.results script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
