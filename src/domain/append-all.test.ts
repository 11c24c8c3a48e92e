import { describe, expect, it } from 'vitest';
import { addTo, appendAll } from './append-all.ts';

describe('appendAll', () => {
  it('appends in order and returns the target', () => {
    const target = ['a'];
    expect(appendAll(target, ['b', 'c'])).toBe(target);
    expect(target).toEqual(['a', 'b', 'c']);
  });

  it('takes more items than a call can take as arguments (the files of a 50,000-case build)', () => {
    const items = Array.from({ length: 300_000 }, (_, index) => index);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    expect(appendAll([] as number[], items)).toHaveLength(300_000);
  });
});

describe('addTo', () => {
  it('groups values by key in the order they come, adding to the list it already has', () => {
    const groups = new Map<string, number[]>();
    addTo(groups, 'a', 1);
    const first = groups.get('a');
    addTo(groups, 'b', 2);
    addTo(groups, 'a', 3);
    expect([...groups]).toEqual([['a', [1, 3]], ['b', [2]]]);
    // The same list grows: no copy per value, so a group of 50,000 costs 50,000 adds.
    expect(groups.get('a')).toBe(first);
  });
});
