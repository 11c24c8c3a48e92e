import { describe, expect, it } from 'vitest';
import { parseFigure, sameQuantity } from './parse.ts';
import { locateFigures } from './locate.ts';
import { metricDimensions } from './metric.ts';

const read = (printed: string) => {
  const result = parseFigure(printed);
  if (!result.ok) throw new Error(result.message);
  return result.figure;
};

describe('rates', () => {
  it.each([
    ['35.63元/公斤', 35.63, 'currency', '公斤'],
    ['5.5万元/㎡', 55_000, 'currency', '㎡'],
    ['1952吨/艘', 1952, 'mass', '艘'],
    ['3元每斤', 3, 'currency', '斤'],
    ['每斤1.8元', 1.8, 'currency', '斤'],
    ['70元一斤', 70, 'currency', '斤'],
    ['每人1000元', 1000, 'currency', '人'],
  ] as const)('%s reads as a rate with both units', (printed, normalized, dimension, per) => {
    const figure = read(printed);
    expect([figure.normalized, figure.unit.dimension, figure.per?.symbol]).toEqual([normalized, dimension, per]);
  });

  it('refuses what it cannot read as a rate, and never reads 一 before a measure word as "per"', () => {
    expect(parseFigure('50%/年')).toMatchObject({ ok: false, message: expect.stringContaining('not a rate') });
    expect(parseFigure('每村5')).toMatchObject({ ok: false, message: expect.stringContaining('per-unit') });
    expect(parseFigure('5家一级')).toMatchObject({ ok: false });
  });

  it('a rate agrees only with a rate of the same per-unit', () => {
    expect(sameQuantity(read('70元/斤'), read('70元一斤'))).toBe(true);
    expect(sameQuantity(read('70元/斤'), read('每斤70元'))).toBe(true);
    expect(sameQuantity(read('70元/斤'), read('70元/公斤'))).toBe(false);
    expect(sameQuantity(read('70元/斤'), read('70元'))).toBe(false);
  });

  it('a source prints a rate whole', () => {
    const found = locateFigures('猪肉35.63元/公斤，白菜每斤1.8元，牛肉70元一斤，平均1952吨/艘，建成5家一级医院。').map(({ parsed }) => [parsed.printed, parsed.per?.symbol]);
    expect(found).toEqual([
      ['35.63元/公斤', '公斤'],
      ['每斤1.8元', '斤'],
      ['70元一斤', '斤'],
      ['1952吨/艘', '艘'],
      ['5家', undefined],
      ['一级', undefined],
    ]);
  });

  it('a price metric accepts money, as rates of prices are printed', () => {
    expect(metricDimensions('猪肉收购价格')).toEqual(['currency', 'foreign-currency']);
    expect(metricDimensions('二手房均价')).toEqual(['currency', 'foreign-currency']);
    expect(metricDimensions('群众评价')).toBeUndefined();
  });
});
