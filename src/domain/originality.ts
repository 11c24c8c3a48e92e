import { isLatinText } from './figure/english-scan.ts';

/** How many consecutive characters two Chinese texts may share before a sentence counts as copied. */
export const COPIED_RUN_LENGTH = 24;

/**
 * How many consecutive words two English texts may share before a sentence
 * counts as copied. Long official names run to eight words (`Department for
 * Environment, Food and Rural Affairs` is seven) and set phrases such as `in
 * the first half of the year` to seven; a copied clause runs past ten.
 */
export const COPIED_WORD_RUN = 10;

// Punctuation and spacing differ between a source and a rewrite; compare the words only.
const WORD_CHARACTER = /[\p{Script=Han}\p{L}\p{N}]/u;
// A Han character, or a word of other scripts: letters and digits, with inner apostrophes (don't) and hyphens
// (low-income).
const WORD = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:['’-](?:(?!\p{Script=Han})[\p{L}\p{N}])+)*/gu;

/** The units a text is compared in, with each unit's index in the original. */
interface Units {
  units: string[];
  offsets: number[];
}

/** Chinese: the text reduced to letters, digits and Han characters, one unit each. */
function characters(text: string): Units {
  const units: string[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const char of text) {
    if (WORD_CHARACTER.test(char)) {
      units.push(char);
      offsets.push(offset);
    }
    offset += char.length;
  }
  return { units, offsets };
}

/** English: the text as its words, in lower case (a sentence start does not hide a copy); Han characters one word each. */
function words(text: string): Units {
  const units: string[] = [];
  const offsets: number[] = [];
  for (const match of text.matchAll(WORD)) {
    units.push(match[0].toLowerCase().replace(/’/g, "'"));
    offsets.push(match.index!);
  }
  return { units, offsets };
}

/** One passage of `text` that also stands in a source. */
export interface CopiedRun {
  /** Offset of the run in the checked text. */
  offset: number;
  /** The shared words (Chinese: letters, digits and Han only; English: words joined by single spaces). */
  run: string;
  /** How long the run is, in `unit`s. */
  length: number;
  /** Characters (Chinese text) or words (English text). */
  unit: 'characters' | 'words';
}

/**
 * Prepares a finder of passages that repeat a run of any of `sources`:
 * copied sentences, where a case study must be in its editor's own words.
 * A Chinese text is compared by characters (`length` or more in a row, by
 * default {@link COPIED_RUN_LENGTH}); an English text (see `isLatinText`)
 * by words ({@link COPIED_WORD_RUN} or more in a row), so a shared name of
 * four words is not a copy. Indexing a source costs more than searching a
 * case, so build one finder per set of sources and reuse it. Windows are
 * compared by a rolling hash first and by their text only when the hash
 * matches, so a long case costs one pass.
 */
export function copyFinder(sources: readonly string[], length = COPIED_RUN_LENGTH, wordLength = COPIED_WORD_RUN): (text: string) => CopiedRun[] {
  const byCharacter = indexOf(sources, characters, length);
  let byWord: ReturnType<typeof indexOf> | undefined;
  return (text) => {
    if (!isLatinText(text)) return find(text, characters, length, byCharacter, 'characters');
    // Built the first time an English text is searched.
    byWord ??= indexOf(sources, words, wordLength);
    return find(text, words, wordLength, byWord, 'words');
  };
}

function indexOf(sources: readonly string[], split: (text: string) => Units, length: number): { hashes: Set<number>; grams: Set<string> } {
  const hashes = new Set<number>();
  const grams = new Set<string>();
  for (const source of sources) {
    const { units } = split(source);
    rollingHashes(units, length, (hash, index) => {
      hashes.add(hash);
      grams.add(units.slice(index, index + length).join('\u0000'));
    });
  }
  return { hashes, grams };
}

function find(text: string, split: (text: string) => Units, length: number, index: { hashes: Set<number>; grams: Set<string> }, unit: CopiedRun['unit']): CopiedRun[] {
  const { units, offsets } = split(text);
  const copied: boolean[] = [];
  rollingHashes(units, length, (hash, at) => {
    copied[at] = index.hashes.has(hash) && index.grams.has(units.slice(at, at + length).join('\u0000'));
  });
  const runs: CopiedRun[] = [];
  for (let at = 0; at + length <= units.length; at++) {
    if (!copied[at]) continue;
    let end = at + length;
    while (end < units.length && copied[end - length + 1]) end++;
    // Overlapping hits are one copied passage.
    runs.push({ offset: offsets[at]!, run: units.slice(at, end).join(unit === 'words' ? ' ' : ''), length: end - at, unit });
    at = end - 1;
  }
  return runs;
}

// A polynomial hash of every `length`-unit window, updated in O(1) per step (values stay below 2^53). A unit's value
// is its code point (a character) or a hash of its text below 2^21 (a word), so products with `top` stay exact.
const MODULUS = 2147483647;
const BASE = 1000003 % MODULUS;
const WORD_MODULUS = 2_097_143;
function unitHash(unit: string): number {
  if (unit.length === 1) return unit.codePointAt(0)!;
  let hash = 0;
  for (let index = 0; index < unit.length; index++) hash = (hash * 31 + unit.charCodeAt(index)) % WORD_MODULUS;
  return hash;
}
function rollingHashes(units: readonly string[], length: number, visit: (hash: number, index: number) => void): void {
  if (units.length < length) return;
  let top = 1;
  for (let step = 1; step < length; step++) top = (top * BASE) % MODULUS;
  const values = units.map(unitHash);
  let hash = 0;
  for (let index = 0; index < values.length; index++) {
    if (index >= length) hash = (hash - ((values[index - length]! * top) % MODULUS) + MODULUS) % MODULUS;
    hash = (hash * BASE + values[index]!) % MODULUS;
    if (index >= length - 1) visit(hash, index - length + 1);
  }
}

/** The copied passages of `text` from `sources`; see {@link copyFinder}. */
export function copiedRuns(text: string, sources: readonly string[], length = COPIED_RUN_LENGTH, wordLength = COPIED_WORD_RUN): CopiedRun[] {
  return copyFinder(sources, length, wordLength)(text);
}
