import { describe, expect, it } from 'vitest';
import { parseFigure, sameQuantity } from './parse.ts';
import { locateFigures } from './locate.ts';
import { findClaims } from './scan.ts';

const read = (printed: string) => {
  const result = parseFigure(printed);
  if (!result.ok) throw new Error(result.message);
  return result.figure;
};
const refusal = (printed: string) => {
  const result = parseFigure(printed);
  if (result.ok) throw new Error(`${printed} was read`);
  return result.message;
};
const shape = (printed: string) => {
  const figure = read(printed);
  return [figure.value, figure.unit.dimension, figure.unit.symbol, figure.qualifier, figure.range?.high, figure.per?.symbol];
};

describe('figures of other genres', () => {
  it('counts kinds, index points, lots of shares and other measure words', () => {
    expect(shape('28种')).toEqual([28, 'count', '种', 'exact', undefined, undefined]);
    expect(shape('3300点')).toEqual([3300, 'count', '点', 'exact', undefined, undefined]);
    expect(shape('128万手')).toEqual([1_280_000, 'count', '手', 'exact', undefined, undefined]);
    expect(shape('12尊')).toEqual([12, 'count', '尊', 'exact', undefined, undefined]);
    expect(read('25个基点').normalized).toBeCloseTo(0.25);
    expect(sameQuantity(read('3300点'), read('3300个'))).toBe(false);
  });

  it('reads a ratio to one, and refuses a ratio of two other numbers', () => {
    expect(shape('6.51:1')).toEqual([6.51, 'ratio', ':1', 'exact', undefined, undefined]);
    expect(shape('17.33∶1')).toEqual([17.33, 'ratio', ':1', 'exact', undefined, undefined]);
    expect(refusal('3:2')).toContain('ratio of two numbers');
  });

  it('reads a rate per a round quantity, and a range of rates, but never two figures with a slash as a rate', () => {
    expect(shape('13.45元/500克')).toEqual([13.45, 'currency', '元', 'exact', undefined, '500克']);
    expect(shape('13.85元/公斤~14.37元/公斤')).toEqual([13.85, 'currency', '元', 'exact', 14.37, '公斤']);
    expect(sameQuantity(read('13.45元/500克'), read('13.45元/斤'))).toBe(false);
    expect(parseFigure('930套/76458.66㎡').ok).toBe(false);
    expect(parseFigure('13.85元/公斤~14.37元/斤').ok).toBe(false);
  });

  it('reads colloquial numbers', () => {
    expect(shape('7千5')).toEqual([7500, 'count', '', 'exact', undefined, undefined]);
    expect(shape('5千元')).toEqual([5000, 'currency', '元', 'exact', undefined, undefined]);
    expect(shape('3百多人')).toEqual([300, 'count', '人', 'more-than', undefined, undefined]);
    expect(shape('3千米')).toEqual([3, 'length', '千米', 'exact', undefined, undefined]);
    expect(shape('千把块钱')).toEqual([1000, 'currency', '块', 'about', undefined, undefined]);
    expect(shape('十来亩地')).toEqual([10, 'area', '亩', 'about', undefined, undefined]);
    expect(shape('一两公斤')).toEqual([1, 'mass', '公斤', 'exact', 2, undefined]);
    expect(shape('两三百')).toEqual([200, 'count', '', 'exact', 300, undefined]);
    // 两千把椅子 counts chairs; 一两 alone may be one 两 (50 g); 两块 may be money or pieces.
    expect(parseFigure('两千把椅子').ok).toBe(false);
    expect(parseFigure('一两').ok).toBe(false);
    expect(refusal('4万块')).toContain('块 may be money');
  });

  it('finds these figures whole in a source text', () => {
    const text = '猪粮比价为6.51:1，猪肉13.45元/500克，价格在13.85元/公斤~14.37元/公斤之间，开支7千5，成交128万手。';
    expect(locateFigures(text).map((found) => found.quote.figure)).toEqual(['6.51:1', '13.45元/500克', '13.85元/公斤~14.37元/公斤', '7千5', '128万手']);
  });

  it('leaves a time of day and 点 or 手 after a Chinese numeral out of the claims', () => {
    expect(findClaims('下午3点开会，3点半结束，提出三点意见，两手抓；指数报3300点。').map((claim) => claim.figure.printed)).toEqual(['3300点']);
  });

  it('reads the basis of a comparison, a ranking word, a currency named first and Taiwan units', () => {
    expect(read('同比减少3%')).toMatchObject({ value: 3, change: 'down' });
    expect(read('比上年增长5%')).toMatchObject({ value: 5, change: 'up' });
    expect(parseFigure('同比减少').ok).toBe(false);
    expect(shape('排名第5')).toEqual([5, 'rank', '', 'exact', undefined, undefined]);
    expect(read('人民币3000亿元')).toMatchObject({ normalized: 3e11, unit: { dimension: 'currency' } });
    expect(read('港币5亿元')).toMatchObject({ value: 5e8, unit: { dimension: 'foreign-currency', code: 'HKD' } });
    expect(parseFigure('人民币5亿美元').ok).toBe(false);
    expect(shape('300公尺')).toEqual([300, 'length', '公尺', 'exact', undefined, undefined]);
    expect(shape('1千多万')).toEqual([10_000_000, 'count', '', 'more-than', undefined, undefined]);
  });

  it('refuses vague numbers and spans of months with the reason', () => {
    for (const printed of ['十几个', '几十家', '数百人', '上千人']) expect(refusal(printed)).toContain('vague number');
    expect(refusal('3—5月')).toContain('span of dates');
  });

  it('reads 块多 as money, a change per unit as a rate, and the bond market\'s 上行 and 下行', () => {
    expect(shape('5块多')).toEqual([5, 'currency', '块', 'more-than', undefined, undefined]);
    expect(parseFigure('70多块').ok).toBe(false);
    expect(read('每公斤上涨0.3元')).toMatchObject({ value: 0.3, change: 'up', per: { symbol: '公斤' } });
    expect(read('下行3个基点')).toMatchObject({ value: 3, change: 'down', unit: { dimension: 'percentage-points' } });
    expect(locateFigures('猪肉每公斤上涨0.3元。').map((found) => found.quote.figure)).toEqual(['每公斤上涨0.3元']);
  });

  it('reads decimals, per mille and years written in characters', () => {
    expect(shape('百分之六点五')).toEqual([6.5, 'percent', '百分之', 'exact', undefined, undefined]);
    expect(read('三点五亿元')).toMatchObject({ value: 3.5e8, unit: { dimension: 'currency' } });
    expect(read('零点五个百分点')).toMatchObject({ value: 0.5, unit: { dimension: 'percentage-points' } });
    expect(read('千分之三').value).toBeCloseTo(0.3);
    expect(read('万分之五').value).toBeCloseTo(0.05);
    expect(read('二〇二二年十月')).toMatchObject({ value: 20221000, unit: { dimension: 'date' } });
    expect(shape('三点')).toEqual([3, 'count', '点', 'exact', undefined, undefined]);
  });
});
