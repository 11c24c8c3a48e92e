import { describe, expect, it } from 'vitest';
import { parseFigure, sameQuantity, type ParsedFigure } from './parse.ts';
import { figuresIn, findClaims } from './scan.ts';
import { COLLECTIVE_MEASURE_WORDS, INDIVIDUAL_MEASURE_WORDS, VERBAL_MEASURE_WORDS } from './measure-words.ts';
import { CURRENCY_NAMES_ZH } from './currencies-zh.ts';

const read = (printed: string): ParsedFigure => {
  const result = parseFigure(printed);
  if (!result.ok) throw new Error(result.message);
  return result.figure;
};
const refusal = (printed: string): string => {
  const result = parseFigure(printed);
  return result.ok ? `read as ${result.figure.normalized} ${result.figure.unit.dimension}` : result.message;
};

describe('measure words from the language', () => {
  it.each([
    ['近1700只', 1700, '只', 'nearly'],
    ['逾1800股', 1800, '股', 'more-than'],
    ['1000棵左右', 1000, '棵', 'about'],
    ['5万株', 50_000, '株', 'exact'],
    ['1,378,640,863股', 1_378_640_863, '股', 'exact'],
    ['20万羽', 200_000, '羽', 'exact'],
    ['1000台套', 1000, '台套', 'exact'],
    ['3起', 3, '起', 'exact'],
    ['120万架次', 1_200_000, '架次', 'exact'],
  ])('reads %s as a count of its measure word', (printed, value, symbol, qualifier) => {
    expect(read(printed)).toMatchObject({ value, unit: { dimension: 'count', symbol }, qualifier });
  });

  it('reads every listed measure word after a number as a count of that word', () => {
    for (const word of [...INDIVIDUAL_MEASURE_WORDS, ...COLLECTIVE_MEASURE_WORDS, ...VERBAL_MEASURE_WORDS]) {
      expect(read(`12${word}`).unit, word).toMatchObject({ dimension: 'count', symbol: word });
    }
  });

  it('does not read 大股东 or 大部分 as an adjective before a measure word', () => {
    expect(refusal('10大股东')).toContain('unit Casebook does not know');
    expect(read('4大类').unit.symbol).toBe('类');
  });

  it('agrees a count only with the same measure word', () => {
    expect(sameQuantity(read('5万株'), read('50000株'))).toBe(true);
    expect(sameQuantity(read('5万株'), read('5万棵'))).toBe(false);
  });

  it('leaves ship names and idioms alone, and counts kinds (种)', () => {
    // 169 before 轮 is still flagged as a number before an unknown word, never read as a count.
    expect(findClaims('远瑞169轮启运。各地四面八方、五花八门，三步走。').filter((claim) => !claim.unknownUnit)).toEqual([]);
    expect(read('12种').unit).toMatchObject({ dimension: 'count', symbol: '种' });
    expect(refusal('12码')).toContain('unit Casebook does not know ("码")');
  });
});

describe('currencies by their Chinese names', () => {
  it.each([
    ['0.54599林吉特', 0.54599, 'MYR'],
    ['7.6854俄罗斯卢布', 7.6854, 'RUB'],
    ['3.5亿美元', 3.5e8, 'USD'],
    ['约1070亿欧元', 1.07e11, 'EUR'],
    ['2.1万泰铢', 21_000, 'THB'],
    ['500万新加坡元', 5e6, 'SGD'],
    ['12亿新台币', 1.2e9, 'TWD'],
    ['3000瑞士法郎', 3000, 'CHF'],
    ['800澳门元', 800, 'MOP'],
    ['US$3亿', 3e8, 'USD'],
    ['HK$1.2万', 12_000, 'HKD'],
    ['€500万', 5e6, 'EUR'],
    ['£20万', 200_000, 'GBP'],
  ])('reads %s as %s in %s', (printed, value, code) => {
    expect(read(printed)).toMatchObject({ normalized: value, unit: { dimension: 'foreign-currency', code } });
  });

  it('has a Chinese name for the ISO 4217 currencies the runtime knows, and reads each', () => {
    const codes = new Set(CURRENCY_NAMES_ZH.map(([, code]) => code));
    for (const code of ['USD', 'EUR', 'GBP', 'JPY', 'KRW', 'MYR', 'RUB', 'THB', 'SGD', 'HKD', 'MOP', 'TWD', 'CHF', 'INR', 'VND', 'ZAR', 'BRL']) expect(codes.has(code), code).toBe(true);
    expect(codes.size).toBeGreaterThan(140);
    // 多米尼加比索 after a number reads as 多 (more than) first: the one name not tried here.
    for (const [name, code] of CURRENCY_NAMES_ZH.filter(([name]) => !name.startsWith('多'))) expect(read(`3亿${name}`).unit.code, name).toBe(code);
  });

  it('agrees sums by currency, whatever name or sign prints it', () => {
    expect(sameQuantity(read('100卢布'), read('100俄罗斯卢布'))).toBe(true);
    expect(sameQuantity(read('1.5亿美元'), read('US$150 million'))).toBe(true);
    expect(sameQuantity(read('100万美元'), read('100万港元'))).toBe(false);
    expect(sameQuantity(read('$3亿'), read('3亿美元'))).toBe(false);
  });

  it('reads 人民币 as 元, and refuses a name several currencies share, naming them', () => {
    expect(read('100亿人民币')).toMatchObject({ normalized: 1e10, unit: { dimension: 'currency' } });
    expect(refusal('300卢比')).toMatch(/卢比 may be any of .*巴基斯坦卢比.*印度卢比/);
    expect(refusal('3克朗')).toMatch(/克朗 may be any of .*瑞典克朗/);
    expect(refusal('US$3亿美元')).toContain('text after the unit');
  });
});

describe('colloquial money', () => {
  it.each([
    ['1元8角', 1.8, 1.8],
    ['1元8角5分', 1.85, 1.85],
    ['3元5分', 3.05, 3.05],
    ['3块5', 3.5, 3.5],
    ['一块八', 1.8, 1.8],
    ['两块钱', 2, 2],
    ['1000块钱', 1000, 1000],
    ['2毛钱', 2, 0.2],
    ['2毛5', 2.5, 0.25],
    ['5角', 5, 0.5],
    ['3元钱', 3, 3],
  ])('reads %s as %s in its unit, %s 元', (printed, value, normalized) => {
    const figure = read(printed);
    expect(figure.unit.dimension).toBe('currency');
    expect(figure.value).toBeCloseTo(value, 9);
    expect(figure.normalized).toBeCloseTo(normalized, 9);
  });

  it('refuses 块 alone (money or pieces) and 分 alone (money or land), with both readings', () => {
    expect(refusal('1000块')).toMatch(/块 may be money .* or pieces/);
    expect(refusal('384块')).toMatch(/块 may be money/);
    expect(refusal('两分')).toMatch(/分 may be money .* or land/);
    expect(refusal('1元8')).toContain('text after the unit');
    expect(refusal('3块50')).toMatch(/块 may be money/);
    // 两 is a numeral: 2000多 两家 is two figures, not 2000 两 of mass.
    expect(refusal('2000多两')).toContain('unit Casebook does not know ("两")');
  });
});

describe('land and the units of statistical bulletins', () => {
  it.each([
    ['两分地', 'area', 2 * (10_000 / 150)],
    ['3.5亩', 'area', 3.5 * (10_000 / 15)],
    ['2顷', 'area', 2 * (1_000_000 / 15)],
    ['120公顷', 'area', 1.2e6],
    ['3.2亿千瓦时', 'energy', 3.2e8],
    ['1.5万千瓦时', 'energy', 15_000],
    ['2.4亿度', 'energy', 2.4e8],
    ['5吉瓦时', 'energy', 5e6],
    ['1万吨标准煤', 'energy', 1e4 * (29_307_600 / 3600)],
    ['36吉焦', 'energy', 10_000],
    ['120万千瓦', 'power', 1.2e6],
    ['30兆瓦', 'power', 30_000],
    ['2吉瓦', 'power', 2e6],
    ['500瓦', 'power', 0.5],
    ['2.5万立方米', 'volume', 25_000],
    ['500升', 'volume', 0.5],
    ['250毫升', 'volume', 0.00025],
    ['3万吨', 'mass', 30_000],
    ['2000千克', 'mass', 2],
    ['500克', 'mass', 0.0005],
    ['32微克/立方米', 'concentration', 32],
    ['0.5毫克/立方米', 'concentration', 500],
    ['1.2毫克/升', 'concentration', 1.2e6],
    ['15厘米', 'length', 0.15],
    ['12海里', 'length', 12 * 1852],
    ['89周岁', 'duration', 89],
  ])('reads %s as %s', (printed, dimension, normalized) => {
    const figure = read(printed);
    expect(figure.unit.dimension).toBe(dimension);
    expect(figure.normalized).toBeCloseTo(normalized, 6);
  });

  it('keeps 35.63元/公斤 apart from 35.63元: the per-unit is not dropped', () => {
    // Read as a rate (see rates.test.ts): 元 per 公斤, never 35.63元 alone.
    const parsed = parseFigure('35.63元/公斤');
    expect(parsed.ok && parsed.figure.per?.symbol).toBe('公斤');
  });
});

describe('money as printed in running text', () => {
  const printed = (text: string) => figuresIn(text).map(({ figure }) => `${figure.printed}=${figure.normalized}`);

  it('finds a sign before the number and smaller money after 元 whole, never 1元 inside 1元8角', () => {
    expect(printed('融资US$3亿，售价1元8角5分，另付€500万。')).toEqual(['US$3亿=300000000', '1元8角5分=1.85', '€500万=5000000']);
  });

  it('leaves 长三角 and 三毛 alone in prose, and never reads a price per 斤 as smaller money', () => {
    expect(findClaims('长三角一体化，三毛的书，两毛钱。')).toEqual([]);
    expect(refusal('三块一斤')).toMatch(/块 may be money/);
    const money = figuresIn('白菜三块一斤，五毛一个。').filter(({ figure }) => figure.unit.dimension === 'currency');
    expect(money.map(({ figure }) => `${figure.printed}=${figure.normalized}`)).toEqual(['五毛=0.5']);
  });

  it('does not read 2元1斤 as 2.1元', () => {
    expect(printed('白菜2元1斤。')).not.toContain('2元1=2.1');
    expect(printed('白菜2元1斤。')[0]).toBe('2元=2');
  });
});
