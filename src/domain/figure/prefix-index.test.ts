import { describe, expect, it } from 'vitest';
import { prefixIndex } from './prefix-index.ts';

describe('prefixIndex', () => {
  const words = ['个百分点', '百分点', '个', '人次', '人', '万元'];
  const index = prefixIndex(words, (word) => word);

  it('offers, in list order, only the words sharing the first character', () => {
    expect(index.at('个百分点以上')).toEqual(['个百分点', '个']);
    expect(index.at('人次增长')).toEqual(['人次', '人']);
  });

  it('reads from a given position', () => {
    expect(index.at('大人物', 1)).toEqual(['人次', '人']);
  });

  it('finds the same first match as a scan of the whole list', () => {
    for (const text of ['个百分点', '百分点', '人次', '人口', '万元', '亿元', '', '个']) {
      expect(index.at(text).find((word) => text.startsWith(word))).toBe(words.find((word) => text.startsWith(word)));
    }
  });

  it('refuses an empty word, which would start every text', () => {
    expect(() => prefixIndex(['', '元'], (word) => word)).toThrow(/empty word/);
  });
});
