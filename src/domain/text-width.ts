/**
 * How wide a line of text is set, in ems, estimated without laying it out:
 * the cards size a figure to fit before satori draws it, and the charts wrap
 * their labels before any reader's font is known. One estimator, read with
 * the widths of a font: the card font's measured advance widths, or the
 * estimate for whatever CJK font a reader's browser picks.
 */

/** The advance widths a line is estimated with, in ems. */
export interface FontWidths {
  /** Printable ASCII, U+0020 (space) to U+007E (~), in order. */
  ascii: readonly number[];
  /** Other characters before the general punctuation block (U+0080–U+1FFF: Latin-1, Greek, Cyrillic…). */
  narrow: number;
  /** An emoji (a pictographic character). */
  emoji: number;
}

/**
 * Widths for text a reader's browser sets in its own CJK font (the charts):
 * a Han character or full-width sign is 1 em in every CJK font; Latin capitals
 * 0.68, `m w % @` 0.85, other letters and digits 0.58, a space 0.3, erring
 * wide so a label is wrapped rather than cut.
 */
export const ANY_CJK_FONT: FontWidths = {
  ascii: Array.from({ length: 0x7f - 0x20 }, (_, index) => {
    const char = String.fromCharCode(0x20 + index);
    if (char === ' ') return 0.3;
    return /[A-Z]/.test(char) ? 0.68 : /[mwMW%@]/.test(char) ? 0.85 : 0.58;
  }),
  narrow: 0.68,
  emoji: 1,
};

// Combining marks, variation selectors and the zero-width joiner: part of the character before them, no width of their own.
const ZERO_WIDTH = /[\u0300-\u036f\ufe00-\ufe0f\u200d]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** The width of one character (a code point) in ems. */
export function charWidth(char: string, font: FontWidths = ANY_CJK_FONT): number {
  const code = char.codePointAt(0)!;
  if (code < 0x7f) return font.ascii[Math.max(0, code - 0x20)]!; // a tab or a line break in a line is set as a space
  if (ZERO_WIDTH.test(char)) return 0;
  if (PICTOGRAPHIC.test(char)) return font.emoji;
  // Everything from the general punctuation block up (curly quotes, ≈, CJK, full-width forms) is set full width.
  return code < 0x2000 ? font.narrow : 1;
}

/** The width of a line of `text` in ems, as `font` sets it (see `FontWidths`). */
export function textWidth(text: string, font: FontWidths = ANY_CJK_FONT): number {
  let width = 0;
  for (const char of text) width += charWidth(char, font);
  return width;
}

/**
 * How many lines `text` takes at `size` px in a box `width` px wide: its
 * width plus 6 % for the places a line may not break (closing punctuation
 * keeps to its line, a Latin word stays whole), at least one line.
 */
export function lineCount(text: string, size: number, width: number, font: FontWidths = ANY_CJK_FONT): number {
  return Math.max(1, Math.ceil((textWidth(text, font) * size * 1.06) / width));
}

// East Asian scripts and full-width forms: one character each; any other character counts half.
const FULL_LENGTH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The length of a text as its length limits count it: a Chinese character
 * (or any East Asian or full-width character) is 1, any other character ½,
 * so one limit fits a Chinese and an English title alike (60 gives 60 Chinese
 * characters or about 120 Latin letters and spaces).
 */
export function textLength(text: string): number {
  let length = 0;
  for (const char of text) length += FULL_LENGTH.test(char) ? 1 : 0.5;
  return length;
}
