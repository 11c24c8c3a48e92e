import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveStatic } from './helpers/browser.ts';

describe('stats explorer in a browser', () => {
  let browser: Browser;
  let server: Server;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    const served = await serveStatic(inject('casebookDist'));
    server = served.server;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${served.url}/stats/`);
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  const visibleFigures = () => page.$$eval('tbody tr:not([hidden]) [data-key="figure"]', (cells) => cells.map((cell) => cell.textContent!.trim()));

  it('filters by keyword and by unit, and says how many remain', async () => {
    const all = (await visibleFigures()).length;
    expect(all).toBeGreaterThan(200);
    await page.fill('[data-stats-filters] input[name="q"]', '融资额');
    const financed = await visibleFigures();
    expect(financed).toEqual(['2.6亿元', '2.6亿元']);
    expect(await page.textContent('[data-stats-count]')).toBe('2 项');
    await page.fill('[data-stats-filters] input[name="q"]', '');
    await page.selectOption('select[name="dimension"]', 'percent');
    const percents = await visibleFigures();
    expect(percents.length).toBeGreaterThan(3);
    expect(percents.every((figure) => figure.endsWith('%'))).toBe(true);
    await page.selectOption('select[name="dimension"]', '');
    expect((await visibleFigures()).length).toBe(all);
  });

  it('sorts by normalised value both ways from the column header', async () => {
    await page.selectOption('select[name="dimension"]', 'currency');
    await page.click('button[data-sort="normalized"]');
    const ascending = await page.$$eval('tbody tr:not([hidden])', (rows) => rows.map((row) => Number((row as HTMLElement).dataset.normalized)));
    // Several amounts of money, not all the same, so the order says something.
    expect(new Set(ascending).size).toBeGreaterThan(2);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await page.getAttribute('th:has(button[data-sort="normalized"])', 'aria-sort')).toBe('ascending');
    await page.click('button[data-sort="normalized"]');
    const descending = await page.$$eval('tbody tr:not([hidden])', (rows) => rows.map((row) => Number((row as HTMLElement).dataset.normalized)));
    expect(descending[0]).toBe(Math.max(...ascending));
    expect(errors).toEqual([]);
  });
});
