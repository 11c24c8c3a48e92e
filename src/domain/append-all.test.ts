import { describe, expect, it } from 'vitest';
import { appendAll } from './append-all.ts';

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
