import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import { emojiImage, isEmoji } from './emoji.ts';

const require = createRequire(import.meta.url);

/** The card fonts: Noto Sans SC from the npm registry (`@expo-google-fonts/noto-sans-sc`), never fetched from the web. */
export const CARD_FONTS = [
  { name: 'Noto Sans SC', weight: 400 as const, file: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf' },
  { name: 'Noto Sans SC', weight: 700 as const, file: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf' },
];

/** A font as satori takes it. */
export interface CardFont {
  name: string;
  weight: 400 | 700;
  data: Buffer;
}

let fullFonts: Promise<CardFont[]> | undefined;

/** The full font files, read once per process. */
export function loadFonts(): Promise<CardFont[]> {
  return (fullFonts ??= Promise.all(
    CARD_FONTS.map(async (font) => ({ name: font.name, weight: font.weight, data: await readFile(require.resolve(font.file)) })),
  ));
}

/**
 * The fonts cut down to the characters `text` uses (plus ASCII), so satori
 * parses kilobytes instead of 10 MB and the first card is fast.
 */
export async function subsetFonts(text: string): Promise<CardFont[]> {
  const characters = [...new Set(`${text} 0123456789.%·…`)].join('');
  return Promise.all((await loadFonts()).map(async (font) => ({ ...font, data: await subsetFont(font.data, characters, { targetFormat: 'truetype' }) })));
}

let coverage: Promise<fontkit.Font> | undefined;

const graphemes = new Intl.Segmenter('zh-CN', { granularity: 'grapheme' });

/**
 * The characters of `text` a card cannot draw (which would otherwise render
 * as blank boxes): not in the fonts, and not an emoji Twemoji draws.
 */
export async function missingCharacters(text: string): Promise<string[]> {
  coverage ??= loadFonts().then((fonts) => fontkit.create(fonts[0]!.data) as fontkit.Font);
  const font = await coverage;
  const missing = new Set<string>();
  for (const { segment } of graphemes.segment(text)) {
    if (/^\s+$/.test(segment)) continue;
    if (isEmoji(segment)) {
      if (!emojiImage(segment)) missing.add(segment);
    } else if ([...segment].some((char) => !font.hasGlyphForCodePoint(char.codePointAt(0)!))) {
      missing.add(segment);
    }
  }
  return [...missing];
}
