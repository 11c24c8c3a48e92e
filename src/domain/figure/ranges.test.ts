import { describe, expect, it } from 'vitest';
import { parseFigure, sameQuantity } from './parse.ts';
import { locateFigures } from './locate.ts';
import { findClaims } from './scan.ts';

const read = (printed: string) => {
  const result = parseFigure(printed);
  if (!result.ok) throw new Error(result.message);
  return result.figure;
};

describe('ranges', () => {
  it.each([
    ['2300—2500元', 2300, 2500, 'currency', '元', 'exact'],
    ['3至5年', 3, 5, 'duration', '年', 'exact'],
    ['10%～15%', 10, 15, 'percent', '%', 'exact'],
    ['一万二到一万五', 12_000, 15_000, 'count', '', 'exact'],
    ['二十四五万', 240_000, 250_000, 'count', '', 'exact'],
    ['3万-5万元', 30_000, 50_000, 'currency', '元', 'exact'],
    ['两三万元', 20_000, 30_000, 'currency', '元', 'exact'],
    ['三四十个', 30, 40, 'count', '个', 'exact'],
    ['十七八岁', 17, 18, 'duration', '岁', 'exact'],
    ['约3至5年', 3, 5, 'duration', '年', 'about'],
    ['2至3平方公里', 2, 3, 'area', '平方公里', 'exact'],
  ] as const)('%s reads as one figure with both ends', (printed, low, high, dimension, symbol, qualifier) => {
    const figure = read(printed);
    expect([figure.range, figure.value, figure.unit.dimension, figure.unit.symbol, figure.qualifier]).toEqual([{ low, high }, low, dimension, symbol, qualifier]);
  });

  it.each([
    ['3-5万元', 'two ways'],
    ['5至3年', 'not a range from low to high'],
    ['2021—2023年', 'span of dates'],
    ['1至3日', 'calendar'],
    ['10-15', 'bare numbers'],
    ['3个至5年', 'different units'],
    ['近3至5年', 'qualifies one end'],
  ])('refuses %s with the reason', (printed, reason) => {
    expect(parseFigure(printed)).toMatchObject({ ok: false, message: expect.stringContaining(reason) });
  });

  it('still reads 不到 and 至少 as qualifiers, not as range separators', () => {
    expect(read('不到5%')).toMatchObject({ qualifier: 'under', normalized: 5 });
    expect(read('至少3人')).toMatchObject({ qualifier: 'at-least', normalized: 3 });
  });

  it('two ranges agree only when both ends agree, and a range never agrees with one of its ends', () => {
    expect(sameQuantity(read('2300—2500元'), read('2300至2500元'))).toBe(true);
    expect(sameQuantity(read('2300—2500元'), read('2300—2600元'))).toBe(false);
    expect(sameQuantity(read('2300—2500元'), read('2300元'))).toBe(false);
    expect(sameQuantity(read('3万-5万元'), read('三万到五万元'))).toBe(true);
    expect(sameQuantity(read('2至3平方公里'), read('200至300公顷'))).toBe(true);
  });

  it('a source prints a range whole, never one end of it on its own', () => {
    const found = locateFigures('月薪2300—2500元，培训3至5年，占比10%～15%，年收入一万二到一万五，挣二十四五万元；2023-05-01，1至3月。').map(({ parsed }) => [parsed.printed, parsed.range?.high]);
    expect(found).toEqual([
      ['2300—2500元', 2500],
      ['3至5年', 5],
      ['10%~15%', 15],
      ['一万二到一万五', 15_000],
      ['二十四五万元', 250_000],
      ['2023', undefined],
      ['05', undefined],
      ['01', undefined],
      ['1', undefined],
      ['3', undefined],
    ]);
  });

  it('in prose, a range with a measure word is a claim, a decade is not', () => {
    expect(findClaims('上世纪五六十年代和90年代，用了三四十年，来了七八个人，十四五规划。').map((claim) => claim.figure.printed)).toEqual(['三四十年', '七八个']);
  });
});
