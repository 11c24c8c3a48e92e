import { describe, expect, it } from 'vitest';
import { foldWord, isStopWord, latinWords, wordKey } from './search-words.ts';
import { bigramCounts, termCounts } from './search-text.ts';

const keys = (text: string, options?: Parameters<typeof latinWords>[1]) => latinWords(text, options).map((word) => word.key);
const printed = (text: string) => latinWords(text).map((word) => text.slice(word.start, word.end));

describe('Latin words as the search reads them', () => {
  it('joins what the Porter2 stemmer joins, and nothing else', () => {
    expect(keys('cooperatives')).toEqual(keys('cooperative'));
    expect(keys('farming')).toEqual(keys('farm'));
    expect(keys('farms')).toEqual(keys('farm'));
    // The stemmer keeps farmer apart from farm: the search does not join them either.
    expect(keys('farmers')).toEqual(keys('farmer'));
    expect(keys('farmers')).not.toEqual(keys('farming'));
    expect(keys("the river's banks")).toEqual(['river', 'bank']);
  });

  it('reads a hyphenated word whole (as if written together) and by its parts', () => {
    expect(keys('clean-up')).toEqual([wordKey('cleanup'), 'clean', 'up']);
    expect(printed('a river clean-up')).toEqual(['river', 'clean-up', 'clean', 'up']);
    expect(keys('co-operative')[0]).toBe(keys('cooperative')[0]);
    expect(keys('clean-up', { parts: false })).toEqual([wordKey('cleanup')]);
  });

  it('folds case, accents and full-width letters, keeping offsets into the text as written', () => {
    expect(keys('José NÚÑEZ')).toEqual(keys('jose nunez'));
    expect(keys('Café')).toEqual(keys('cafe'));
    expect(keys('Straße')).toEqual(keys('strasse'));
    expect(keys('ＳＯＬＡＲ')).toEqual(keys('solar'));
    expect(foldWord('Œuvre’s')).toBe("oeuvre's");
    const text = '园区推行ＰＰＰ模式，the Café on the green';
    expect(latinWords(text).map((word) => text.slice(word.start, word.end))).toEqual(['ＰＰＰ', 'Café', 'green']);
  });

  it('leaves out stop words unless asked, and reads digits alone as no word', () => {
    expect(keys('the cleanup of the brook')).toEqual([wordKey('cleanup'), 'brook']);
    expect(keys('the', { stopWords: true })).toEqual(['the']);
    expect(isStopWord('how')).toBe(true);
    expect(isStopWord('river')).toBe(false);
    expect(keys('1,300 sacks in 2019')).toEqual(['sack']);
    expect(keys('5G and COVID-19')).toEqual(['5g', 'covid19', 'covid']);
  });
});

describe('the body index terms of a text', () => {
  it('reads Han text by bigrams exactly as before', () => {
    const text = '蓬莱区以党建联盟串起海工装备产业链，2.6亿元，近97%。';
    expect(termCounts(text)).toEqual(bigramCounts(text));
    expect(bigramCounts(text).get('党建')).toBe(1);
    expect(bigramCounts(text).get('2.')).toBe(1);
  });

  it('reads Latin words as stems, never as slices, and cuts no slice across one', () => {
    const terms = termCounts('在PPP项目中，Farmers farming farms');
    expect(terms.get('ppp')).toBe(1);
    expect(terms.get('farm')).toBe(2);
    expect(terms.get('farmer')).toBe(1);
    expect(terms.get('项目')).toBe(1);
    expect([...terms.keys()].filter((key) => /[a-z]/.test(key) && key.length === 2)).toEqual([]);
    expect(terms.has('在项')).toBe(false);
  });

  it('keeps the digits of English figures as slices, like Chinese ones', () => {
    const terms = termCounts('The panels supplied 97% of it; 1,300 sacks.');
    expect(terms.get('97')).toBe(1);
    expect(terms.get('7%')).toBe(1);
    expect(terms.get('13')).toBe(1);
    expect(terms.has('the')).toBe(false);
  });
});
