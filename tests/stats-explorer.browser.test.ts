import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveStatic } from './helpers/browser.ts';
import { casebookDist } from './helpers/shared-build.ts';

/** The shared build of the casebook under test (tests/helpers/shared-build.ts). */
const dist = await casebookDist();

/** Cases listed on one page of the explorer (`/stats/`, `/stats/2/`…). */
const CASES_PER_PAGE = 25;

/** A statistic as /api/stats.json publishes it (the fields this test reads). */
interface StatRow {
  case: string;
  caseTitle: string;
  subject: string;
  metric: string;
  figure: string;
  period: string;
}

describe('stats explorer in a browser', () => {
  let browser: Browser;
  let server: Server;
  let page: Page;
  const errors: string[] = [];
  /** The first page's statistics, from the site's own data files: the cases it lists (up to 25, in the site's order) and their rows. */
  let cases: string[];
  let rows: StatRow[];
  /** The figures of the rows a keyword filter keeps: every row whose case title, subject, metric, figure or period has it. */
  const matching = (keyword: string) => rows.filter((row) => `${row.caseTitle} ${row.subject} ${row.metric} ${row.figure} ${row.period}`.toLowerCase().includes(keyword.toLowerCase()));
  beforeAll(async () => {
    const read = (file: string) => JSON.parse(readFileSync(path.join(dist, file), 'utf8'));
    const all = (read('api/stats.json') as { statistics: StatRow[] }).statistics;
    cases = (read('api/cases.json') as { cases: { id: string }[] }).cases.slice(0, CASES_PER_PAGE).map((entry) => entry.id).filter((id) => all.some((row) => row.case === id));
    rows = all.filter((row) => cases.includes(row.case));
    const served = await serveStatic(dist);
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
    expect(all).toBe(rows.length);
    await page.fill('[data-stats-filters] input[name="q"]', '融资额');
    const financed = await visibleFigures();
    expect(financed).toContain('2.6亿元');
    expect(financed).toEqual(matching('融资额').map((row) => row.figure));
    expect(await page.textContent('[data-stats-count]')).toBe(`${financed.length} 项`);
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
    // One heading per case with figures, in the site's order, linking within the site (not to the production address).
    expect(headings).toEqual(cases.map((id) => `/cases/${id}/`));
    expect(await page.locator('tbody tr[data-case] td[data-key="case"]').count()).toBe(0);
    expect(await page.locator('tbody tr[data-case]').count()).toBe(rows.length);
  });

  it('filters out a whole case with its heading when none of its figures is left', async () => {
    await page.fill('[data-stats-filters] input[name="q"]', '融资额');
    const left = new Set(matching('融资额').map((row) => row.case)).size;
    expect(left).toBeLessThan(cases.length);
    expect(await page.$$eval('tbody:not([hidden])', (groups) => groups.length)).toBe(left);
    await page.fill('[data-stats-filters] input[name="q"]', '');
    expect(await page.$$eval('tbody:not([hidden])', (groups) => groups.length)).toBe(cases.length);
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
