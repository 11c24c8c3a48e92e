import { describe, expect, it } from 'vitest';
import { digestOfEach } from './digest.ts';

describe('digestOfEach', () => {
  const rows = [{ case: 'a', value: 1 }, { case: 'b', value: new Set([2, 3]) }];

  it('is the same for the same items and changes with any item or their order', () => {
    expect(digestOfEach(rows)).toBe(digestOfEach(structuredClone(rows)));
    expect(digestOfEach([rows[0], { case: 'b', value: new Set([2, 4]) }])).not.toBe(digestOfEach(rows));
    expect(digestOfEach([...rows].reverse())).not.toBe(digestOfEach(rows));
    // Items are told apart: ["ab"] is not ["a", "b"].
    expect(digestOfEach(['ab'])).not.toBe(digestOfEach(['a', 'b']));
  });
});
