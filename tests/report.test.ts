import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { printReport } from '../src/outputs/reports/pdf.ts';
import { launchBrowser, serveStatic } from './helpers/browser.ts';
import { findChromium, launchChromium } from '../src/outputs/reports/browser.ts';
import { root } from './helpers/build.ts';
import { loadContent } from './helpers/content.ts';
import type { Casebook } from '../src/model/load.ts';
import { allElements, pdfFonts, pdfInfo, pdfLines, pdfLinks, pdfTags } from './helpers/pdf.ts';
import { casebookDist } from './helpers/shared-build.ts';

/** The shared build of the casebook under test (tests/helpers/shared-build.ts). */
const dist = await casebookDist();

describe('the Penglai series report, as the build printed it', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let pdf: string;
  let pages: number;
  let lines: string[][];
  /** The series' published cases: the report's chapters. */
  let chapters: Casebook['cases'];
  beforeAll(async () => {
    chapters = (await loadContent()).cases.filter((entry) => entry.data.series.id === 'penglai-chain' && !entry.data.draft);
    ({ url: base, server } = await serveStatic(dist));
    browser = await launchBrowser();
    // The PDF the site links to: `npm run build` printed it.
    pdf = path.join(dist, 'reports/penglai-chain.pdf');
    ({ pages } = await pdfInfo(pdf));
    lines = await pdfLines(pdf);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('prints an A4 PDF of the expected length with its title and author', async () => {
    // Six to twenty pages a chapter.
    expect(pages).toBeGreaterThanOrEqual(6 * chapters.length);
    expect(pages).toBeLessThanOrEqual(20 * chapters.length);
    const info = await pdfInfo(pdf);
    expect(info).toMatchObject({ title: '蓬莱海工装备产业链案例报告', author: 'Casebook 编辑部', pages });
    expect(info.subject).toBe('烟台市蓬莱区把党组织建在海工装备与海上风电产业链上，以党建联盟串联链上企业、服务与人才。');
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([595, 842]);
  });

  it('prints every character in the bundled Noto Sans SC, whatever fonts the machine has', async () => {
    const fonts = await pdfFonts(pdf);
    expect(fonts.some((font) => /NotoSansSC/.test(font.name))).toBe(true);
    // Chromium draws glyphs that no font on the page has as Type 3 shapes (boxes); there are none.
    expect(fonts.filter((font) => font.type === 'Type3')).toEqual([]);
  });

  it('contains every chapter title and the chapters\' headline figures as text', async () => {
    const text = lines.flat().join('').replace(/\s+/g, '');
    expect(chapters.map((entry) => entry.id)).toEqual(expect.arrayContaining(['penglai-edz', 'penglai-offshore-chain']));
    for (const entry of chapters) {
      expect(text).toContain(entry.data.title.replace(/\s+/g, ''));
      const headlines = entry.data.stats.filter((item) => item.headline);
      expect(headlines.length, entry.id).toBeGreaterThan(0);
      for (const stat of headlines) expect(text, stat.figure).toContain(stat.figure);
    }
    expect(text).toContain('本章数据');
    expect(text).toContain('参考文献');
    expect(text).toContain(`2/${pages}`);
  });

  it('prints every statistic\'s receipt in its chapter: checked, with the source sentence, or 未核对原文', async () => {
    const text = lines.flat().join('').replace(/\s+/g, '');
    const statistics = chapters.reduce((total, entry) => total + entry.data.stats.length, 0);
    const receipts = (text.match(/已核对原文|未核对原文/g) ?? []).length;
    // The column header reads 核对原文; every row below it carries one of the two labels.
    expect(receipts).toBeGreaterThanOrEqual(statistics);
    const html = readFileSync(path.join(dist, 'reports/penglai-chain/index.html'), 'utf8');
    for (const entry of chapters) {
      for (const stat of entry.data.stats) {
        const row = new RegExp(`<tr id="chapter-${entry.id}-stat-${stat.id}">.*?</tr>`).exec(html)?.[0] ?? '';
        expect(row, `${entry.id} ${stat.id}`).toMatch(/class="receipt-status (verified|unverified)"/);
        if (/verified"/.test(row) && !/unverified/.test(row)) expect(row).toMatch(/<q class="receipt-quote">.*<mark>/);
      }
    }
  });

  it('numbers the table of contents with the pages the chapters start on, and runs the chapter title in the header', () => {
    const entries = lines[1]!.map((line) => /^\s*\d+\.\s+(.+?)\s*…+\s*(\d+)\s*$/.exec(line)).filter((match) => match !== null).map((match) => [match[1]!.trim(), Number(match[2])] as const);
    // The chapters and the bibliography.
    expect(entries.length).toBeGreaterThanOrEqual(chapters.length + 1);
    for (const [title, number] of entries) {
      // The first line of the chapter's first page is its running header: report title · chapter title.
      expect(lines[number - 1]![0], `${title} on page ${number}`).toContain(title.split('：')[0]);
    }
  });

  it('has a bookmark for the contents, every chapter and every appendix', async () => {
    const { PDFDocument, PDFName, PDFDict, PDFNumber } = await import('@cantoo/pdf-lib');
    const doc = await PDFDocument.load(readFileSync(pdf));
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    // One for the contents, one per chapter and appendix of the web report it was printed from.
    const html = readFileSync(path.join(dist, 'reports/penglai-chain/index.html'), 'utf8');
    const parts = (html.match(/class="report-(chapter|appendix)[" ]/g) ?? []).length;
    expect(parts).toBeGreaterThanOrEqual(3);
    expect((outlines.lookup(PDFName.of('Count'), PDFNumber)).asNumber()).toBe(1 + parts);
  });

  it('keeps every link of the web report working in the PDF: contents to chapters, figures to their rows', async () => {
    const { internal, external } = await pdfLinks(pdf);
    // Each statistic in the prose and in the key-figures panel links to its row; the contents link to the chapters.
    const html = readFileSync(path.join(dist, 'reports/penglai-chain/index.html'), 'utf8');
    const statLinks = (html.match(/href="#chapter-[\w-]+-stat-/g) ?? []).length;
    expect(statLinks).toBeGreaterThan(20);
    expect(internal.length).toBeGreaterThanOrEqual(statLinks);
    expect(internal.filter((link) => !link.resolves)).toEqual([]);
    // The contents (page 2) link to every chapter and appendix.
    expect(internal.filter((link) => link.page === 2).map((link) => link.dest)).toEqual(expect.arrayContaining(['chapter-penglai-edz', 'chapter-penglai-offshore-chain', 'appendix-sources']));
    // Links to the site's own pages carry its public address, never the local server the report was printed from.
    expect(external.filter((url) => /localhost|127\.0\.0\.1/.test(url))).toEqual([]);
  });

  it('prints no blank page in any report: every page but the cover has text besides its running header and number', async () => {
    const dir = path.join(dist, 'reports');
    const pdfs = readdirSync(dir).filter((name) => name.endsWith('.pdf'));
    // One per series and one of the whole casebook (each in one volume at the default volume size).
    const casebook = await loadContent();
    expect(pdfs.length).toBe(1 + new Set(casebook.cases.filter((entry) => !entry.data.draft).map((entry) => entry.data.series.id)).size);
    for (const name of pdfs) {
      const pages = await pdfLines(path.join(dir, name));
      const blank = pages.map((pageLines, index) => ({ page: index + 1, body: pageLines.length - 2 })).filter(({ page, body }) => page > 1 && body < 1);
      expect(blank, name).toEqual([]);
    }
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

describe('tagged, accessible report PDFs', () => {
  const reports = path.join(dist, 'reports');
  const pdfs = readdirSync(reports).filter((name) => name.endsWith('.pdf'));
  const elementsOf = (tagged: Awaited<ReturnType<typeof pdfTags>>) => tagged.pages.flatMap((page) => allElements(page.elements));
  // Each PDF's tags are read once (pdf.js takes a second or two for a long report), for every test that asks.
  const read = new Map<string, ReturnType<typeof pdfTags>>();
  const tagsOf = (name: string) => read.get(name) ?? (read.set(name, pdfTags(path.join(reports, name))), read.get(name)!);

  it('tags every report: a structure tree on every page, its language, its title as the window title, PDF/UA in its metadata', async () => {
    expect(pdfs.length).toBeGreaterThan(2);
    for (const name of pdfs) {
      const tagged = await tagsOf(name);
      const { title } = await pdfInfo(path.join(reports, name));
      expect(tagged.catalog, name).toMatchObject({ lang: 'zh-CN', marked: true, displayDocTitle: true });
      expect(tagged.catalog.xmp, name).toContain('<pdfuaid:part>1</pdfuaid:part>');
      expect(tagged.catalog.xmp, name).toContain(`<rdf:li xml:lang="x-default">${title}</rdf:li>`);
      const bare = tagged.pages.map((page, index) => ({ page: index + 1, elements: allElements(page.elements).length })).filter((page) => page.elements === 0);
      expect(bare, name).toEqual([]);
    }
  }, 120_000);

  it('marks running heads, page numbers and decoration as artifacts, and leaves no text outside the structure', async () => {
    for (const name of pdfs) {
      const { pages } = await tagsOf(name);
      const { title } = await pdfInfo(path.join(reports, name));
      expect(pages.flatMap((page, index) => page.untagged.map((text) => `page ${index + 1}: ${text}`)), name).toEqual([]);
      pages.forEach((page, index) => {
        // The cover has neither running head nor number; every other page both, as artifacts and nowhere in the structure.
        if (index === 0) return expect(page.artifacts.join(''), name).not.toContain(`1 / ${pages.length}`);
        expect(page.artifacts, `${name} page ${index + 1}`).toContain(`${index + 1} / ${pages.length}`);
        expect(page.artifacts.join(''), `${name} page ${index + 1}`).toContain(title);
        const tagged = allElements(page.elements).map((element) => element.text).join('');
        expect(tagged, `${name} page ${index + 1}`).not.toContain(`${index + 1} / ${pages.length}`);
      });
    }
  }, 120_000);

  it('tags headings, paragraphs, lists, tables with header cells, and links in the series report', async () => {
    const elements = elementsOf(await tagsOf('penglai-chain.pdf'));
    const roles = new Map<string, number>();
    for (const element of elements) roles.set(element.role, (roles.get(element.role) ?? 0) + 1);
    for (const role of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD', 'Link']) expect(roles.get(role), role).toBeGreaterThan(0);
    const chapters = (await loadContent()).cases.filter((entry) => entry.data.series.id === 'penglai-chain' && !entry.data.draft);
    // The cover's title, then each chapter's, as first-level headings; every chapter's data table under its header row.
    expect(elements.filter((element) => element.role === 'H1').map((element) => element.text.replace(/\s+/g, ''))).toEqual(
      expect.arrayContaining(['蓬莱海工装备产业链案例报告', ...chapters.map((entry) => entry.data.title.replace(/\s+/g, ''))]),
    );
    const headerRows = elements.filter((element) => element.role === 'TR' && element.children.length === 5 && element.children.every((cell) => cell.role === 'TH'));
    expect(headerRows.map((row) => row.children.map((cell) => cell.text).join('|'))).toContain('数字|对象|指标|时间|核对原文');
    expect(elements.filter((element) => element.role === 'Link').length).toBeGreaterThan(20);
    // Every link annotation is described by its link's text, as PDF/UA asks: the contents' links by the chapter titles.
    const { pages } = await tagsOf('penglai-chain.pdf');
    expect(pages.flatMap((page) => page.links).filter((link) => !link.description.trim())).toEqual([]);
    expect(pages[1]!.links.map((link) => link.description)).toEqual(expect.arrayContaining(chapters.map((entry) => entry.data.title)));
  }, 60_000);

  it('gives every chart a figure whose alternative text is its title and description', async () => {
    const html = readFileSync(path.join(dist, 'reports/yantai-parks/index.html'), 'utf8');
    const descriptions = [...html.matchAll(/<desc id="[^"]*">([^<]+)<\/desc>/g)].map((match) => match[1]!);
    expect(descriptions.length).toBeGreaterThan(0);
    const figures = elementsOf(await tagsOf('yantai-parks.pdf')).filter((element) => element.role === 'Figure');
    expect(figures.length).toBe(descriptions.length);
    for (const [index, description] of descriptions.entries()) expect(figures[index]!.alt).toContain(description);
  }, 60_000);

  it("keeps every statistic's receipt in the tagged table: 已核对原文 with its source sentence, or 未核对原文", async () => {
    const chapters = (await loadContent()).cases.filter((entry) => entry.data.series.id === 'penglai-chain' && !entry.data.draft);
    const cells = elementsOf(await tagsOf('penglai-chain.pdf')).filter((element) => element.role === 'TD');
    const receipts = cells.filter((cell) => /^(已核对原文|未核对原文)/.test(cell.text.trim()));
    expect(receipts.length).toBe(chapters.reduce((total, entry) => total + entry.data.stats.length, 0));
    // A checked figure's cell carries the source's sentence, not the label alone.
    const checked = receipts.filter((cell) => cell.text.trim().startsWith('已核对原文'));
    expect(checked.length).toBeGreaterThan(0);
    for (const cell of checked) expect(cell.text.replace(/\s+/g, '').length, cell.text).toBeGreaterThan(15);
  }, 60_000);
});

describe("each case's own PDF", () => {
  it('is published for every case, linked from its page, tagged, with its chapter, receipts and page numbers', async () => {
    const cases = (await loadContent()).cases.filter((entry) => !entry.data.draft);
    expect(cases.length).toBeGreaterThan(3);
    for (const entry of cases) {
      const file = path.join(dist, 'cases', `${entry.id}.pdf`);
      const page = readFileSync(path.join(dist, 'cases', entry.id, 'index.html'), 'utf8');
      expect(page, entry.id).toContain(`href="/cases/${entry.id}.pdf"`);
      expect(page, entry.id).toMatch(new RegExp(`<meta name="citation_pdf_url" content="[^"]*/cases/${entry.id}\\.pdf"`));
      const info = await pdfInfo(file);
      expect(info.title, entry.id).toBe(entry.data.title);
      const { catalog, pages } = await pdfTags(file);
      expect(catalog, entry.id).toMatchObject({ lang: 'zh-CN', marked: true, displayDocTitle: true });
      expect(pages.filter((item) => item.elements.length === 0), entry.id).toEqual([]);
      expect(pages.flatMap((item) => item.untagged), entry.id).toEqual([]);
      pages.forEach((item, index) => expect(item.artifacts, `${entry.id} page ${index + 1}`).toContain(`${index + 1} / ${pages.length}`));
      const elements = pages.flatMap((item) => allElements(item.elements));
      expect(elements.find((element) => element.role === 'H1')?.text.replace(/\s+/g, ''), entry.id).toBe(entry.data.title.replace(/\s+/g, ''));
      const receipts = elements.filter((element) => element.role === 'TD' && /^(已核对原文|未核对原文)/.test(element.text.trim()));
      expect(receipts.length, entry.id).toBe(entry.data.stats.length);
    }
  }, 120_000);
});

describe('reproducible PDFs', () => {
  it('prints the same report to the same bytes: twice with nothing cached, and again from cached parts', async () => {
    const { url, server } = await serveStatic(dist);
    const browser = await launchChromium(await findChromium());
    const dir = mkdtempSync(path.join(tmpdir(), 'casebook-reproducible-'));
    const info = { title: '云浮', author: 'Casebook 编辑部', subject: '', language: 'zh-CN' };
    const stored = new Map<string, Uint8Array>();
    const cache = { get: async (key: string) => stored.get(key), set: async (key: string, pdf: Uint8Array) => void stored.set(key, pdf) };
    let reused = 0;
    try {
      await printReport(browser, `${url}/reports/yunfu/`, path.join(dir, 'first.pdf'), info);
      await printReport(browser, `${url}/reports/yunfu/`, path.join(dir, 'second.pdf'), info, cache);
      ({ reused } = await printReport(browser, `${url}/reports/yunfu/`, path.join(dir, 'third.pdf'), info, cache));
    } finally {
      await browser.close();
      server.close();
    }
    const [first, second, third] = ['first', 'second', 'third'].map((name) => readFileSync(path.join(dir, `${name}.pdf`)));
    rmSync(dir, { recursive: true, force: true });
    expect(first!.length).toBeGreaterThan(10_000);
    expect(reused).toBeGreaterThan(2);
    // No creation date, no random document id: identical input, identical file, printed or put together from the cache.
    expect(first!.equals(second!)).toBe(true);
    expect(first!.equals(third!)).toBe(true);
    expect(first!.toString('latin1')).not.toMatch(/\/CreationDate|\/ModDate/);
  }, 120_000);
});

describe('npm run report with a Chromium path that does not exist', () => {
  it('stops with one message naming the setting, when a report has to be printed', () => {
    // A copy of the built site with an empty cache: the report must be printed, so a browser is needed.
    // (Another content folder has a cache of its own, here an empty one.)
    const copy = mkdtempSync(path.join(tmpdir(), 'casebook-report-site-'));
    const content = mkdtempSync(path.join(root, 'node_modules/.cache/casebook-no-reports-'));
    cpSync(dist, copy, { recursive: true });
    const run = spawnSync(process.execPath, ['scripts/report.ts', copy], {
      cwd: root,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', CASEBOOK_CONTENT: path.relative(root, content) },
      encoding: 'utf8',
    });
    rmSync(copy, { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('CHROMIUM_PATH=/nonexistent/chromium: no such file. Point it at a Chromium or Chrome binary, or unset it to use the one Casebook finds.');
  });
});

describe('a machine with no Chromium and no CJK font', () => {
  it('finds the Chromium inside the npm package and prints a report with no boxes for Chinese', async () => {
    // No CHROMIUM_PATH and no installed browser: the one inside @sparticuz/chromium, which carries no CJK font.
    const found = await findChromium({}, []);
    expect(found.source).toBe('bundled');
    const { url, server } = await serveStatic(dist);
    const browser = await launchChromium(found);
    const pdf = path.join(mkdtempSync(path.join(tmpdir(), 'casebook-bundled-')), 'yunfu.pdf');
    try {
      const { pages } = await printReport(browser, `${url}/reports/yunfu/`, pdf, { title: '云浮', author: 'Casebook 编辑部', subject: '', language: 'zh-CN' });
      expect(pages).toBeGreaterThan(3);
    } finally {
      await browser.close();
      server.close();
    }
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => font.type === 'Type3' || !/NotoSansSC/.test(font.name))).toEqual([]);
    expect((await pdfLines(pdf)).flat().join('')).toContain('云浮');
  }, 120_000);
});
