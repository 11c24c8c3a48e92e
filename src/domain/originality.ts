/** How many consecutive characters two texts may share before a sentence counts as copied. */
export const COPIED_RUN_LENGTH = 24;

// Punctuation and spacing differ between a source and a rewrite; compare the words only.
const WORD_CHARACTER = /[\p{Script=Han}\p{L}\p{N}]/u;

/** The text reduced to letters, digits and Han characters, with each kept character's index in the original. */
function words(text: string): { chars: string[]; offsets: number[] } {
  const chars: string[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const char of text) {
    if (WORD_CHARACTER.test(char)) {
      chars.push(char);
      offsets.push(offset);
    }
    offset += char.length;
  }
  return { chars, offsets };
}

/** One passage of `text` that also stands in a source. */
export interface CopiedRun {
  /** Offset of the run in the checked text. */
  offset: number;
  /** The shared characters (letters, digits and Han only). */
  run: string;
}

/**
 * Prepares a finder of passages that repeat `length` or more consecutive word
 * characters of any of `sources`: copied sentences, where a case study must
 * be in its editor's own words. Indexing a source costs more than searching
 * a case, so build one finder per set of sources and reuse it. Windows are
 * compared by a rolling hash first and by their text only when the hash
 * matches, so a long case costs one pass.
 */
export function copyFinder(sources: readonly string[], length = COPIED_RUN_LENGTH): (text: string) => CopiedRun[] {
  const hashes = new Set<number>();
  const grams = new Set<string>();
  for (const source of sources) {
    const { chars } = words(source);
    rollingHashes(chars, length, (hash, index) => {
      hashes.add(hash);
      grams.add(chars.slice(index, index + length).join(''));
    });
  }
  return (text) => {
    const { chars, offsets } = words(text);
    const copied: boolean[] = [];
    rollingHashes(chars, length, (hash, index) => {
      copied[index] = hashes.has(hash) && grams.has(chars.slice(index, index + length).join(''));
    });
    const runs: CopiedRun[] = [];
    for (let index = 0; index + length <= chars.length; index++) {
      if (!copied[index]) continue;
      let end = index + length;
      while (end < chars.length && copied[end - length + 1]) end++;
      // Overlapping hits are one copied passage.
      runs.push({ offset: offsets[index]!, run: chars.slice(index, end).join('') });
      index = end - 1;
    }
    return runs;
  };
}

// A polynomial hash of every `length`-character window, updated in O(1) per step (values stay below 2^53).
const MODULUS = 2147483647;
const BASE = 1000003 % MODULUS;
function rollingHashes(chars: readonly string[], length: number, visit: (hash: number, index: number) => void): void {
  if (chars.length < length) return;
  let top = 1;
  for (let step = 1; step < length; step++) top = (top * BASE) % MODULUS;
  let hash = 0;
  for (let index = 0; index < chars.length; index++) {
    if (index >= length) hash = (hash - ((chars[index - length]!.codePointAt(0)! * top) % MODULUS) + MODULUS) % MODULUS;
    hash = (hash * BASE + chars[index]!.codePointAt(0)!) % MODULUS;
    if (index >= length - 1) visit(hash, index - length + 1);
  }
}

/** The copied passages of `text` from `sources`; see {@link copyFinder}. */
export function copiedRuns(text: string, sources: readonly string[], length = COPIED_RUN_LENGTH): CopiedRun[] {
  return copyFinder(sources, length)(text);
}
