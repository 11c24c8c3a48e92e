import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { occurringIn } from './substrings.ts';

describe('patterns occurring in a text', () => {
  it('finds overlapping and nested patterns, and only those present', () => {
    expect(occurringIn('融资2.6亿元，突破百亿元', ['2.6亿元', '6亿元', '百亿元', '突破百亿元', '亿', '3亿元', ''])).toEqual(new Set(['2.6亿元', '6亿元', '百亿元', '突破百亿元', '亿']));
  });

  it('agrees with String.includes on any text and patterns', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '2', '亿', '元', '.', '%', '𠀀') }), fc.array(fc.string({ unit: fc.constantFrom('1', '2', '亿', '元', '.', '%', '𠀀'), maxLength: 5 })), (text, patterns) => {
        const expected = new Set(patterns.filter((pattern) => pattern !== '' && text.includes(pattern)));
        expect(occurringIn(text, patterns)).toEqual(expected);
      }),
    );
  });
});
