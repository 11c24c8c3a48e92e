import { describe, expect, it } from 'vitest';
import { RecentlyUsed } from './recently-used.ts';

describe('a map of the entries used last', () => {
  it('drops the entry used longest ago when a new one passes the limit, counting reads as uses', () => {
    const kept = new RecentlyUsed<string, number>(2);
    kept.set('a', 1);
    kept.set('b', 2);
    expect(kept.get('a')).toBe(1);
    kept.set('c', 3);
    expect([kept.get('a'), kept.get('b'), kept.get('c')]).toEqual([1, undefined, 3]);
  });

  it('replaces an entry set again without dropping another', () => {
    const kept = new RecentlyUsed<string, number>(2);
    kept.set('a', 1);
    kept.set('b', 2);
    kept.set('a', 10);
    expect([kept.get('a'), kept.get('b')]).toEqual([10, 2]);
  });
});
