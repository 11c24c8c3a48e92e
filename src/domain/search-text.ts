import { fnv1a } from './hash.ts';
import * as normalise from './normalise.ts';

/** Characters that carry meaning for search: letters, digits, Han, and the `.` and `%` of figures. */
const WORD_CHAR = /[\p{Script=Han}\p{L}\p{N}.%]/u;

/**
 * Text as the search compares it: folded (`normalise.search`), traditional characters made
 * simplified (`variants`, from the index), and everything but letters,
 * digits, Han, `.` and `%` removed, so quotation marks, spaces and
 * punctuation inside a phrase do not matter: 暖“新”驿站 reads 暖新驿站.
 * `positions[i]` is where character `i` stood in the original text.
 */
export function compact(text: string, variants: Readonly<Record<string, string>> = {}): { text: string; positions: number[] } {
  let result = '';
  const positions: number[] = [];
  let offset = 0;
  for (const original of text) {
    for (const char of normalise.search(original)) {
      const simplified = variants[char] ?? char;
      if (WORD_CHAR.test(simplified)) {
        result += simplified;
        positions.push(offset);
      }
    }
    offset += original.length;
  }
  return { text: result, positions };
}

/** The overlapping two-character slices of `text` (letters, digits, Han), the unit of the body index. */
export function bigrams(text: string): string[] {
  return [...bigramCounts(text).keys()];
}

/** Each bigram of `text` with how often it occurs. */
export function bigramCounts(text: string): Map<string, number> {
  // Positions are not needed here, so the text is folded whole (much faster than character by character).
  const chars = [...normalise.search(text)].filter((char) => WORD_CHAR.test(char));
  const counts = new Map<string, number>();
  for (let index = 0; index + 1 < chars.length; index++) {
    const gram = chars[index]! + chars[index + 1]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Which of `count` shards a bigram's postings live in (FNV-1a). */
export function shardOf(gram: string, count: number): number {
  return fnv1a(gram) % count;
}

/**
 * English words reduced to a common stem, for the English titles and
 * summaries and English queries: lower case, possessive and plural endings
 * dropped (`parks` → `park`, `industries` → `industry`).
 */
export function englishWords(text: string): string[] {
  return (normalise.search(text).match(/[a-z][a-z0-9-]*/g) ?? []).flatMap((word) => word.split('-')).filter(Boolean).map(stem);
}

function stem(word: string): string {
  if (word.endsWith("'s")) word = word.slice(0, -2);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Words as a reader splits them, from a segmenter's words: runs of single
 * characters are joined, since ICU splits names it does not know into
 * characters (智|谷 → 智谷, 外|卖|骑|手 → 外卖骑手).
 */
export function joinSingleCharacters(words: Iterable<string>): string[] {
  const joined: string[] = [];
  let singles = '';
  for (const word of words) {
    if ([...word].length === 1) {
      singles += word;
      continue;
    }
    if (singles) joined.push(singles);
    singles = '';
    joined.push(word);
  }
  if (singles) joined.push(singles);
  return joined;
}
