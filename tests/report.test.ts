import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { loadCasebook } from '../src/casebook/load.ts';
import { printReport } from '../src/build/reports/pdf.ts';
import { launchBrowser, serveStatic } from './helpers/browser.ts';
import { root } from './helpers/build.ts';

describe('the Penglai series report', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let pdf: string;
  let pages: number;
  beforeAll(async () => {
    ({ url: base, server } = await serveStatic(inject('casebookDist')));
    browser = await launchBrowser();
    pdf = path.join(mkdtempSync(path.join(tmpdir(), 'casebook-report-')), 'penglai-chain.pdf');
    pages = await printReport(browser, `${base}/reports/penglai-chain/`, pdf, { title: '蓬莱海工装备产业链案例报告', author: 'Casebook 编辑部', subject: '测试', language: 'zh-CN' });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('prints an A4 PDF of the expected length with its title and author', () => {
    // Parts are printed separately and merged (see printReport), which drops Chromium's tags.
    expect(pages).toBeGreaterThanOrEqual(12);
    expect(pages).toBeLessThanOrEqual(40);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+蓬莱海工装备产业链案例报告/);
    expect(info).toMatch(/Author:\s+Casebook 编辑部/);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('contains every chapter title and the chapters\' headline figures as text', async () => {
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const casebook = await loadCasebook(root, 'content');
    const chapters = casebook.cases.filter((item) => item.data.series.id === 'penglai-chain');
    expect(chapters.map((entry) => entry.id).sort()).toEqual(['penglai-edz', 'penglai-offshore-chain']);
    for (const entry of chapters) {
      expect(text).toContain(entry.data.title.replace(/\s+/g, ''));
      const headlines = entry.data.stats.filter((item) => item.headline);
      expect(headlines.length, entry.id).toBeGreaterThan(0);
      for (const stat of headlines) expect(text, stat.figure).toContain(stat.figure);
    }
    expect(text).toContain('附录一统计数据');
    expect(text).toContain('参考文献');
    expect(text).toContain(`2/${pages}`);
  });

  it('numbers the table of contents with the pages the chapters start on, and runs the chapter title in the header', () => {
    const toc = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', pdf, '-'], { encoding: 'utf8' });
    const entries = [...toc.matchAll(/^\s*\d+\.\s+(.+?)\s+……\s+(\d+)\s*$/gm)].map((match) => [match[1]!.trim(), Number(match[2])] as const);
    expect(entries.length).toBeGreaterThanOrEqual(4);
    for (const [title, number] of entries) {
      const pageText = execFileSync('pdftotext', ['-f', String(number), '-l', String(number), pdf, '-'], { encoding: 'utf8' });
      expect(pageText.split('\n')[0], `${title} on page ${number}`).toContain(title.split('：')[0]);
    }
  });

  it('has a bookmark for the contents, every chapter and every appendix', async () => {
    const { PDFDocument, PDFName, PDFDict, PDFNumber } = await import('@cantoo/pdf-lib');
    const doc = await PDFDocument.load(readFileSync(pdf));
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    // One for the contents, one per chapter and appendix of the web report it was printed from.
    const html = readFileSync(path.join(inject('casebookDist'), 'reports/penglai-chain/index.html'), 'utf8');
    const parts = (html.match(/class="report-(chapter|appendix)[" ]/g) ?? []).length;
    expect(parts).toBeGreaterThanOrEqual(4);
    expect((outlines.lookup(PDFName.of('Count'), PDFNumber)).asNumber()).toBe(1 + parts);
  });

  it('lays out for print: no site chrome, each chapter and appendix on a new page', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/reports/penglai-chain/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.report-screen-only').isVisible()).toBe(false);
    const breaks = await page.$$eval('.report-chapter, .report-appendix', (nodes) => nodes.map((node) => getComputedStyle(node).breakBefore));
    expect(breaks.length).toBeGreaterThan(2);
    expect(new Set(breaks)).toEqual(new Set(['page']));
    const headings = await page.$$eval('.report h2, .report h3', (nodes) => nodes.map((node) => getComputedStyle(node).breakAfter));
    expect(headings.length).toBeGreaterThan(2);
    expect(new Set(headings)).toEqual(new Set(['avoid']));
    await page.close();
  });
});

describe('npm run report without Chromium', () => {
  it('stops with one message that says how to install it', () => {
    const run = spawnSync(process.execPath, ['scripts/report.ts'], { cwd: root, env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Chromium was not found at /nonexistent/chromium');
    expect(run.stderr).toContain('sudo apt-get install -y chromium');
  });
});
