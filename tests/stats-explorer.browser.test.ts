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

  // The figures left visible, case by case (the table is grouped by case, one tbody each).
  const groupsShown = () =>
    page.$$eval('tbody:not([hidden])', (groups) => groups.map((group) => [...group.querySelectorAll<HTMLElement>('tr[data-case]:not([hidden])')].map((row) => Number(row.dataset.normalized))));

  it('groups the figures by case under the case title, with no title repeated on every row', async () => {
    const headings = await page.$$eval('tbody .case-row th a', (links) => links.map((link) => link.getAttribute('href')));
    expect(headings.length).toBe(7);
    // Links within the site, not to the production address.
    expect(headings.every((href) => href!.startsWith('/cases/'))).toBe(true);
    expect(await page.locator('tbody tr[data-case] td[data-key="case"]').count()).toBe(0);
    expect(await page.locator('tbody tr[data-case]').count()).toBeGreaterThan(200);
  });

  it('filters out a whole case with its heading when none of its figures is left', async () => {
    await page.fill('[data-stats-filters] input[name="q"]', '融资额');
    expect(await page.$$eval('tbody:not([hidden])', (groups) => groups.length)).toBe(2);
    await page.fill('[data-stats-filters] input[name="q"]', '');
    expect(await page.$$eval('tbody:not([hidden])', (groups) => groups.length)).toBe(7);
  });

  it('sorts by normalised value both ways from the column header, within each case', async () => {
    await page.selectOption('select[name="dimension"]', 'currency');
    await page.click('button[data-sort="normalized"]');
    const ascending = await groupsShown();
    // Several amounts of money, not all the same, so the order says something.
    expect(new Set(ascending.flat()).size).toBeGreaterThan(2);
    for (const group of ascending) expect(group).toEqual([...group].sort((a, b) => a - b));
    expect(await page.getAttribute('th:has(button[data-sort="normalized"])', 'aria-sort')).toBe('ascending');
    await page.click('button[data-sort="normalized"]');
    const descending = await groupsShown();
    for (const group of descending) expect(group).toEqual([...group].sort((a, b) => b - a));
    expect(errors).toEqual([]);
  });

  it('shows each figure as a labelled stacked card on a phone, with nothing pushed off screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await phone.goto(page.url());
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const figure = phone.locator('tbody tr[data-case] [data-key="figure"]').first();
    // Each field on a line of its own, after its label.
    expect(await figure.evaluate((cell) => getComputedStyle(cell).display)).toBe('block');
    expect(await figure.evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('"数字："');
    const box = await figure.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await phone.close();
  });
});
