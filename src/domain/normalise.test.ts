import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as normalise from './normalise.ts';

describe('normalise.compatibility', () => {
  it('folds full-width and compatibility forms (NFKC), which may change lengths', () => {
    expect(normalise.compatibility('１２３个ＡＩ')).toBe('123个AI');
    expect(normalise.compatibility('2万㎡')).toBe('2万m2');
  });
});

describe('normalise.width', () => {
  it('folds digits, Latin letters, ％ and ． and nothing else', () => {
    expect(normalise.width('共有１２３个，占４５％，面积１．２万ｋｍ２。')).toBe('共有123个，占45%，面积1.2万km2。');
    // Chinese punctuation is not the ASCII mark it resembles: １２，３００ is two numbers.
    expect(normalise.width('１２，３００（约）：；！？　')).toBe('12，300（约）：；！？　');
  });

  it('keeps the length, so offsets into the folded text are offsets into the text as written', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('１', '9', '％', '%', '．', '。', '家', 'ｍ', '㎡', ' ', '\n') }), (text) => normalise.width(text).length === text.length));
  });
});

describe('normalise.search', () => {
  it('matches regardless of letter case and full width', () => {
    expect(normalise.search('ＡＩ赋能 Park')).toBe('ai赋能 park');
    expect(normalise.search('１２３')).toBe('123');
  });

  it('keeps punctuation and spacing (the search index compacts them itself)', () => {
    expect(normalise.search('暖“新”驿站 2.6亿元')).toBe('暖“新”驿站 2.6亿元');
  });
});

describe('normalise.claim', () => {
  it('compares subjects and metrics without spacing and quotation marks', () => {
    const spellings = ['两新组织覆盖率', '“两新”组织覆盖率', '"两新" 组织覆盖率', '「两新」组织覆盖率', '‘两新’组织\n覆盖率'];
    expect(new Set(spellings.map(normalise.claim))).toEqual(new Set(['两新组织覆盖率']));
  });

  it('keeps every other difference: punctuation, letter case and full-width forms', () => {
    expect(normalise.claim('成员企业数（2021年）')).toBe('成员企业数（2021年）');
    expect(normalise.claim('GDP')).not.toBe(normalise.claim('gdp'));
    expect(normalise.claim('２０２１年')).not.toBe(normalise.claim('2021年'));
  });
});

describe('normalise.chart', () => {
  it('compares subjects, metrics and periods as claims, with full-width forms folded', () => {
    expect(normalise.chart('２０２１ 年')).toBe('2021年');
    expect(normalise.chart('“红色”ＧＤＰ')).toBe(normalise.chart('红色GDP'));
  });
});

describe('normalise.tag', () => {
  it('compares tags without punctuation, spaces, letter case or full-width forms', () => {
    expect(new Set(['两新组织', '“两新”组织', '"两新"组织', '两新 组织', '两新·组织'].map(normalise.tag))).toEqual(new Set(['两新组织']));
    expect(['AI', 'ａｉ', 'A-I'].map(normalise.tag)).toEqual(['ai', 'ai', 'ai']);
    // Homophones are different tags.
    expect(normalise.tag('党建')).not.toBe(normalise.tag('当肩'));
    expect(normalise.tag('——')).toBe('');
  });
});

describe('normalise.slug', () => {
  it('writes Latin text as lower-case ASCII words joined by single hyphens', () => {
    expect(normalise.slug('Hai Shang  Feng-Dian')).toBe('hai-shang-feng-dian');
    expect(normalise.slug('lüse ditan')).toBe('lvse-ditan');
    expect(normalise.slug('--A/B 5G!--')).toBe('a-b-5g');
    expect(normalise.slug('党建')).toBe('');
    expect(normalise.slug('São Paulo, Île-de-France, Straße, Ærø')).toBe('sao-paulo-ile-de-france-strasse-aero');
  });

  it('gives only lower-case letters, digits and inner hyphens, for any text', () => {
    fc.assert(fc.property(fc.string(), (text) => /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/.test(normalise.slug(text))));
  });
});

describe('normalise.figure', () => {
  it('reads a printed figure with full-width forms as ASCII, no whitespace and no thousands separators', () => {
    expect(normalise.figure('１２，３００家')).toBe('12，300家');
    expect(normalise.figure('12,300 家')).toBe('12300家');
    expect(normalise.figure('1,2')).toBe('1,2');
    expect(normalise.figure(' ２.６ 亿元 ')).toBe('2.6亿元');
  });
});

describe('normalise.sourceText', () => {
  it('removes whitespace and folds compatibility forms, keeping where each unit came from', () => {
    const text = '共 15\n家，１２㎡';
    const { text: folded, origin } = normalise.sourceText(text);
    // NFKC, unlike `width`: the full-width comma becomes ASCII too.
    expect(folded).toBe('共15家,12m2');
    expect(origin).toHaveLength(folded.length);
    // 家 came after a line break; ㎡ became two units, both from its one place.
    expect(text[origin[folded.indexOf('家')]!]).toBe('家');
    expect(origin.slice(-2)).toEqual([text.length - 1, text.length - 1]);
  });

  it('reads only the range it is given, with offsets into the whole text', () => {
    expect(normalise.sourceText('甲乙 丙丁', 1, 4)).toEqual({ text: '乙丙', origin: [1, 3] });
  });
});
