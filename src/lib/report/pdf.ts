import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';

/** Where the PDF renderer looks for Chromium: CHROMIUM_PATH, else Debian's package. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The one message a missing Chromium gives, with the command that installs it. */
export function chromiumMissingMessage(path = CHROMIUM): string {
  return `Chromium was not found at ${path}. Reports are printed by headless Chromium; install it with:\n\n  sudo apt-get install -y chromium\n\nor set CHROMIUM_PATH to a Chromium or Chrome binary.`;
}

/** Whether Chromium is where the renderer will look for it. */
export function hasChromium(path = CHROMIUM): boolean {
  return existsSync(path);
}

/** Document information written into each PDF. */
export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  language: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Prints one report page to an A4 PDF: running header with the report title,
 * page numbers in the footer, bookmarks from the headings (Chromium's
 * outline), tagged for accessibility, then sets title, author, subject and
 * language with pdf-lib (Chromium sets only the title).
 */
export async function printReport(browser: Browser, url: string, file: string, info: PdfInfo): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const small = 'font-size:8pt;color:#555d66;width:100%;padding:0 20mm;font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;';
    await page.pdf({
      path: file,
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="${small}display:flex;justify-content:space-between"><span>${escapeHtml(info.title)}</span><span>${escapeHtml(info.author)}</span></div>`,
      footerTemplate: `<div style="${small}text-align:center">第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</div>`,
      outline: true,
      tagged: true,
    });
  } finally {
    await page.close();
  }
  const pdf = await PDFDocument.load(await readFile(file));
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  pdf.setAuthor(info.author);
  pdf.setSubject(info.subject);
  pdf.setLanguage(info.language);
  pdf.setCreator('Casebook');
  await writeFile(file, await pdf.save());
  return pdf.getPageCount();
}
