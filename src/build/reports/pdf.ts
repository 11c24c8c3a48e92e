import { writeFile } from 'node:fs/promises';
import { PDFDocument, PDFHexString, PDFName, StandardFonts, rgb, type PDFRef } from '@cantoo/pdf-lib';
import type { Browser, Page } from 'playwright-core';

/** Document information written into each PDF. */
export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  language: string;
}

interface Part {
  id: string;
  title: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const SMALL = 'font-size:8pt;color:#555d66;width:100%;padding:0 20mm;font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;';

/**
 * Prints a report page to an A4 PDF. Chromium cannot put the current
 * chapter in a running header or page numbers in a table of contents, so
 * each part (front matter, every chapter, every appendix) is printed on its
 * own with its title in the header; the table of contents is then filled
 * with the parts' first pages and printed again; pdf-lib merges the parts,
 * stamps page numbers, adds bookmarks and sets title, author, subject and
 * language. Returns the number of pages.
 */
export async function printReport(browser: Browser, url: string, file: string, info: PdfInfo): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const parts: Part[] = await page.$$eval('[data-part]', (nodes) =>
      nodes.map((node) => ({ id: (node as HTMLElement).dataset.part!, title: (node as HTMLElement).dataset.partTitle ?? '' })),
    );
    const printed: PDFDocument[] = [];
    for (const part of parts) printed.push(await PDFDocument.load(await printPart(page, part, info)));
    const starts = new Map<string, number>();
    printed.reduce((start, part, index) => (starts.set(parts[index]!.id, start), start + part.getPageCount()), 1);
    await page.evaluate((numbers) => {
      for (const slot of document.querySelectorAll<HTMLElement>('[data-toc-page]')) slot.textContent = String(numbers[slot.dataset.tocPage!] ?? '');
    }, Object.fromEntries(starts));
    const contents = parts.findIndex((part) => part.id === 'contents');
    if (contents >= 0) printed[contents] = await PDFDocument.load(await printPart(page, parts[contents]!, info));
    const pdf = await merge(printed);
    await stampPageNumbers(pdf);
    addOutline(pdf, parts.filter((part) => part.title).map((part) => ({ title: part.title, page: starts.get(part.id)! - 1 })));
    pdf.setTitle(info.title, { showInWindowTitleBar: true });
    pdf.setAuthor(info.author);
    pdf.setSubject(info.subject);
    pdf.setLanguage(info.language);
    pdf.setCreator('Casebook');
    await writeFile(file, await pdf.save());
    return pdf.getPageCount();
  } finally {
    await page.close();
  }
}

/** Prints one part alone, its title in the running header; the cover has none. */
async function printPart(page: Page, part: Part, info: PdfInfo): Promise<Buffer> {
  await page.evaluate((id) => {
    for (const node of document.querySelectorAll<HTMLElement>('[data-part]')) node.style.display = node.dataset.part === id ? '' : 'none';
  }, part.id);
  const heading = part.title ? `${escapeHtml(info.title)}　·　${escapeHtml(part.title)}` : escapeHtml(info.title);
  return page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: part.id !== 'cover',
    headerTemplate: `<div style="${SMALL}display:flex"><span>${heading}</span><span style="margin-left:auto;padding-left:12pt">${escapeHtml(info.author)}</span></div>`,
    footerTemplate: '<span></span>',
  });
}

async function merge(parts: PDFDocument[]): Promise<PDFDocument> {
  const merged = await PDFDocument.create();
  for (const part of parts) {
    for (const copied of await merged.copyPages(part, part.getPageIndices())) merged.addPage(copied);
  }
  return merged;
}

/** Page numbers centred in the bottom margin of every page but the cover. */
async function stampPageNumbers(pdf: PDFDocument): Promise<void> {
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const pages = pdf.getPages();
  pages.forEach((page, index) => {
    if (index === 0) return;
    const text = `${index + 1} / ${pages.length}`;
    page.drawText(text, { x: (page.getWidth() - font.widthOfTextAtSize(text, 8)) / 2, y: 30, size: 8, font, color: rgb(0.33, 0.36, 0.4) });
  });
}

/** Bookmarks, one per part, each opening its first page. */
function addOutline(pdf: PDFDocument, items: { title: string; page: number }[]): void {
  if (items.length === 0) return;
  const context = pdf.context;
  const pages = pdf.getPages();
  const root = context.nextRef();
  const refs: PDFRef[] = items.map(() => context.nextRef());
  items.forEach((item, index) => {
    context.assign(
      refs[index]!,
      context.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: root,
        Dest: [pages[item.page]!.ref, 'XYZ', null, null, null],
        ...(index > 0 ? { Prev: refs[index - 1]! } : {}),
        ...(index < items.length - 1 ? { Next: refs[index + 1]! } : {}),
      }),
    );
  });
  context.assign(root, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: items.length }));
  pdf.catalog.set(PDFName.of('Outlines'), root);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
