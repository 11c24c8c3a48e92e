/**
 * Text made comparable, one named variant per purpose. Casebook compares
 * text in several places, and each needs a different sameness: the search
 * ignores letter case, claims ignore spacing and quotation marks, tags ignore
 * all punctuation and invisible characters, the figure reader must keep every offset. Every
 * comparison goes through one of these variants, so two places that mean the
 * same sameness cannot drift apart. Import the module whole:
 * `import * as normalise from './normalise.ts'`, then `normalise.search(…)`.
 */

// Spacing and the quotation marks Chinese and English texts put around a name: “”"'‘’「」.
const CLAIM_NOISE = /[\s“”"'‘’「」]/g;
// Punctuation, separators and whitespace of any script, and what shows as nothing: format characters (a soft hyphen,
// a zero-width space) and other default-ignorable code points, so two tags that read the same are one tag.
const TAG_NOISE = /[\p{P}\p{Z}\s\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
// Full-width forms a figure is made of: digits, Latin letters (ｋｍ, ＭＷ), ％ and ．. Full-width ，：；（） are Chinese
// punctuation, not the ASCII marks they resemble (１２，３００ is two numbers in a list, not 12,300).
const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ％．]/gu;
// Full-width forms U+FF01–FF5E sit at a fixed distance from ASCII U+0021–007E.
const FULL_WIDTH_OFFSET = 0xff01 - 0x21;

/**
 * Compatibility forms folded (Unicode NFKC): full-width digits and letters
 * as ASCII, `㎡` as `m2`, `①` as `1`. Lengths may change; where offsets
 * must map back, use `width` or `sourceText`.
 */
export function compatibility(text: string): string {
  return text.normalize('NFKC');
}

/**
 * Full-width digits, Latin letters, ％ and ． written as their ASCII forms,
 * nothing else changed: `１２３个` reads `123个`. The result has the same
 * length, so an offset into it is the same offset into the text as written
 * (the figure reader reports a claim at its place and quotes it as typed).
 */
export function width(text: string): string {
  return text.replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET));
}

/**
 * For search, in the index and in queries: compatibility forms folded and
 * lower case, so `ＡＩ`, `AI` and `ai` match. Applied to one character, it
 * gives that character's folded form (which `compact` keeps positions for).
 */
export function search(text: string): string {
  return compatibility(text).toLowerCase();
}

/**
 * For claims (subjects, metrics and periods of statistics): spacing and
 * quotation marks removed, so `“两新”组织` and `两新 组织` state the same
 * thing, while every other character, full-width ones too, still counts.
 */
export function claim(text: string): string {
  return text.replace(CLAIM_NOISE, '');
}

/**
 * For charts, which set side by side the statistics of one subject, metric
 * or period across pages: compatibility forms folded, then as `claim`, so
 * `２０２１年` and `2021 年` are one period.
 */
export function chart(text: string): string {
  return claim(compatibility(text));
}

/**
 * For tags: compatibility forms folded, lower case, and punctuation,
 * separators, spaces and invisible characters (soft hyphens, zero-width
 * spaces and the like) removed. `“两新”组织` and `两新·组织` are one tag;
 * `AI`, `ａｉ` and `A-I` too. A tag of punctuation alone becomes empty.
 */
export function tag(text: string): string {
  return search(text).replace(TAG_NOISE, '');
}

// Latin letters that do not decompose into a base letter and a mark.
const LATIN_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', đ: 'd', ł: 'l', þ: 'th' };

/**
 * For URL slugs, from Latin text (such as a name's pinyin): lower case, `ü`
 * as `v`, every run of anything but ASCII letters and digits one hyphen, no
 * hyphen at either end: `Hai Shang Feng Dian` → `hai-shang-feng-dian`,
 * `lü` → `lv`, `São Paulo` → `sao-paulo`.
 */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ü/g, 'v')
    // Other Latin letters keep their base letter (São Paulo → sao-paulo, Île → ile), not a hyphen.
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæøœđłþ]/g, (letter) => LATIN_LETTERS[letter] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * For reading a printed figure: full-width forms as ASCII (see `width`),
 * whitespace removed and the commas that group thousands dropped:
 * `１２ ３００` and `12,300` read `12300`; `1,2` stays `1,2`.
 */
export function figure(printed: string): string {
  return width(printed).replace(/\s+/g, '').replace(/,(?=\d{3})/g, '');
}

/**
 * For finding figures in a source text: whitespace removed (hard line wraps
 * undone, `15 家` read as `15家`), or with `keepSpaces` (English text, whose
 * words a space separates: `reaches 97%`) each run of whitespace one space,
 * and compatibility forms folded, with,
 * for each code unit of the result, the offset in `text` it came from, so a
 * figure found in the result is quoted from the text as written. Reads
 * `text` from `start` to `end`.
 */
export function sourceText(text: string, start = 0, end = text.length, keepSpaces = false): { text: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let index = start; index < end; ) {
    const char = String.fromCodePoint(text.codePointAt(index)!);
    if (/\s/u.test(char)) {
      // English keeps its word boundaries: a run of whitespace (a wrapped line too) is one space.
      if (keepSpaces && folded !== '' && !folded.endsWith(' ')) {
        folded += ' ';
        origin.push(index);
      }
    } else {
      const normal = compatibility(char);
      folded += normal;
      for (let unit = 0; unit < normal.length; unit++) origin.push(index);
    }
    index += char.length;
  }
  return { text: folded, origin };
}
