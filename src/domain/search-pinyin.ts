import type { PinyinVocabulary } from './search-index.ts';

interface Entry {
  chars: string[];
  syllables: string[];
  /** Whether syllable i starts a word. */
  wordStart: boolean[];
}

/**
 * Finds the Han words a run of Latin letters spells in pinyin, anywhere in
 * the casebook's names and key terms: by whole syllables, spaced or not,
 * starting at any syllable (`zhigu`, `lansezhigu` → 智谷, 蓝色智谷), or by
 * initials from the start of a word (`lszg` → 蓝色智谷, `yf` → 云浮). A match
 * covers at least two syllables, so a single syllable (`gu`) finds nothing.
 */
export class PinyinMatcher {
  private readonly entries: Entry[];

  constructor(vocabulary: PinyinVocabulary) {
    this.entries = vocabulary.flatMap(([han, spelled]) => {
      const chars = [...han];
      const words = spelled.split('|').map((word) => word.split(' ').filter(Boolean));
      const syllables = words.flat();
      if (syllables.length !== chars.length) return [];
      const wordStart = words.flatMap((word) => word.map((_, index) => index === 0));
      return [{ chars, syllables, wordStart }];
    });
  }

  /** The Han spellings of `letters` (lower-case a–z), most frequent first, at most `limit`. */
  match(letters: string, limit = 8): string[] {
    const found = new Map<string, number>();
    const add = (text: string) => found.set(text, (found.get(text) ?? 0) + 1);
    for (const entry of this.entries) {
      const { syllables, chars, wordStart } = entry;
      for (let start = 0; start < syllables.length; start++) {
        // Whole syllables from any syllable.
        let spelled = '';
        for (let end = start; end < syllables.length && spelled.length < letters.length; end++) {
          spelled += syllables[end];
          if (spelled === letters && end > start) add(chars.slice(start, end + 1).join(''));
          if (!letters.startsWith(spelled)) break;
        }
        // Initials of whole words, from a word's first syllable.
        if (!wordStart[start]) continue;
        let initials = '';
        for (let end = start; end < syllables.length && initials.length < letters.length; end++) {
          initials += syllables[end]![0];
          if (initials === letters && end > start) add(chars.slice(start, end + 1).join(''));
          if (!letters.startsWith(initials)) break;
        }
      }
    }
    return [...found].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).slice(0, limit).map(([text]) => text);
  }
}
