/**
 * FNV-1a over a string's code points: a fast 32-bit hash for in-memory
 * buckets and short ids (search shards, anchors), not for security. Runs in
 * the browser too (the search engine finds shards with it).
 */
export function fnv1a(text: string): number {
  let value = 2166136261;
  for (const char of text) value = Math.imul(value ^ char.codePointAt(0)!, 16777619) >>> 0;
  return value;
}
