import * as fontkit from 'fontkit';
import { emojiImage, isEmoji } from './emoji.ts';
import { loadFonts } from '../fonts.ts';

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
