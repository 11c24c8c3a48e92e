import { stem } from 'porter2';

/**
 * How the search reads text in Latin script (English, and Latin words inside
 * Chinese text such as `PPP`, `5G`, `YEDA`): as words, not as the
 * two-character slices it reads Han text by. The script decides, not the
 * casebook's language, so a Chinese case quoting English and an English case
 * quoting Chinese are both read right. The same code reads the index's text
 * at build time and the reader's query in the browser, so both meet on the
 * same keys.
 */

/** A Latin word of a text: its key (the folded, stemmed form) and where it stands in the text as given. */
export interface LatinWord {
  key: string;
  start: number;
  end: number;
}

// A run of Latin letters and digits, with an apostrophe inside (river's, don't) and hyphenated parts (clean-up,
// COVID-19). Full-width Latin letters are Latin script too. A run of digits alone is no word: figures are read
// by value (search-figures.ts) and digits by slices, as in Chinese text.
const PART = "[\\p{Script=Latin}\\p{N}][\\p{Script=Latin}\\p{M}\\p{N}]*(?:['’][\\p{Script=Latin}\\p{M}]+)*";
const TOKEN = new RegExp(`${PART}(?:[-‐‑]${PART})*`, 'gu');
const LATIN_LETTER = /\p{Script=Latin}/u;
const HYPHEN = /[-‐‑]/u;
const HYPHENS = /[-‐‑]/gu;
const ASCII = /^[\x20-\x7e]*$/;

// Letters that no Unicode decomposition takes to a plain a–z letter.
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * English words a search skips in case texts, because nearly every text has
 * them: Lucene's English stop set, with the question words and pronouns
 * readers type (`how did we …`, `what about …`). A query of nothing else still searches them, in
 * titles, summaries and tags (see `analyzeQuery`).
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about an and are as at be been but by did do does for from had has have how i if in into is it its me my no not of on or our ' +
    'such that the their then there these they this those to was we were what when where which who whom why will with you your'
  ).split(' '),
);

/**
 * One word folded for comparison: full-width and compatibility forms as
 * plain letters (NFKC), lower case, accents dropped (`Café` → `cafe`,
 * `Straße` → `strasse`), apostrophes as `'`.
 */
export function foldWord(word: string): string {
  // Most words are plain ASCII: nothing to decompose.
  if (ASCII.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTERS[letter]!)
    .replace(/’/g, "'");
}

/**
 * The key a folded word is indexed and searched under: its Porter2
 * (Snowball English) stem, so `cooperatives` finds `cooperative` and
 * `farming` finds `farm`, but `farmers` (stem `farmer`) does not find
 * `farming` — only what the stemmer joins is joined. Apostrophes go:
 * `river's` is `river`.
 */
export function wordKey(folded: string): string {
  let key = stems.get(folded);
  if (key === undefined) {
    key = stem(folded).replace(/'/g, '');
    // A casebook's vocabulary is some thousands of words, each met many times: stem each once.
    if (stems.size < 100_000) stems.set(folded, key);
  }
  return key;
}

const stems = new Map<string, string>();

/** Whether a folded word is a stop word (before stemming: `this` is one, `thi` is not). */
export function isStopWord(folded: string): boolean {
  return ENGLISH_STOP_WORDS.has(folded.replace(/'s?$/, ''));
}

/**
 * The Latin words of `text`, in order, with their offsets in `text`. A
 * hyphenated word gives its whole, written together (`clean-up` → the key of
 * `cleanup`, so `cleanup` and `clean-up` find each other), and then each of
 * its parts (unless `parts` is false). Stop words are left out unless
 * `stopWords` is true.
 */
export function latinWords(text: string, { stopWords = false, parts = true } = {}): LatinWord[] {
  const words: LatinWord[] = [];
  for (const [start, end] of latinSpans(text)) tokenWords(text.slice(start, end), start, stopWords, parts, words);
  return words;
}

/** The words of one run that `latinSpans` found, at `start` in the text: the whole, then a hyphenated run's parts. */
export function tokenWords(token: string, start: number, stopWords: boolean, parts: boolean, words: LatinWord[]): LatinWord[] {
  const add = (written: string, from: number) => {
    const folded = foldWord(written.replace(HYPHENS, ''));
    if (!folded || (!stopWords && isStopWord(folded))) return;
    words.push({ key: wordKey(folded), start: from, end: from + written.length });
  };
  add(token, start);
  if (!parts || !HYPHEN.test(token)) return words;
  let offset = start;
  for (const part of token.split(HYPHEN)) {
    // A part of digits alone (the 19 of COVID-19) is read with the figures.
    if (LATIN_LETTER.test(part)) add(part, offset);
    offset += part.length + 1;
  }
  return words;
}

/** Where the runs of Latin letters and digits that hold a Latin letter stand in `text`, as [start, end]. */
export function latinSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!LATIN_LETTER.test(text)) return spans;
  for (const match of text.matchAll(TOKEN)) if (LATIN_LETTER.test(match[0])) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

/** Whether `text` has a Latin letter. */
export function hasLatin(text: string): boolean {
  return LATIN_LETTER.test(text);
}
