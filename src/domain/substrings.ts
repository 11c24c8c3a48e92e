/**
 * Which of `patterns` occur in `text` as substrings, in one pass over the
 * text (Aho–Corasick): the cost grows with the text plus the patterns, not
 * their product, so checking thousands of figures against a long source
 * text stays linear.
 */
export function occurringIn(text: string, patterns: Iterable<string>): Set<string> {
  // A trie of the patterns over code points, with failure links.
  const next: Map<string, number>[] = [new Map()];
  const fail: number[] = [0];
  const ends: string[][] = [[]];
  for (const pattern of new Set(patterns)) {
    if (pattern === '') continue;
    let node = 0;
    for (const unit of pattern) {
      let child = next[node]!.get(unit);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        fail.push(0);
        ends.push([]);
        next[node]!.set(unit, child);
      }
      node = child;
    }
    ends[node]!.push(pattern);
  }
  const queue: number[] = [...next[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [unit, child] of next[node]!) {
      let link = fail[node]!;
      while (link !== 0 && !next[link]!.has(unit)) link = fail[link]!;
      const target = next[link]!.get(unit);
      fail[child] = target !== undefined && target !== child ? target : 0;
      ends[child]!.push(...ends[fail[child]!]!);
      queue.push(child);
    }
  }
  const found = new Set<string>();
  let node = 0;
  for (const unit of text) {
    while (node !== 0 && !next[node]!.has(unit)) node = fail[node]!;
    node = next[node]!.get(unit) ?? 0;
    for (const pattern of ends[node]!) found.add(pattern);
  }
  return found;
}
