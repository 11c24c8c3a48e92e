// The one typeface Casebook draws text in itself: social cards and the PDF reports' text and running headers.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

/** The fonts cards and reports are set in: Noto Sans SC from the npm registry (`@expo-google-fonts/noto-sans-sc`), never fetched from the web. */
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

