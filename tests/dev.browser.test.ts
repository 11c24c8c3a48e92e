import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser.ts';
import { root, userEnv } from './helpers/build.ts';
import { startDevServer, type DevServer } from '../scripts/bench/dev-server.ts';

// `npm run dev` over a copy of the valid fixture: an editor's mistakes show in Astro's error overlay, at their file
// and line, and fixing them clears it, without restarting the server.
describe('npm run dev while an editor works', () => {
  let server: DevServer;
  let base: string;
  let content: string;
  let browser: Browser;
  let page: Page;
  const file = () => path.join(content, 'cases/penglai-sample.mdx');
  let original: string;

  beforeAll(async () => {
    // Outside node_modules, which the dev server's file watcher ignores.
    content = mkdtempSync(path.join(tmpdir(), 'casebook-dev-'));
    cpSync(path.join(root, 'tests/fixtures/valid'), content, { recursive: true });
    original = readFileSync(file(), 'utf8');
    server = await startDevServer(root, { ...userEnv(), CASEBOOK_CONTENT: content, CASEBOOK_SOURCE_TEXTS: path.join(content, 'texts') });
    base = server.url;
    // The first requests may arrive while the server still optimises its dependencies.
    for (let tries = 0; tries < 60 && (await fetch(`${base}/cases/penglai-sample/`).then((response) => response.status, () => 0)) !== 200; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(`${base}/cases/penglai-sample/`);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    server?.stop();
    rmSync(content, { recursive: true, force: true });
  });

  /** The text of Astro's error overlay once it shows (it lives in a shadow root). */
  const overlay = async () => {
    await page.locator('vite-error-overlay').waitFor({ timeout: 20_000 });
    return page.evaluate(() =>
      [...document.querySelector('vite-error-overlay')!.shadowRoot!.children]
        .filter((node) => node.tagName !== 'STYLE')
        .map((node) => (node as HTMLElement).innerText)
        .join('\n'),
    );
  };
  const cleared = async () => {
    await page.locator('vite-error-overlay').waitFor({ state: 'detached', timeout: 20_000 });
    await page.waitForLoadState('load');
  };
  const edit = (from: string, to: string) => {
    const text = readFileSync(file(), 'utf8');
    expect(text).toContain(from);
    writeFileSync(file(), text.replace(from, to));
  };
  const restore = () => writeFileSync(file(), original);

  it('serves the case page while the casebook is sound', async () => {
    // (The first visit may reload once while the server optimises its dependencies.)
    await page.waitForFunction(() => document.title.includes('蓬莱区'), undefined, { timeout: 20_000 });
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
  });

  it('shows a figure its source does not print at its line, and clears when it is fixed', async () => {
    edit('figure: "126米"', 'figure: "128米"');
    const text = await overlay();
    expect(text).toContain('penglai-sample.mdx:15:13 stats[0].figure: "128米" is not printed in source "spread-b14-b15"');
    expect(text).toContain('the nearest it prints: 126米');
    restore();
    await cleared();
    // The overlay goes before the reloaded page has its body: wait for the page to show the figure again.
    await page.waitForFunction(() => document.body?.textContent?.includes('126米'), undefined, { timeout: 20_000 });
  }, 60_000);

  it('suggests the statistic meant by a mistyped <Stat id>, and the series meant by a mistyped series', async () => {
    edit('<Stat id="blade-length" />', '<Stat id="blade-lenght" />');
    expect(await overlay()).toContain('<Stat id="blade-lenght" /> names no statistic declared in this file\'s stats (did you mean "blade-length"?)');
    restore();
    await cleared();
    edit('series: penglai-chain', 'series: penglai-chian');
    expect(await overlay()).toContain('series: unknown series "penglai-chian" (did you mean "penglai-chain"?)');
    restore();
    await cleared();
  }, 60_000);

  it('shows YAML broken mid-typing instead of a stale page, and recovers', async () => {
    edit('title: 蓬莱区', 'title: [蓬莱区');
    expect(await overlay()).toMatch(/penglai-sample\.mdx:\d+:\d+/);
    restore();
    await cleared();
    // The page comes back by itself once the content store has the case again.
    await page.waitForFunction(() => document.title.includes('蓬莱区'), undefined, { timeout: 10_000 });
    expect(server.exitCode()).toBeNull();
  }, 60_000);

  it('checks again when a source text is saved', async () => {
    const text = path.join(content, 'texts/002_53224f3071a808ca.txt');
    const printed = readFileSync(text, 'utf8');
    writeFileSync(text, printed.replace('126米', '127米'));
    expect(await overlay()).toContain('stats[0].figure: "126米" is not printed in source "spread-b14-b15"');
    writeFileSync(text, printed);
    await cleared();
    await page.waitForFunction(() => document.title.includes('蓬莱区'), undefined, { timeout: 10_000 });
  }, 60_000);
});
