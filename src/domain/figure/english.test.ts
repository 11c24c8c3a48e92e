import { describe, expect, it } from 'vitest';
import { parseFigure, sameQuantity, type ParsedFigure, type Qualifier } from './parse.ts';

const read = (printed: string): ParsedFigure => {
  const result = parseFigure(printed);
  if (!result.ok) throw new Error(result.message);
  return result.figure;
};

/** [printed, value as printed, normalised value, dimension, unit symbol, qualifier] */
const TABLE: [string, number, number, string, string, Qualifier][] = [
  ['$2.6 million', 2.6e6, 2.6e6, 'foreign-currency', '$', 'exact'],
  ['1,300 people', 1300, 1300, 'count', 'person', 'exact'],
  ['230,000 persons', 230_000, 230_000, 'count', 'person', 'exact'],
  ['4 015 186 persons', 4_015_186, 4_015_186, 'count', 'person', 'exact'],
  ['1\u202f300 people', 1300, 1300, 'count', 'person', 'exact'],
  ['97%', 97, 97, 'percent', '%', 'exact'],
  ['nearly 97%', 97, 97, 'percent', '%', 'nearly'],
  ['97 per cent', 97, 97, 'percent', '%', 'exact'],
  ['12 percent', 12, 12, 'percent', '%', 'exact'],
  ['2.3 percentage points', 2.3, 2.3, 'percentage-points', 'pp', 'exact'],
  ['12.5 km²', 12.5, 12.5e6, 'area', 'km²', 'exact'],
  ['12.5 square kilometres', 12.5, 12.5e6, 'area', 'km²', 'exact'],
  ['3 sq km', 3, 3e6, 'area', 'km²', 'exact'],
  ['over 40 hectares', 40, 400_000, 'area', 'ha', 'over'],
  ['about 3,000 acres', 3000, 3000 * 4046.8564224, 'area', 'acre', 'about'],
  ['45 miles', 45, 45 * 1609.344, 'length', 'mi', 'exact'],
  ['under 10 km', 10, 10_000, 'length', 'km', 'under'],
  ['2,000 tonnes', 2000, 2000, 'mass', 't', 'exact'],
  ['5 MWh', 5, 5000, 'energy', 'MWh', 'exact'],
  ['30MW', 30, 30_000, 'power', 'MW', 'exact'],
  ['1.2 gigawatts', 1.2, 1.2e6, 'power', 'GW', 'exact'],
  ['400 litres', 400, 0.4, 'volume', 'L', 'exact'],
  ['US$3bn', 3e9, 3e9, 'foreign-currency', 'USD', 'exact'],
  ['€500,000', 500_000, 500_000, 'foreign-currency', 'EUR', 'exact'],
  ['£3.2m', 3.2e6, 3.2e6, 'foreign-currency', 'GBP', 'exact'],
  ['¥400 million', 4e8, 4e8, 'foreign-currency', '¥', 'exact'],
  ['USD 3 million', 3e6, 3e6, 'foreign-currency', 'USD', 'exact'],
  ['3 million dollars', 3e6, 3e6, 'foreign-currency', '$', 'exact'],
  ['3 million euros', 3e6, 3e6, 'foreign-currency', 'EUR', 'exact'],
  ['3 million pounds', 3e6, 3e6, 'foreign-currency', 'GBP', 'exact'],
  ['260 million yuan', 2.6e8, 2.6e8, 'currency', 'CNY', 'exact'],
  ['RMB 50 million', 5e7, 5e7, 'currency', 'CNY', 'exact'],
  ['3 million RMB', 3e6, 3e6, 'currency', 'CNY', 'exact'],
  ['more than 1,300 people', 1300, 1300, 'count', 'person', 'more-than'],
  ['some 300 residents', 300, 300, 'count', 'resident', 'about'],
  ['up to 500 jobs', 500, 500, 'count', 'job', 'under'],
  ['at least 20 firms', 20, 20, 'count', 'firm', 'at-least'],
  ['less than 5%', 5, 5, 'percent', '%', 'under'],
  ['1,000 or more', 1000, 1000, 'count', '', 'at-least'],
  ['twelve schools', 12, 12, 'count', 'school', 'exact'],
  ['twenty-five companies', 25, 25, 'count', 'company', 'exact'],
  ['a dozen schools', 12, 12, 'count', 'school', 'exact'],
  ['two dozen trees', 24, 24, 'count', 'tree', 'exact'],
  ['three hundred households', 300, 300, 'count', 'household', 'exact'],
  ['half a million people', 5e5, 5e5, 'count', 'person', 'exact'],
  ['45 new schools', 45, 45, 'count', 'school', 'exact'],
  ['93,000 American families', 93_000, 93_000, 'count', 'family', 'exact'],
  ['45 widgets', 45, 45, 'count', 'widget', 'exact'],
  ['3 years', 3, 3, 'duration', 'year', 'exact'],
  ['4 times', 4, 4, 'ratio', 'times', 'exact'],
  ['3rd', 3, 3, 'rank', '', 'exact'],
  ['12 March 2024', 20240312, 20240312, 'date', 'date', 'exact'],
  ['March 12, 2024', 20240312, 20240312, 'date', 'date', 'exact'],
  ['2.6亿元', 2.6e8, 2.6e8, 'currency', '元', 'exact'],
];

describe('English figures', () => {
  it.each(TABLE)('reads %s', (printed, value, normalized, dimension, symbol, qualifier) => {
    expect(read(printed)).toMatchObject({ value, unit: { dimension, symbol }, qualifier });
    expect(read(printed).normalized).toBeCloseTo(normalized, 6);
  });

  it.each([
    ['500 pounds', 'may be money or weight'],
    ['2.6m', 'may mean metres or million'],
    ['1,30 people', 'not a well-formed number'],
    ['3th', 'not a well-formed ordinal'],
    ['1 widget', 'unit Casebook does not know ("widget")'],
    ['over three years', 'before a duration may mean "during"'],
    ['many schools', 'has no number'],
  ])('refuses %s rather than guess', (printed, message) => {
    const result = parseFigure(printed);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });

  it('maps English qualifiers onto the kinds the Chinese ones have', () => {
    const pairs: [string, string][] = [
      ['more than 1,300 people', '1300余人'],
      ['over 70%', '超过70%'],
      ['nearly 97%', '近97%'],
      ['almost 97%', '将近97%'],
      ['about 5 km', '约5公里'],
      ['at least 50 people', '至少50人'],
      ['less than 5%', '不足5%'],
    ];
    for (const [english, chinese] of pairs) expect(read(english).qualifier, english).toBe(read(chinese).qualifier);
  });

  it('agrees only with the same value, unit dimension and qualifier', () => {
    expect(sameQuantity(read('260 million yuan'), read('2.6亿元'))).toBe(true);
    expect(sameQuantity(read('12.5 km²'), read('12.5 square kilometres'))).toBe(true);
    expect(sameQuantity(read('1,300 people'), read('1,300 persons'))).toBe(true);
    expect(sameQuantity(read('1,300 people'), read('more than 1,300 people'))).toBe(false);
    expect(sameQuantity(read('1,300 people'), read('1,300 households'))).toBe(false);
    expect(sameQuantity(read('3 million euros'), read('3 million dollars'))).toBe(false);
    expect(sameQuantity(read('$3 million'), read('US$3 million'))).toBe(false);
    // A ton may be short, long or metric: it never agrees with tonnes.
    expect(sameQuantity(read('300 tons'), read('300 tonnes'))).toBe(false);
  });
});
