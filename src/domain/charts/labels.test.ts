import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textWidth } from '../text-width.ts';
import { wrapLabel } from './labels.ts';

describe('chart labels', () => {
  it('estimates Han and full-width characters at 1 em, Latin and digits narrower', () => {
    expect(textWidth('党群服务中心')).toBe(6);
    expect(textWidth('“两新”')).toBe(4);
    expect(textWidth('2023')).toBeLessThan(3);
  });

  it('keeps a label that fits on one line whole', () => {
    expect(wrapLabel('烟台开发区街道党群服务中心', 28)).toEqual(['烟台开发区街道党群服务中心']);
  });

  it('wraps a long label into even lines and keeps every character', () => {
    const label = '烟台开发区“两新”组织党建工作专项经费（全区各级党组织合计）';
    const lines = wrapLabel(label, 28);
    expect(lines.join('')).toBe(label);
    expect(lines).toHaveLength(2);
    // Even lines: no orphan of one or two characters under a full line.
    expect(Math.min(...lines.map((line) => textWidth(line)))).toBeGreaterThan(10);
  });

  it('keeps closing punctuation off line starts, opening punctuation off line ends, and Latin runs whole', () => {
    const lines = wrapLabel('蓬莱经济开发区链上企业“三亮三比三争”“五争一树”活动', 10);
    expect(lines.join('')).toBe('蓬莱经济开发区链上企业“三亮三比三争”“五争一树”活动');
    for (const line of lines) {
      expect(line).not.toMatch(/^[，、。）”》]/);
      expect(line).not.toMatch(/[（“《]$/);
    }
    expect(wrapLabel('烟台高新区腾讯云双创基地 1+1+N 党组织组建工作法', 12).some((line) => line.includes('1+1+N'))).toBe(true);
  });

  it('never drops or cuts a character, for any text and width', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'党群服务中心“”（）、，ABC12 3.'), maxLength: 80 }), fc.integer({ min: 1, max: 30 }), (text, width) => {
        const lines = wrapLabel(text, width);
        expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
        for (const line of lines) {
          expect(line).not.toMatch(/…$/);
          expect(line.trim()).toBe(line);
          expect(line).not.toBe('');
        }
      }),
    );
  });
});
