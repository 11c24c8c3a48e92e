import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldWidth } from './width.ts';

describe('full-width forms in figures', () => {
  it('folds digits, Latin letters, ％ and ． and nothing else', () => {
    expect(foldWidth('共有１２３个，占４５％，面积１．２万ｋｍ２。')).toBe('共有123个，占45%，面积1.2万km2。');
    // Chinese punctuation is not the ASCII mark it resembles: １２，３００ is two numbers.
    expect(foldWidth('１２，３００（约）：；！？　')).toBe('12，300（约）：；！？　');
  });

  it('keeps the length, so offsets into the folded text are offsets into the text as written', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('１', '9', '％', '%', '．', '。', '家', 'ｍ', '㎡', ' ', '\n') }), (text) => foldWidth(text).length === text.length));
  });
});
