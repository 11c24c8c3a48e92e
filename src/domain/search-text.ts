import * as normalise from './normalise.ts';
import { latinSpans, tokenWords, type LatinWord } from './search-words.ts';

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
    for (const char of folded(original)) {
      const simplified = variants[char] ?? char;
      if (simplified === char ? isWordChar(char) : WORD_CHAR.test(simplified)) {
        result += simplified;
        positions.push(offset);
      }
    }
    offset += original.length;
  }
  return { text: result, positions };
}

// Each character's folded form and whether it carries meaning, worked out once: the search page compacts every
// section of every result it shows, and Unicode normalisation one character at a time dominated that.
const foldedChars = new Map<string, string[]>();
const wordChars = new Map<string, boolean>();

/** `normalise.search` of one character, as its characters. */
function folded(char: string): string[] {
  let chars = foldedChars.get(char);
  if (!chars) foldedChars.set(char, (chars = [...normalise.search(char)]));
  return chars;
}

function isWordChar(char: string): boolean {
  let is = wordChars.get(char);
  if (is === undefined) wordChars.set(char, (is = WORD_CHAR.test(char)));
  return is;
}

/** The overlapping two-character slices of `text` (letters, digits, Han), the unit of the body index for Han text. */
export function bigrams(text: string): string[] {
  return [...bigramCounts(text).keys()];
}

/**
 * Each bigram of `text` with how often it occurs. Latin words are not cut
 * into slices (they are read as words, see `termCounts`): a slice never
 * spans one, so `在PPP项目` gives `项目` and no `p项`.
 */
export function bigramCounts(text: string): Map<string, number> {
  return readTerms(text, false);
}

/**
 * The body index's terms of `text` with how often each occurs: the
 * two-character slices of its Han text, digits and other scripts, and the
 * keys of its Latin words (stemmed, stop words left out, see `latinWords`).
 * A bigram is two characters none of which is a Latin letter; a word key
 * has a Latin letter: the two never collide.
 */
export function termCounts(text: string): Map<string, number> {
  return readTerms(text, true);
}

function readTerms(text: string, withWords: boolean): Map<string, number> {
  // Positions are not needed here, so the text is folded whole (much faster than character by character).
  const folded = normalise.search(text);
  const counts = new Map<string, number>();
  let last = 0;
  const words: LatinWord[] = [];
  for (const [start, end] of latinSpans(folded)) {
    addBigrams(folded.slice(last, start), counts);
    if (withWords) tokenWords(folded.slice(start, end), start, false, true, words);
    last = end;
  }
  addBigrams(last ? folded.slice(last) : folded, counts);
  for (const word of words) counts.set(word.key, (counts.get(word.key) ?? 0) + 1);
  return counts;
}

function addBigrams(stretch: string, counts: Map<string, number>): void {
  const chars = [...stretch].filter((char) => WORD_CHAR.test(char));
  for (let index = 0; index + 1 < chars.length; index++) {
    const gram = chars[index]! + chars[index + 1]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
}

/** The distinct terms of `text` (see `termCounts`): what a query's text looks up in the body index. */
export function termKeys(text: string): string[] {
  return [...termCounts(text).keys()];
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
