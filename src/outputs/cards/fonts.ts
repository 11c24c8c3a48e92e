import * as fontkit from 'fontkit';
import { emojiImage, isEmoji } from './emoji.ts';
import { loadFonts } from '../fonts.ts';

let coverage: Promise<fontkit.Font> | undefined;

const graphemes = new Intl.Segmenter('zh-CN', { granularity: 'grapheme' });
// Text of only these characters has one character per grapheme and no emoji: each character is looked up on its own.
const PLAIN = /^[\p{Script=Han}\p{L}\p{N}\p{P}\p{Zs}\n\t]*$/u;
// Whether the fonts draw a character, by code point, once per process: a casebook's cards repeat the same few thousand.
const drawable = new Map<number, boolean>();

/**
 * The characters of `text` a card cannot draw (which would otherwise render
 * as blank boxes): not in the fonts, and not an emoji Twemoji draws.
 */
export async function missingCharacters(text: string): Promise<string[]> {
  coverage ??= loadFonts().then((fonts) => fontkit.create(fonts[0]!.data) as fontkit.Font);
  const font = await coverage;
  const missing = new Set<string>();
  if (PLAIN.test(text)) {
    for (const char of text) {
      if (/\s/.test(char)) continue;
      const point = char.codePointAt(0)!;
      let has = drawable.get(point);
      if (has === undefined) drawable.set(point, (has = font.hasGlyphForCodePoint(point)));
      if (!has) missing.add(char);
    }
    return [...missing];
  }
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
