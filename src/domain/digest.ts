import { createHash } from 'node:crypto';

// Maps and Sets are serialised as their entries.
const plain = (_key: string, item: unknown) => (item instanceof Map || item instanceof Set ? [...item] : item);

/**
 * A short stable hex digest of any JSON-serialisable value (Maps and Sets as
 * their entries): cache keys for pages, cards and the model cache.
 */
export function digestOf(value: unknown): string {
  const json = JSON.stringify(value, plain);
  return createHash('sha1').update(json ?? 'undefined').digest('hex').slice(0, 20);
}

/**
 * A digest of a list too long to serialise as one string (the casebook's
 * every claim at 50,000 cases): each item is serialised and hashed in turn.
 * Not equal to `digestOf` of the same list.
 */
export function digestOfEach(items: Iterable<unknown>): string {
  const hash = createHash('sha1');
  for (const item of items) hash.update(`${JSON.stringify(item, plain) ?? 'undefined'}\n`);
  return hash.digest('hex').slice(0, 20);
}
