import { pinyin } from 'pinyin-pro';
import type { PinyinVocabulary } from '../../domain/search-index.ts';
import { joinSingleCharacters } from '../../domain/search-text.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The words of a Han run, as a reader would split it (see
 * `joinSingleCharacters`).
 */
export function hanWords(run: string): string[] {
  return joinSingleCharacters(Array.from(segmenter.segment(run), (part) => part.segment));
}

/** The runs of Han characters in a text (names are split at punctuation, digits and Latin letters). */
export function hanRuns(text: string): string[] {
  return text.match(/\p{Script=Han}+/gu) ?? [];
}

/**
 * Toneless syllables of a Han run, words separated by `|`: 蓝色智谷 →
 * `lan se|zhi gu`. Build-time only: pinyin-pro's dictionary stays out of the
 * browser, which receives this vocabulary instead.
 */
export function spellRun(run: string): string {
  return hanWords(run)
    .map((word) => pinyin(word, { toneType: 'none', type: 'array' }).map((syllable) => syllable.replace(/ü/g, 'v')).join(' '))
    .join('|');
}

/**
 * The pinyin vocabulary of a casebook: whole names (titles' runs are split
 * into words, so the vocabulary grows with the casebook's words, not its
 * titles), each once.
 */
export function pinyinVocabulary(names: Iterable<string>, words: Iterable<string>): PinyinVocabulary {
  const entries = new Set<string>();
  for (const name of names) for (const run of hanRuns(name)) if ([...run].length >= 2 && [...run].length <= 8) entries.add(run);
  for (const text of words) for (const run of hanRuns(text)) for (const word of hanWords(run)) if ([...word].length >= 2) entries.add(word);
  return [...entries].sort().map((run) => [run, spellRun(run)]);
}
