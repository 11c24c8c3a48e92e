import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
// Twemoji's SVGs from the npm registry (graphics CC-BY 4.0); satori draws them as images in the text.
const twemojiDir = path.dirname(require.resolve('@twemoji/svg/1f600.svg'));

const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** Whether a grapheme is an emoji (drawn from Twemoji rather than the text font). */
export function isEmoji(grapheme: string): boolean {
  return PICTOGRAPHIC.test(grapheme);
}

/** Twemoji's file name for an emoji: code points in hex, without U+FE0F unless the emoji is a ZWJ sequence. */
export function twemojiName(emoji: string): string {
  const points = [...emoji].map((char) => char.codePointAt(0)!);
  const kept = points.includes(0x200d) ? points : points.filter((point) => point !== 0xfe0f);
  return kept.map((point) => point.toString(16)).join('-');
}

/** The emoji as an SVG data URI for satori, or undefined when Twemoji has no drawing of it. */
export function emojiImage(emoji: string): string | undefined {
  const file = path.join(twemojiDir, `${twemojiName(emoji)}.svg`);
  if (!existsSync(file)) return undefined;
  return `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`;
}
