import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveStatic } from './helpers/browser.ts';
import { root } from './helpers/build.ts';
import { caseFileIds, contentDir } from './helpers/content.ts';
import { casebookDist } from './helpers/shared-build.ts';

/** The shared build of the casebook under test (tests/helpers/shared-build.ts). */
const dist = await casebookDist();

// What a reader notices at a glance, checked in headless Chromium at a phone's and a desktop's width:
// no sideways scrolling, no title ending on a lone character, figure grids without a lone figure on a row,
// ranks not in the accent colour, a visible focus ring, data tables as labelled rows on a phone, no source
// ids and no stray spaces between Chinese characters. Each page is also photographed (the viewport only):
// into CASEBOOK_SCREENSHOTS when set (`CASEBOOK_SCREENSHOTS=docs/screenshots` refreshes the README's
// pictures), else into a temporary folder.
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'case', path: '/cases/penglai-edz/' },
  { name: 'stats', path: '/stats/' },
  { name: 'data-check', path: '/data-check/' },
  { name: 'report', path: '/reports/penglai-chain/' },
];
const WIDTHS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];
const shots = path.resolve(root, process.env.CASEBOOK_SCREENSHOTS || path.join(tmpdir(), 'casebook-screenshots'));
/** Source ids, which belong in data files and never in front of readers. */
const sourceIds = readdirSync(path.resolve(root, contentDir, 'sources')).map((file) => file.replace(/\.ya?ml$/, ''));

/**
 * Saves a screenshot as a small PNG: reduced to a palette of at most 256 colours (a page of text and rules
 * needs no more), some 50 KB instead of 150–200 KB, with sharp (installed with Astro); as taken where
 * sharp is missing.
 */
async function photograph(png: Buffer, name: string) {
  const file = path.join(shots, name);
  try {
    const { default: sharp } = await import('sharp');
    await sharp(png).png({ palette: true, quality: 80, effort: 7 }).toFile(file);
  } catch {
    writeFileSync(file, png);
  }
}

/**
 * The lines of every title on the page (headings, and case titles in lists): per title, each line's width and
 * its letters (Han, Latin letters and digits; punctuation is not counted), from Range.getClientRects.
 */
function titleLines(page: Page) {
  return page.evaluate(() => {
    const word = /[\p{Script=Han}\p{L}\p{N}]/u;
    const titles = [...document.querySelectorAll<HTMLElement>('h1, h2, h3, .case-card .title')].filter((title) => title.getClientRects().length > 0);
    return titles.map((title) => {
      const lines: { top: number; left: number; right: number; letters: number }[] = [];
      const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let index = 0; index < text.length; index++) {
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          let line = lines.find((candidate) => Math.abs(candidate.top - rect.top) < rect.height / 2);
          if (!line) lines.push((line = { top: rect.top, left: rect.left, right: rect.right, letters: 0 }));
          line.left = Math.min(line.left, rect.left);
          line.right = Math.max(line.right, rect.right);
          if (word.test(text[index]!)) line.letters++;
        }
      }
      lines.sort((a, b) => a.top - b.top);
      return { text: title.textContent!.trim(), fontSize: parseFloat(getComputedStyle(title).fontSize), lines: lines.map((line) => ({ width: line.right - line.left, letters: line.letters })) };
    });
  });
}

/** The rows of each figure grid on the page: how many figures stand on each row. */
function gridRows(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.figure-grid, .headline-grid, .key-stats ul')].map((grid) => {
      const rows = new Map<number, number>();
      for (const item of grid.children) {
        const top = Math.round((item as HTMLElement).getBoundingClientRect().top);
        rows.set(top, (rows.get(top) ?? 0) + 1);
      }
      return [...rows.entries()].sort(([a], [b]) => a - b).map(([, count]) => count);
    }),
  );
}

/**
 * The rows a figure grid of `count` figures takes in a wide column, as the design sets them (src/styles/global.css,
 * "A grid of headline figures that fits its count"): rows of four; two, three or six figures in equal rows; five,
 * nine, thirteen… ending on a row of three and a row of two.
 */
function wideRows(count: number): number[] {
  if (count === 2 || count === 3) return [count];
  if (count === 6) return [3, 3];
  if (count >= 5 && (count - 5) % 4 === 0) return [...Array<number>((count - 5) / 4).fill(4), 3, 2];
  return [...Array<number>(Math.floor(count / 4)).fill(4), ...(count % 4 ? [count % 4] : [])];
}

describe('the look, at a phone\'s and a desktop\'s width', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    ({ url: base, server } = await serveStatic(dist));
    browser = await launchBrowser();
    mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  for (const viewport of WIDTHS) {
    it(`lays out every page for a reader at ${viewport.width} px`, async () => {
      const page = await browser.newPage({ viewport });
      for (const { name, path: url } of PAGES) {
        await page.goto(base + url);
        await photograph(await page.screenshot(), `${name}-${viewport.width}.png`);

        // Nothing scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(viewport.width);

        // No title ends on a lone character: its last line holds at least two letters and two ems.
        for (const title of await titleLines(page)) {
          if (title.lines.length < 2) continue;
          const last = title.lines.at(-1)!;
          expect(last.letters, `${url} "${title.text}" ends on a lone character`).toBeGreaterThanOrEqual(2);
          expect(last.width, `${url} "${title.text}": last line ${Math.round(last.width)} px`).toBeGreaterThanOrEqual(2 * title.fontSize);
        }

        // Figure grids: where figures stand side by side, none stands alone on a row.
        for (const rows of await gridRows(page)) {
          const count = rows.reduce((sum, row) => sum + row, 0);
          if (count > 1 && Math.max(...rows) > 1) expect(rows, `${url} figure rows`).not.toContain(1);
          if (viewport.width >= 1280 && count > 1) expect(Math.max(...rows), `${url} figures side by side`).toBeGreaterThan(1);
        }

        // Ranks are set in ink, not in the accent colour.
        const colours = await page.evaluate(() => {
          const probe = document.createElement('span');
          probe.style.color = 'var(--accent)';
          document.body.append(probe);
          const accent = getComputedStyle(probe).color;
          probe.remove();
          // A rank as printed (第67位), however its parts are wrapped: the innermost element holding all of it, and its parts.
          const rank = /^第[0-9０-９零〇一二两三四五六七八九十百千]+[位名]$/;
          const holders = [...document.querySelectorAll('main *')].filter((node) => rank.test(node.textContent!.trim()) && ![...node.children].some((child) => rank.test(child.textContent!.trim())));
          const ranks = holders.flatMap((node) => [node, ...node.querySelectorAll('*')]).map((node) => getComputedStyle(node).color);
          return { accent, ranks };
        });
        for (const colour of colours.ranks) expect(colour, `${url} rank colour`).not.toBe(colours.accent);

        // Readers see sources by their description, never by id.
        const text = await page.evaluate(() => document.body.innerText);
        for (const id of sourceIds) expect(text, `${url} shows the source id ${id}`).not.toContain(id);
      }
      await page.close();
    });
  }

  it('ends no heading of any case on a lone character, from a small phone to a desktop', async () => {
    const cases = caseFileIds().map((id) => `/cases/${id}/`);
    for (const width of [360, 414, 768, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      for (const url of cases) {
        await page.goto(base + url);
        for (const title of await titleLines(page)) {
          if (title.lines.length > 1) expect(title.lines.at(-1)!.letters, `${url} at ${width} px: "${title.text}"`).toBeGreaterThanOrEqual(2);
        }
      }
      await page.close();
    }
  });

  it('fits figure grids to their count: the home page\'s and a case\'s in rows of four, three or two with none alone, a list on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/`);
    const home = await page.locator('.headline-grid > li').count();
    expect(home).toBeGreaterThan(4);
    expect((await gridRows(page))[0]).toEqual(wideRows(home));
    // A rank among them (第67位) is marked as a rank (set in ink), and only a rank is.
    const figures = await page.$$eval('.headline-grid .fig', (nodes) => nodes.map((node) => ({ text: node.textContent!.trim(), rank: node.classList.contains('fig-rank') })));
    expect(figures).toHaveLength(home);
    for (const figure of figures) expect(figure.rank, figure.text).toBe(/^第[0-9０-９零〇一二两三四五六七八九十百千]+[位名]$/.test(figure.text));
    await page.evaluate(() => document.querySelector('#headlines-heading')!.scrollIntoView());
    await photograph(await page.screenshot(), 'home-figures-1280.png');
    await page.setViewportSize({ width: 375, height: 812 });
    expect(new Set((await gridRows(page))[0])).toEqual(new Set([1]));
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${base}/cases/penglai-edz/`);
    const keyStats = await page.locator('.key-stats .figure-grid > li').count();
    expect(keyStats).toBeGreaterThan(1);
    expect((await gridRows(page))[0]).toEqual(wideRows(keyStats));
    await page.evaluate(() => document.querySelector('.key-stats')!.scrollIntoView());
    await photograph(await page.screenshot(), 'case-figures-1280.png');
    await page.close();
  });


  it('draws a visible focus ring around a focused link', async () => {
    for (const viewport of WIDTHS) {
      const page = await browser.newPage({ viewport });
      await page.goto(`${base}/cases/penglai-edz/`);
      // Tab from the skip link into the page until a link inside the main content has the focus.
      let ring: { tag: string; style: string; width: number; colour: string } | undefined;
      for (let presses = 0; presses < 40 && !ring; presses++) {
        await page.keyboard.press('Tab');
        ring = await page.evaluate(() => {
          const active = document.activeElement;
          if (!(active instanceof HTMLAnchorElement) || !active.closest('main')) return undefined;
          const style = getComputedStyle(active);
          return { tag: active.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor };
        });
      }
      expect(ring, `a link in the main content takes the focus at ${viewport.width} px`).toBeDefined();
      expect(ring!.style).toBe('solid');
      expect(ring!.width).toBeGreaterThanOrEqual(2);
      expect(ring!.colour).not.toBe('rgba(0, 0, 0, 0)');
      await page.close();
    }
  });

  it('turns data tables into labelled rows on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    for (const url of ['/cases/penglai-edz/', '/stats/']) {
      await page.goto(base + url);
      const cells = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.stat-table td[data-label], .stats td[data-label]')].slice(0, 12).map((cell) => ({
          display: getComputedStyle(cell).display,
          label: getComputedStyle(cell, '::before').content,
          width: cell.getBoundingClientRect().width,
        })),
      );
      expect(cells.length, url).toBeGreaterThan(0);
      if (url.startsWith('/cases/')) {
        await page.evaluate(() => document.querySelector('.stat-table tbody')!.scrollIntoView());
        await photograph(await page.screenshot(), 'case-table-375.png');
      }
      for (const cell of cells) {
        expect(cell.display, url).toBe('block');
        expect(cell.label, url).toMatch(/^".+："$/);
        // A stacked cell takes the column's width rather than a sliver of it.
        expect(cell.width, url).toBeGreaterThan(250);
      }
    }
    // On a desktop the same tables are tables.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${base}/cases/penglai-edz/`);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.stat-table td[data-label]')!).display)).toBe('table-cell');
    await page.close();
  });

  it('opens the share panel as a panel with its actions as buttons', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}/cases/penglai-edz/`);
    const closed = await page.evaluate(() => {
      const summary = document.querySelector('[data-share] summary')!;
      const box = summary.getBoundingClientRect();
      return { width: box.width, radius: parseFloat(getComputedStyle(summary).borderTopLeftRadius), icon: getComputedStyle(summary, '::before').maskImage };
    });
    // Closed, it is a compact button with an icon, not a page-wide empty box.
    expect(closed.width).toBeLessThan(200);
    expect(closed.radius).toBeGreaterThan(8);
    expect(closed.icon).toContain('url(');
    await page.click('[data-share] summary');
    const open = await page.evaluate(() => ({
      background: getComputedStyle(document.querySelector('[data-share]')!).backgroundColor,
      paper: getComputedStyle(document.body).backgroundColor,
    }));
    expect(open.background).not.toBe(open.paper);
    expect(open.background).not.toBe('rgba(0, 0, 0, 0)');
    await photograph(await page.locator('[data-share]').screenshot(), 'case-share-1280.png');
    await page.close();
  });

  it('shows search passages without spaces between Chinese characters that the case does not have', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const reader = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const gap = /[\p{Script=Han}，。：；、“”（）] +[\p{Script=Han}“”（）]/gu;
    for (const query of ['党建', '蓬莱', '总面积']) {
      await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('.results li');
      const results = await page.$$eval('.results li', (items) => items.map((item) => ({ href: item.querySelector('a')!.getAttribute('href')!, snippet: (item.querySelector('.result-snippet') as HTMLElement).innerText })));
      expect(results.length).toBeGreaterThan(0);
      for (const { href, snippet } of results) {
        // As rendered: a line break in the text shows as a space.
        const gaps = snippet.match(gap) ?? [];
        if (gaps.length === 0) continue;
        // A space the case's own text has (after a bold run-in heading) may stay; no other.
        await reader.goto(base + href);
        const body = await reader.evaluate(() => document.querySelector('article')!.innerText);
        for (const found of gaps) expect(body, `"${query}": "${found}" in ${snippet}`).toContain(found);
      }
    }
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${base}/search/?q=${encodeURIComponent('党建')}`);
    await page.waitForSelector('.results li');
    await photograph(await page.screenshot(), 'search-375.png');
    await page.close();
    await reader.close();
  });
});
