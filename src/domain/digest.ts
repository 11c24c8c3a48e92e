import { createHash } from 'node:crypto';

/**
 * A short stable hex digest of any JSON-serialisable value (Maps and Sets as
 * their entries): cache keys for pages, cards and the model cache.
 */
export function digestOf(value: unknown): string {
  const json = JSON.stringify(value, (_key, item: unknown) => (item instanceof Map || item instanceof Set ? [...item] : item));
  return createHash('sha1').update(json ?? 'undefined').digest('hex').slice(0, 20);
}
