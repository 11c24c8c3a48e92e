import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ANY_CJK_FONT, charWidth, lineCount, textWidth, type FontWidths } from './text-width.ts';

// A font whose ASCII is half an em wide, to tell the font's widths from the estimator's own rules.
const HALF: FontWidths = { ascii: Array(0x7f - 0x20).fill(0.5), narrow: 0.75, emoji: 1.5 };

describe('the text-width estimator', () => {
  it('sets Han characters, full-width forms and CJK punctuation at 1 em in any font', () => {
    for (const font of [ANY_CJK_FONT, HALF]) {
      expect(textWidth('党群服务中心', font)).toBe(6);
      expect(textWidth('“两新”', font)).toBe(4);
      expect(textWidth('１２％，', font)).toBe(4);
    }
  });

  it('reads ASCII from the font\'s widths, and Latin letters, emoji and other letters from its classes', () => {
    expect(textWidth('Ab 1', HALF)).toBe(2);
    expect(textWidth('é', HALF)).toBe(0.75);
    expect(textWidth('😀', HALF)).toBe(1.5);
    // For a reader's unknown CJK font: wide letters wider than capitals, capitals wider than other letters and digits, a space narrowest.
    expect(charWidth('m')).toBeGreaterThan(charWidth('A'));
    expect(charWidth('A')).toBeGreaterThan(charWidth('a'));
    expect(charWidth('a')).toBe(charWidth('2'));
    expect(charWidth(' ')).toBeLessThan(charWidth('2'));
    expect(textWidth('2023')).toBeLessThan(3);
  });

  it('gives combining marks, variation selectors and joiners no width of their own', () => {
    expect(textWidth('e\u0301', HALF)).toBe(0.5);
    expect(textWidth('❤\ufe0f', HALF)).toBe(1.5);
    expect(textWidth('👩\u200d💻', HALF)).toBe(3);
  });

  it('adds up: a text is as wide as its parts, never negative', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }), (a, b) => {
        expect(textWidth(a + b)).toBeCloseTo(textWidth(a) + textWidth(b), 9);
        expect(textWidth(a)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('counts the lines a text takes in a box, with room for where lines may not break', () => {
    // 20 Han characters at 20 px: 400 px, 424 with the margin.
    const text = '党'.repeat(20);
    expect(lineCount(text, 20, 424)).toBe(1);
    expect(lineCount(text, 20, 423)).toBe(2);
    expect(lineCount(text, 20, 100)).toBe(5);
    expect(lineCount('', 20, 100)).toBe(1);
  });
});
