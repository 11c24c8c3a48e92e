/**
 * Entries of a word list grouped by their first UTF-16 code unit, each group
 * in the list's own order, so looking for the words a text starts with reads
 * only the few that could match instead of the whole list. The figure
 * reader looks up a unit, currency or measure word after every number it
 * tries (dozens of tries per figure in long prose); scanning hundreds of
 * words each time was a tenth of a large build.
 */
export interface PrefixIndex<T> {
  /** The entries whose word `text` may start with at `position` (those sharing its code unit there), in list order. */
  at(text: string, position?: number): readonly T[];
}

const NONE: readonly never[] = [];

/**
 * Indexes `entries` by the first code unit of `wordOf(entry)`. Order within
 * a group is the list's, so "first match wins" (longest first, say) means
 * what it meant over the whole list. An empty word would start every text,
 * so it is refused here rather than silently never found.
 */
export function prefixIndex<T>(entries: readonly T[], wordOf: (entry: T) => string): PrefixIndex<T> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const word = wordOf(entry);
    if (word === '') throw new Error('prefixIndex: an empty word starts every text and cannot be indexed');
    const group = groups.get(word[0]!);
    if (group) group.push(entry);
    else groups.set(word[0]!, [entry]);
  }
  return { at: (text, position = 0) => groups.get(text[position] ?? '') ?? NONE };
}
