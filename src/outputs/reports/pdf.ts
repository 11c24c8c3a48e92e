import { writeFile } from 'node:fs/promises';
import { ParseSpeeds, PDFDocument } from '@cantoo/pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { digestOf } from '../../domain/digest.ts';
import { applyPrintFonts } from './print-fonts.ts';
import { ui } from '../../site.config.ts';
import { mergeParts, OTHER_PART } from './merge.ts';
import { setMetadata, type PdfInfo } from './metadata.ts';
import { addOutline, stampHeadersAndNumbers } from './stamp.ts';
import { prepareTaggedPart } from './tagged-part.ts';

export type { PdfInfo } from './metadata.ts';

/** Printed parts kept between runs, by a key of everything that decides their pages. */
export interface PartCache {
  get(key: string): Promise<Uint8Array | undefined>;
  set(key: string, pdf: Uint8Array): Promise<void>;
}

/** What printing one report did: its pages, how many parts were printed or taken from the cache, and each part's cache key. */
export interface PrintResult {
  pages: number;
  printed: number;
  reused: number;
  /** Every part (`cover`, `contents`, `chapter-<case>`…) and the key it is cached under: a case's PDF is made from its chapter. */
  parts: { id: string; key: string }[];
}

interface Part {
  id: string;
  title: string;
}

// Bump when the way a part is printed changes, so cached parts are printed again.
export const PART_FORMAT = 6;

/**
 * Prints a report page to an A4 PDF. Chromium cannot put the current
 * chapter in a running header or page numbers in a table of contents, so
 * each part (front matter, every chapter, every appendix) is printed on its
 * own; the table of contents is then filled with the parts' first pages and
 * printed again; pdf-lib merges the parts, stamps the running header (report
 * and part title) and page numbers in the bundled font, adds bookmarks and
 * sets title, author, subject and language. With a `cache`, a part whose
 * HTML and styles are unchanged is not printed again: after a one-case edit
 * only that chapter (and the contents) is. Returns the page count.
 */
export async function printReport(browser: Browser, url: string, file: string, info: PdfInfo, cache?: PartCache): Promise<PrintResult> {
  const page = await browser.newPage();
  const result: PrintResult = { pages: 0, printed: 0, reused: 0, parts: [] };
  try {
    await loadWithPartsHeld(page, url);
    await linksToTheSite(page);
    await chartsDescribedForPrint(page);
    const parts: Part[] = await page.$$eval('[data-part]', (nodes) =>
      nodes.map((node) => ({ id: (node as HTMLElement).dataset.part!, title: (node as HTMLElement).dataset.partTitle ?? '' })),
    );
    // textContent, not innerText: no layout. The part titles go into the running headers.
    const text = `${await page.evaluate(() => document.body.textContent)}${parts.map((part) => part.title).join('')}`;
    // Each part is taken out of the document, a placeholder where it stood, and put back alone to be printed (see
    // printPart): laying out a report of hundreds of chapters, for the print font or a part, took seconds each time.
    const partHtml: string[] = await page.evaluate(() => {
      const parts = new Map<string, { node: HTMLElement; placeholder: Comment }>();
      for (const node of document.querySelectorAll<HTMLElement>('[data-part]')) {
        const placeholder = document.createComment(node.dataset.part!);
        node.replaceWith(placeholder);
        parts.set(node.dataset.part!, { node, placeholder });
      }
      (window as unknown as { casebookParts: typeof parts }).casebookParts = parts;
      document.getElementById('casebook-hold-parts')?.remove();
      return [...parts.values()].map(({ node }) => node.outerHTML);
    });
    await page.emulateMedia({ media: 'print' });
    // The page's own styles are part of every part's key; the print font added next is not: it is cut to the
    // characters of the whole report, and each printed part embeds the glyphs it uses.
    const styles = await page.$$eval('link[rel="stylesheet"], style', (nodes) => nodes.map((node) => (node instanceof HTMLLinkElement ? node.href.replace(location.origin, '') : node.textContent)));
    const keyOf = (html: string) => digestOf([PART_FORMAT, styles, html]);
    // Cached parts are read all at once (the disk waits overlap); only the missing ones need the page.
    const cachedBytes = await Promise.all(partHtml.map((html) => cache?.get(keyOf(html))));
    await applyPrintFonts(page, text, cache);
    // `html` is the part as printed (its links are put back after printing), so it keys the cache.
    const print = async (part: Part, html: string, cached?: Uint8Array) => {
      if (cached) {
        result.reused++;
        return loadPart(cached);
      }
      const { pdf: bytes, links } = await printPart(page, part);
      result.printed++;
      const printed = await loadPart(bytes);
      prepareTaggedPart(printed, part.id, links);
      // Kept without object streams: a part is only read back by the merge, and packing and compressing its thousands
      // of structure elements took longer than printing it.
      await cache?.set(keyOf(html), await printed.save({ objectsPerTick: Number.POSITIVE_INFINITY, useObjectStreams: false }));
      return printed;
    };
    const printed: PDFDocument[] = [];
    for (const [index, part] of parts.entries()) printed.push(await print(part, partHtml[index]!, cachedBytes[index]));
    result.parts = parts.map((part, index) => ({ id: part.id, key: keyOf(partHtml[index]!) }));
    const starts = new Map<string, number>();
    printed.reduce((start, part, index) => (starts.set(parts[index]!.id, start), start + part.getPageCount()), 1);
    await page.evaluate((numbers) => {
      for (const { node } of (window as unknown as { casebookParts: Map<string, { node: HTMLElement }> }).casebookParts.values()) {
        for (const slot of node.querySelectorAll<HTMLElement>('[data-toc-page]')) slot.textContent = String(numbers[slot.dataset.tocPage!] ?? '');
      }
    }, Object.fromEntries(starts));
    const contents = parts.findIndex((part) => part.id === 'contents');
    if (contents >= 0) {
      const html = await page.evaluate(() => (window as unknown as { casebookParts: Map<string, { node: HTMLElement }> }).casebookParts.get('contents')!.node.outerHTML);
      printed[contents] = await print(parts[contents]!, html, await cache?.get(keyOf(html)));
      result.parts[contents]!.key = keyOf(html);
    }
    const pageParts = parts.flatMap((part, index) => Array.from({ length: printed[index]!.getPageCount() }, () => part));
    const pdf = await mergeParts(printed, parts.map((part) => part.id), info.language);
    const marks = pageParts.map((part, index) => ({ head: part.title ? ui.reports.runningHead(info.title, part.title) : info.title, number: index > 0 && part.id !== 'cover' }));
    await stampHeadersAndNumbers(pdf, marks, info.author, cache);
    addOutline(pdf, parts.filter((part) => part.title).map((part) => ({ title: part.title, page: starts.get(part.id)! - 1 })));
    setMetadata(pdf, info);
    // Saved in one go: pdf-lib otherwise yields to the event loop every 50 objects, which made saving a
    // thousand-page report take several times longer. Without object streams: packing and compressing the tens of
    // thousands of structure elements of a 250-page volume took 2–4 s, writing them plainly a fifth of that, for a
    // file half as large again (6.0 MB against 3.9 MB).
    await writeFile(file, await pdf.save({ objectsPerTick: Number.POSITIVE_INFINITY, useObjectStreams: false }));
    result.pages = pdf.getPageCount();
    return result;
  } finally {
    await page.close();
  }
}

/**
 * Opens the report with every part hidden until the page has loaded:
 * Chromium otherwise lays out the whole report (a thousand chapters at
 * scale) although each part is then printed alone.
 */
async function loadWithPartsHeld(page: Page, url: string): Promise<void> {
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<head[^>]*>/, (head) => `${head}<style id="casebook-hold-parts">[data-part] { display: none !important; }</style>`);
    await route.fulfill({ response, body: html });
  });
  await page.goto(url, { waitUntil: 'load' });
}

/**
 * Prints one part alone; the running header is stamped afterwards. The other
 * parts are taken out of the document, not hidden: with 250 chapters hidden
 * in it, Chromium took seconds per part to print one.
 */
async function printPart(page: Page, part: Part): Promise<{ pdf: Uint8Array; links: Record<string, string> }> {
  const links = await page.evaluate(
    ({ id, otherPart }) => {
      for (const [key, { node, placeholder }] of (window as unknown as { casebookParts: Map<string, { node: HTMLElement; placeholder: Comment }> }).casebookParts) {
        if (key === id && !node.isConnected) placeholder.replaceWith(node);
        if (key !== id && node.isConnected) node.replaceWith(placeholder);
      }
      // Chromium drops a link whose target is not in the printed document: one that leads to another part is printed
      // as a link to a placeholder address the merge turns back into a link inside the PDF. Restored after printing.
      for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-part] a[href^="#"]')) {
        const target = decodeURIComponent(link.getAttribute('href')!.slice(1));
        if (!target || document.getElementById(target)) continue;
        link.dataset.href = link.getAttribute('href')!;
        link.dataset.otherPart = '';
        link.setAttribute('href', `${otherPart}${encodeURIComponent(target)}`);
      }
      // Each link's text by its address as Chromium prints it, to describe the link annotation (see prepareTaggedPart).
      const texts: Record<string, string> = {};
      for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-part] a[href]')) {
        const href = link.getAttribute('href')!;
        const key = href.startsWith('#') ? `#${decodeURIComponent(href.slice(1))}` : link.href;
        texts[key] ??= (link.getAttribute('aria-label') ?? link.textContent ?? '').replace(/\s+/g, ' ').trim();
      }
      return texts;
    },
    { id: part.id, otherPart: OTHER_PART },
  );
  // Tagged: Chromium writes the structure of what it prints (headings, paragraphs, lists, tables, figures with their
  // text alternatives, links) and the page's language.
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true });
  await page.evaluate(() => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-other-part]')) {
      link.setAttribute('href', link.dataset.href!);
      delete link.dataset.href;
      delete link.dataset.otherPart;
    }
  });
  return { pdf, links };
}

/**
 * Gives each chart its description as its text alternative in print: on
 * the web a chart is named by its title and described by its summary of
 * the figures (`aria-describedby`), but a PDF figure has one alternative
 * text, which should say what the chart shows. The chart's `<figure>`
 * becomes a group, so the PDF has one figure per chart, with alternative
 * text, beside its caption, rather than a figure without one around it.
 */
async function chartsDescribedForPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const svg of document.querySelectorAll<SVGElement>('[data-part] svg[role="img"][aria-describedby]')) {
      svg.setAttribute('aria-labelledby', `${svg.getAttribute('aria-labelledby') ?? ''} ${svg.getAttribute('aria-describedby')}`.trim());
      svg.removeAttribute('aria-describedby');
      svg.closest('figure')?.setAttribute('role', 'group');
    }
  });
}

/**
 * Paper cannot follow a relative link: links to the site's pages are made
 * absolute against the page's canonical address (the site's real origin,
 * not the local server the report is printed from).
 */
async function linksToTheSite(page: Page): Promise<void> {
  await page.evaluate(() => {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
    if (!canonical) return;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const href = link.getAttribute('href')!;
      if (href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      link.setAttribute('href', new URL(href, canonical).href);
    }
  });
}

/**
 * A printed part read back for the merge, in one go: pdf-lib otherwise waits
 * for a timer every hundred objects, and a volume reads some fifty parts.
 */
function loadPart(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false });
}

/**
 * Makes the PDF of one case from its chapter as the report printed it
 * (`chapter`, the cached part): no browser, no printing, only the merge of
 * one part with its structure, page numbers, a bookmark and the metadata
 * (`info`, the case's title and summary). The page numbers are set in a font
 * cut to the digits (kept in `cache`), so every case shares one.
 */
export async function assembleCasePdf(chapter: Uint8Array, id: string, file: string, info: PdfInfo, cache?: PartCache): Promise<number> {
  const pdf = await mergeParts([await loadPart(chapter)], [id], info.language);
  await stampHeadersAndNumbers(pdf, pdf.getPages().map(() => ({ number: true })), '', cache);
  addOutline(pdf, [{ title: info.title, page: 0 }]);
  setMetadata(pdf, info);
  await writeFile(file, await pdf.save({ objectsPerTick: Number.POSITIVE_INFINITY, useObjectStreams: false }));
  return pdf.getPageCount();
}
