import { describe, expect, it } from 'vitest';
import { parseFigure, sameQuantity } from './parse.ts';
import { isChangeMetric, metricDirection } from './metric.ts';
import { locateFigures } from './locate.ts';

const read = (printed: string) => {
  const result = parseFigure(printed);
  if (!result.ok) throw new Error(result.message);
  return result.figure;
};

describe('changes and multiples', () => {
  it.each([
    ['下降3.2%', 3.2, 'percent', 'down', 'exact'],
    ['增长15.6%', 15.6, 'percent', 'up', 'exact'],
    ['跌逾1%', 1, 'percent', 'down', 'more-than'],
    ['提高2.5个百分点', 2.5, 'percentage-points', 'up', 'exact'],
    ['减少1200人', 1200, 'count', 'down', 'exact'],
    ['上升近5%', 5, 'percent', 'up', 'nearly'],
    ['回落0.3个百分点', 0.3, 'percentage-points', 'down', 'exact'],
    ['涨5%', 5, 'percent', 'up', 'exact'],
    ['降低10%', 10, 'percent', 'down', 'exact'],
    ['增加267亿斤', 2.67e10, 'mass', 'up', 'exact'],
    ['增产474.8万吨', 4.748e6, 'mass', 'up', 'exact'],
    ['升高14.4个百分点', 14.4, 'percentage-points', 'up', 'exact'],
    ['提升3.7个百分点', 3.7, 'percentage-points', 'up', 'exact'],
    ['收窄28.3%', 28.3, 'percent', 'down', 'exact'],
    ['降1.6%', 1.6, 'percent', 'down', 'exact'],
    ['降低了1.5%', 1.5, 'percent', 'down', 'exact'],
    ['增长了8%', 8, 'percent', 'up', 'exact'],
    ['同比增长5%', 5, 'percent', 'up', 'exact'],
    ['环比下降0.3个百分点', 0.3, 'percentage-points', 'down', 'exact'],
    ['放缓0.5个百分点', 0.5, 'percentage-points', 'down', 'exact'],
    ['下调25个基点', 25, 'percentage-points', 'down', 'exact'],
    ['净增3家', 3, 'count', 'up', 'exact'],
    ['跌8.05点', 8.05, 'count', 'down', 'exact'],
  ] as const)('%s is a signed change', (printed, value, dimension, change, qualifier) => {
    const figure = read(printed);
    expect([figure.value, figure.unit.dimension, figure.change, figure.qualifier]).toEqual([value, dimension, change, qualifier]);
  });

  it.each([
    ['翻一番', 2],
    ['翻两番', 4],
    ['翻倍', 2],
    ['翻番', 2],
  ])('%s is an upward multiple of %d', (printed, value) => {
    const figure = read(printed);
    expect([figure.value, figure.unit.dimension, figure.change]).toEqual([value, 'ratio', 'up']);
  });

  it('refuses what could be read two ways or is a level, with the reason', () => {
    expect(parseFigure('增长2倍')).toMatchObject({ ok: false, message: expect.stringContaining('two ways') });
    expect(parseFigure('下降到3.2%')).toMatchObject({ ok: false, message: expect.stringContaining('level') });
    expect(parseFigure('降低了到3.2%')).toMatchObject({ ok: false, message: expect.stringContaining('level') });
    expect(parseFigure('降为3%')).toMatchObject({ ok: false, message: expect.stringContaining('level') });
    expect(parseFigure('增长了一倍')).toMatchObject({ ok: false, message: expect.stringContaining('two ways') });
  });

  it('a change agrees only with a change in the same direction, never with a level', () => {
    expect(sameQuantity(read('下降3.2%'), read('降低3.2%'))).toBe(true);
    expect(sameQuantity(read('下降3.2%'), read('3.2%'))).toBe(false);
    expect(sameQuantity(read('下降3.2%'), read('增长3.2%'))).toBe(false);
    expect(sameQuantity(read('翻一番'), read('2倍'))).toBe(false);
  });

  it('change metrics say which way a bare figure goes', () => {
    expect(isChangeMetric('人数减少')).toBe(true);
    expect(metricDirection('降幅')).toBe('down');
    expect(metricDirection('营收同比')).toBe('up');
    expect(metricDirection('占比')).toBeUndefined();
  });

  it('a source prints a change whole with its verb, and a level after 到 as a level', () => {
    const found = locateFigures('全年粮食产量下降3.2%，工业增加值增长15.6%，占比下降到40%，收入翻一番。').map(({ parsed }) => [parsed.printed, parsed.change]);
    expect(found).toEqual([
      ['下降3.2%', 'down'],
      ['增长15.6%', 'up'],
      ['40%', undefined],
      ['翻一番', 'up'],
    ]);
  });
});

describe('change verbs in a source text', () => {
  it('takes the verb and its 了 with the figure, but not 新增 (what was added) or 空降 (an appointment)', () => {
    const text = '新增5家企业，空降3名干部，净增3家，较上年降低了1.5%，跌8.05点。';
    expect(locateFigures(text).map((found) => [found.quote.figure, found.parsed.change])).toEqual([
      ['5家', undefined],
      ['3名', undefined],
      ['净增3家', 'up'],
      ['降低了1.5%', 'down'],
      ['跌8.05点', 'down'],
    ]);
  });
});
