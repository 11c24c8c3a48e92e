import type { Page } from 'playwright-core';
import { subsetFonts } from '../fonts.ts';

/**
 * Makes a loaded report page print in Noto Sans SC, the font the social
 * cards use (from npm), whatever fonts the machine has: a machine without a
 * CJK font would otherwise print a box for every Chinese character. The
 * font is cut down to the characters the page uses and inlined, so nothing
 * is fetched; cutting it also drops the Kangxi radical code points that
 * share glyphs with common characters (⼯ for 工), which would otherwise be
 * what a reader copies out of the PDF.
 */
export async function applyPrintFonts(page: Page): Promise<void> {
  const text = await page.evaluate(() => `${document.body.innerText}${[...document.querySelectorAll<HTMLElement>('[data-part-title]')].map((node) => node.dataset.partTitle).join('')}`);
  const fonts = await subsetFonts(`${text}0123456789`);
  const faces = fonts
    .map((font) => `@font-face { font-family: 'Casebook Print'; font-weight: ${font.weight}; src: url(data:font/ttf;base64,${font.data.toString('base64')}) format('truetype'); }`)
    .join('\n');
  await page.addStyleTag({ content: `${faces}\n:root { --font-sans: 'Casebook Print', sans-serif; --font-serif: 'Casebook Print', serif; }` });
  await page.evaluate(async () => {
    await document.fonts.load("400 1em 'Casebook Print'", '中');
    await document.fonts.load("700 1em 'Casebook Print'", '中');
    await document.fonts.ready;
  });
}
