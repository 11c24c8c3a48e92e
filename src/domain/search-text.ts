import { fnv1a } from './hash.ts';

/** Text folded for matching: NFKC (full-width digits and letters to ASCII), lower case. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The overlapping two-character slices of `text` (letters, digits, Han), the unit of the body index. */
export function bigrams(text: string): string[] {
  const chars = [...fold(text)].filter((char) => /[\p{Script=Han}\p{L}\p{N}.%]/u.test(char));
  const grams = new Set<string>();
  for (let index = 0; index + 1 < chars.length; index++) grams.add(chars[index]! + chars[index + 1]!);
  return [...grams];
}

/** Which of `count` shards a bigram's postings live in (FNV-1a). */
export function shardOf(gram: string, count: number): number {
  return fnv1a(gram) % count;
}
