/**
 * The one text policy: which characters a published text may hold, and how
 * a message quotes an editor's text safely. Pure; the model applies
 * {@link refusedCharacter} and {@link invisibleOnly} to every text it reads
 * (frontmatter, records, settings, bodies), and every message that quotes
 * user text goes through {@link escapeForTerminal} or {@link quote}.
 * The classes and their reasons are listed in docs/reference/text-policy.md.
 */

/** Why a character is refused: the class it belongs to, in words an editor reads after its code point. */
export type RefusedClass = 'control' | 'bidi' | 'surrogate' | 'invisible' | 'separator' | 'noncharacter';

/** A refused character and where it is in the text. */
export interface RefusedCharacter {
  /** Offset of the character in the text (UTF-16 units). */
  index: number;
  codePoint: number;
  refused: RefusedClass;
}

// Names of the characters editors meet (pasted from a terminal, a word processor or a web page); others are named by class.
const NAMES: Record<number, string> = {
  0x00: 'NULL', 0x07: 'BELL', 0x08: 'BACKSPACE', 0x0b: 'LINE TABULATION', 0x0c: 'FORM FEED', 0x1b: 'ESCAPE', 0x7f: 'DELETE',
  0x85: 'NEXT LINE', 0x9b: 'CONTROL SEQUENCE INTRODUCER', 0xad: 'SOFT HYPHEN', 0x34f: 'COMBINING GRAPHEME JOINER', 0x61c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER', 0x1160: 'HANGUL JUNGSEONG FILLER', 0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER', 0x200d: 'ZERO WIDTH JOINER', 0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR', 0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING', 0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER', 0x2061: 'FUNCTION APPLICATION', 0x2062: 'INVISIBLE TIMES', 0x2063: 'INVISIBLE SEPARATOR', 0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE',
  0x2800: 'BRAILLE PATTERN BLANK', 0x3000: 'IDEOGRAPHIC SPACE', 0x3164: 'HANGUL FILLER', 0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)', 0xffa0: 'HALFWIDTH HANGUL FILLER',
  0xfffc: 'OBJECT REPLACEMENT CHARACTER', 0xfffd: 'REPLACEMENT CHARACTER',
};

const CLASS_WORDS: Record<RefusedClass, string> = {
  control: 'a control character',
  bidi: 'a bidirectional control, which reverses or reorders the text around it',
  surrogate: 'a lone surrogate: half of a UTF-16 pair, which no text can hold',
  invisible: 'an invisible formatting character',
  separator: 'a line or paragraph separator, which breaks lines where no one can see it',
  noncharacter: 'a Unicode noncharacter',
};

/** What to do about each class, after the character is named. */
const CLASS_FIXES: Record<RefusedClass, string> = {
  control: 'delete it (it was probably pasted from a terminal or a word processor)',
  bidi: 'delete it; Casebook publishes left-to-right text',
  surrogate: 'delete it, or write the whole character',
  invisible: 'delete it; it hides where words, numbers or names break',
  separator: 'use a plain line break instead',
  noncharacter: 'delete it',
};

/** The code point as Unicode writes it: `U+202E`, `U+1F600`. */
export const codePointLabel = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** A character by its code point and name: `U+202E RIGHT-TO-LEFT OVERRIDE`; a character without a listed name by its code point alone. */
export function describeCodePoint(codePoint: number): string {
  const name = NAMES[codePoint] ?? (codePoint < 0x20 || (codePoint >= 0x80 && codePoint < 0xa0) ? 'control character' : undefined);
  return name ? `${codePointLabel(codePoint)} ${name}` : codePointLabel(codePoint);
}

/**
 * Every code point of a character (a letter and its combining marks, an
 * emoji sequence) by code point and name, shown so a terminal cannot join it
 * to the text around it: `"é" (U+0065 U+0301)`.
 */
export function describeCharacter(char: string): string {
  const points = [...char].map((part) => describeCodePoint(part.codePointAt(0)!));
  return `"${escapeForTerminal(char)}" (${points.join(' ')})`;
}

// The zero width joiner (it joins emoji: 👨‍👩‍👧, allowed only after one, see refusedCharacter) and the tag characters of
// flag emoji (🏴 followed by U+E0067 U+E0062 …).
const ALLOWED_FORMAT = /[\u200D\u{E0020}-\u{E007F}]/u;
// What a zero width joiner may follow: an emoji, a skin tone, an emoji presentation selector.
const EMOJI_BEFORE_JOINER = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// Default-ignorable letters that show as nothing: the Hangul fillers, the combining grapheme joiner.
const INVISIBLE_LETTERS = /[\u115F\u1160\u3164\uFFA0\u034F]/u;

/**
 * The class of a refused code point, or undefined when the policy allows it.
 * Tab, line feed and carriage return are text; every other control (C0, DEL,
 * C1 such as NEXT LINE) is not, and makes feeds and exports malformed.
 */
export function refusedClass(codePoint: number): RefusedClass | undefined {
  if (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d) return undefined;
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 'control';
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 'surrogate';
  if (codePoint < 0xa0) return undefined;
  const char = String.fromCodePoint(codePoint);
  if (BIDI.test(char)) return 'bidi';
  if (codePoint === 0x2028 || codePoint === 0x2029) return 'separator';
  if ((codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe) return 'noncharacter';
  if (/\p{Cf}/u.test(char) && !ALLOWED_FORMAT.test(char)) return 'invisible';
  if (INVISIBLE_LETTERS.test(char)) return 'invisible';
  return undefined;
}

// Every character refusedClass may refuse or invisibleOnly may find (and a few they allow), as plain UTF-16 ranges:
// a test without Unicode properties, so the nearly all texts that hold none cost one quick scan. Any character
// beyond the BMP (a surrogate pair) takes the careful path.
const MAYBE_REFUSED = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u00AD\u034F\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2028-\u202E\u2060-\u206F\u2800\u3164\uD800-\uDFFF\uFDD0-\uFDEF\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFF]/;

// The same characters in a value written as JSON, which escapes C0 controls (`\b`, `\f`, `\u001b`) and lone
// surrogates (`\ud800`) and writes every other character as it is.
const MAYBE_REFUSED_IN_JSON = new RegExp(`\\\\(?:u00|ud[89a-f]|[bf])|${MAYBE_REFUSED.source.replace('\\0-\\x08\\x0B\\x0C\\x0E-\\x1F', '')}`);

/**
 * Whether a parsed value (strings, keys, lists and fields, however deep) may hold a character the policy
 * refuses or a text that shows nothing; false means surely not. One pass over the value written as JSON:
 * most values hold none, and are then not walked at all.
 */
export function mayHoldRefused(value: unknown): boolean {
  return MAYBE_REFUSED_IN_JSON.test(JSON.stringify(value) ?? '');
}

/** The first character of `text` the policy refuses, or undefined. Lone surrogates are found as such, not as U+FFFD. */
export function refusedCharacter(text: string): RefusedCharacter | undefined {
  // Fast path: nearly every text is plain.
  if (!MAYBE_REFUSED.test(text)) return undefined;
  let previous = 0;
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index)!;
    const refused = refusedClass(codePoint) ?? (codePoint === 0x200d && !EMOJI_BEFORE_JOINER.test(String.fromCodePoint(previous)) ? 'invisible' : undefined);
    if (refused) return { index, codePoint, refused };
    previous = codePoint;
    index += codePoint > 0xffff ? 2 : 1;
  }
  return undefined;
}

/**
 * What an editor reads about a refused character: `holds U+202E RIGHT-TO-LEFT OVERRIDE (a bidirectional
 * control, …): delete it; …`; with `writtenAs`, the character reference it was written as (`&#x202E;`).
 */
export function refusedMessage(found: Pick<RefusedCharacter, 'codePoint' | 'refused'>, writtenAs?: string): string {
  const written = writtenAs ? ` written as ${writtenAs}` : '';
  return `holds ${describeCodePoint(found.codePoint)}${written} (${CLASS_WORDS[found.refused]}): ${CLASS_FIXES[found.refused]}`;
}

// What a reader sees as nothing: whitespace, default-ignorable code points (zero-width characters, fillers,
// variation selectors), format characters, the braille blank.
const INVISIBLE = /^[\s\p{Default_Ignorable_Code_Point}\p{Cf}\u2800\u3164\uFFA0\u115F\u1160\u034F]*$/u;

/**
 * Whether `text` holds something yet shows nothing: only spaces and
 * characters no font draws (zero-width spaces, braille blanks, Hangul
 * fillers). Such a title or summary publishes a blank line.
 */
export function invisibleOnly(text: string): boolean {
  if (!MAYBE_REFUSED.test(text)) return false;
  return text.length > 0 && text.trim().length > 0 && INVISIBLE.test(text);
}

/** The first character of an invisible-only text, by code point and name, for the message. */
export function invisibleOnlyMessage(text: string): string {
  const first = [...text].find((char) => !/\s/u.test(char)) ?? text;
  return `holds only characters that show as nothing (such as ${describeCodePoint(first.codePointAt(0)!)}): write the text, or remove the field`;
}

// Controls (C0, DEL, C1), bidirectional controls and other format characters, line separators and lone surrogates:
// what a terminal would act on or reorder. The zero width joiner stays (it only joins emoji).
const UNSAFE_FOR_TERMINAL = /[\0-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF]|(?![\u200D])\p{Cf}/gu;

/**
 * Text as a terminal may show it: every control character, bidirectional
 * control, format character, line separator and lone surrogate written as
 * its code point (`\u{1B}`), so no content can move the cursor, retitle or
 * clear the terminal, colour a CI log or reverse a line. Every message that
 * quotes user text passes through this (see `formatDiagnostic`).
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, (char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** Longest quote of an editor's text in a message, in characters; longer text is cut in the middle of what it says. */
export const MAX_QUOTE = 80;

/**
 * User text shortened for a message: at most {@link MAX_QUOTE} characters,
 * a longer text cut with its length said (`abcd… (100,000 characters)`),
 * never in the middle of a surrogate pair.
 */
export function shorten(text: string, max = MAX_QUOTE): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, max - 1).join('')}… (${chars.length.toLocaleString('en-US')} characters)`;
}

/** User text as a message quotes it: shortened, escaped, in double quotes. */
export function quote(text: string, max = MAX_QUOTE): string {
  return `"${escapeForTerminal(shorten(text, max))}"`;
}
