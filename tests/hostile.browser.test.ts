import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveStatic } from './helpers/browser.ts';
import { sharedBuild } from './helpers/shared-build.ts';

// A case whose title, summary and body contain markup must show it as text everywhere and run nothing.
describe('hostile text in a case', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let page: Page;
  let outDir: string;
  const dialogs: string[] = [];
  beforeAll(async () => {
    const site = await sharedBuild('tests/fixtures/hostile');
    outDir = site.outDir;
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

  // The fixture carries a payload in every text field a page, feed or export shows: title, summary, English title
  // and summary, a tag, a statistic's subject and period, the series' title and description, the source's
  // description, an author and the note (tests/fixtures/hostile).
  it('runs nothing and injects no element on any page, whatever field the markup came in', async () => {
    const pages = (readdirSync(outDir, { recursive: true }) as string[]).filter((name) => name.endsWith('.html')).map((name) => name.split(path.sep).join('/'));
    expect(pages.length).toBeGreaterThan(15);
    for (const name of pages) {
      await page.goto(`${base}/${name.replace(/index\.html$/, '')}`);
      const injected = await page.evaluate(() => ({
        handlers: [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => /^on/i.test(attribute.name))).map((element) => element.outerHTML.slice(0, 80)),
        // Scripts the browser would run; the JSON-LD data block may quote the hostile text, as data, and must parse.
        scripts: [...document.scripts].filter((script) => ['', 'module', 'text/javascript'].includes(script.type) && /alert\(/.test(script.textContent ?? '')).length,
        data: [...document.querySelectorAll('script[type="application/ld+json"]')].every((script) => {
          try {
            JSON.parse(script.textContent ?? '');
            return !/<\/script/i.test(script.textContent ?? '');
          } catch {
            return false;
          }
        }),
        images: document.querySelectorAll('img[src="x"], svg[onload]').length,
      }));
      expect(injected, name).toEqual({ handlers: [], scripts: 0, images: 0, data: true });
    }
    expect(dialogs).toEqual([]);
  });

  it('keeps the markup as text in the feeds and the data files', () => {
    const rss = readFileSync(path.join(outDir, 'rss.xml'), 'utf8');
    expect(rss).not.toMatch(/<(img|script|svg)[\s>]/);
    expect(rss).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const stats = JSON.parse(readFileSync(path.join(outDir, 'api/stats.json'), 'utf8')) as { statistics: { subject: string; period: string }[] };
    expect(stats.statistics[0]).toMatchObject({ subject: "风电叶片'><img src=x onerror=alert(6)>", period: '</title><script>alert(7)' });
    const cases = JSON.parse(readFileSync(path.join(outDir, 'api/cases.json'), 'utf8')) as { cases: { title: string }[] };
    expect(cases.cases[0]!.title).toBe('标题里的<img src=x onerror=alert(1)>不应执行');
  });
});
