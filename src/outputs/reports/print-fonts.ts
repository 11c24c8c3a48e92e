import type { Page } from 'playwright-core';
import { digestOf } from '../../domain/digest.ts';
import { subsetFonts, type CardFont } from '../fonts.ts';
import type { PartCache } from './pdf.ts';

const FONT_PATH = '/__casebook-print-font/';

/**
 * Makes a loaded report page, whose text is `text`, print in Noto Sans SC, the font the social
 * cards use (from npm), whatever fonts the machine has: a machine without a
 * CJK font would otherwise print a box for every Chinese character. The
 * font is cut down to the characters the page uses (kept in `cache` by
 * that set, so an edit that adds no character reuses it) and answered from
 * memory, never fetched. Cutting it also drops the Kangxi radical code
 * points that share glyphs with common characters (⼯ for 工), which would
 * otherwise be what a reader copies out of the PDF.
 */
export async function applyPrintFonts(page: Page, text: string, cache?: PartCache): Promise<void> {
  const characters = [...new Set(`${text}0123456789`.replace(/\s+/g, ''))].sort().join('');
  const fonts = await cachedSubsets(characters, cache);
  await page.route(`**${FONT_PATH}*`, (route) => {
    const font = fonts.find((item) => route.request().url().endsWith(`${FONT_PATH}${item.weight}`));
    return font ? route.fulfill({ body: font.data, contentType: 'font/ttf' }) : route.fulfill({ status: 404 });
  });
  const faces = fonts.map((font) => `@font-face { font-family: 'Casebook Print'; font-weight: ${font.weight}; src: url('${FONT_PATH}${font.weight}') format('truetype'); }`).join('\n');
  await page.addStyleTag({ content: `${faces}\n:root { --font-sans: 'Casebook Print', sans-serif; --font-serif: 'Casebook Print', serif; }` });
  await page.evaluate(async () => {
    await document.fonts.load("400 1em 'Casebook Print'", '中');
    await document.fonts.load("700 1em 'Casebook Print'", '中');
    await document.fonts.ready;
  });
}

/**
 * Noto Sans SC in both weights cut down to `characters`, from `cache` when a
 * report used the same set before (a key of its own per set): cutting reads
 * the two 10 MB fonts and takes a few hundred milliseconds.
 */
export async function cachedSubsets(characters: string, cache?: PartCache): Promise<CardFont[]> {
  const key = (weight: number) => `font-${digestOf(characters)}-${weight}`;
  const cached = cache ? await Promise.all([400, 700].map((weight) => cache.get(key(weight)))) : [];
  if (cached.length === 2 && cached.every(Boolean)) {
    return [400 as const, 700 as const].map((weight, index) => ({ name: 'Noto Sans SC', weight, data: Buffer.from(cached[index]!) }));
  }
  const fonts = await subsetFonts(characters);
  if (cache) await Promise.all(fonts.map((font) => cache.set(key(font.weight), font.data)));
  return fonts;
}
