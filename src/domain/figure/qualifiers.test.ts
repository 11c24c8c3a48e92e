import { describe, expect, it } from 'vitest';
import { parseFigure, sameQuantity } from './parse.ts';
import { figuresIn } from './scan.ts';
import { readPrefix } from './qualifiers.ts';

const reading = (printed: string) => {
  const read = parseFigure(printed);
  if (!read.ok) throw new Error(read.message);
  return [read.figure.normalized, read.figure.unit.dimension, read.figure.qualifier];
};

describe('qualifier words', () => {
  it.each([
    ['约为4777亿欧元', 4.777e11, 'foreign-currency', 'about'],
    ['约有两公里', 2000, 'length', 'about'],
    ['约合20533美元', 20_533, 'foreign-currency', 'about'],
    ['大约5公里', 5000, 'length', 'about'],
    ['大于8%', 8, 'percent', 'more-than'],
    ['小于8%', 8, 'percent', 'under'],
    ['不大于5%', 5, 'percent', 'under'],
    ['不小于5%', 5, 'percent', 'at-least'],
    ['不及1%', 1, 'percent', 'under'],
    ['逼近100万人', 1e6, 'count', 'nearly'],
    ['50万上下', 5e5, 'count', 'about'],
    ['四十出头', 40, 'count', 'more-than'],
    ['200来个', 200, 'count', 'about'],
    ['十来个', 10, 'count', 'about'],
    ['3万来个', 30_000, 'count', 'about'],
    ['三千来万元', 3e7, 'currency', 'about'],
    ['达近97%', 97, 'percent', 'nearly'],
  ])('reads %s', (printed, normalized, dimension, qualifier) => {
    expect(reading(printed)).toEqual([normalized, dimension, qualifier]);
  });

  it('reads a word that changes nothing (达, 为, 有, 高达…) as no qualifier: the same figure as without it', () => {
    for (const [printed, bare] of [['达420.05万公里', '420.05万公里'], ['为12家', '12家'], ['有两公里', '两公里'], ['高达97%', '97%'], ['共计1300余人', '1300余人']]) {
      const [a, b] = [parseFigure(printed!), parseFigure(bare!)];
      expect(a.ok && b.ok && sameQuantity(a.figure, b.figure), printed).toBe(true);
    }
    expect(readPrefix('达420.05万公里')).toEqual({ qualifier: 'exact', length: 1 });
  });

  it('reads 来 only after a round number and before a unit or measure word', () => {
    for (const printed of ['5来个', '二来', '200来', '十来']) expect(parseFigure(printed).ok, printed).toBe(false);
    expect(parseFigure('5来个').ok || parseFigure('5来个')).toMatchObject({ message: expect.stringContaining('not round') });
  });

  it('finds the qualifier words before a figure in running text, and not where they belong to another word', () => {
    const found = (text: string) => figuresIn(text).map(({ figure }) => [figure.printed, figure.qualifier]);
    expect(found('欧元区经济总量约为4777亿欧元，增速不大于5%。')).toEqual([
      ['约为4777亿欧元', 'about'],
      ['不大于5%', 'under'],
    ]);
    expect(found('人均生产总值约合20533美元')).toEqual([['约合20533美元', 'about']]);
    expect(found('全长达420.05万公里')).toEqual([['420.05万公里', 'exact']]);
    expect(found('村里有200来个大棚，增幅不及1%')).toEqual([
      ['200来个', 'about'],
      ['不及1%', 'under'],
    ]);
    // 年来 is "in the past … years", never "about".
    expect(found('5年来，全村新建')).toEqual([['5年', 'exact']]);
    expect(found('节约为20%')).toEqual([['20%', 'exact']]);
    // 上下游 (up- and downstream), 上下联动: 上下 begins another word.
    expect(found('带动300家上下游企业，50万上下的投入')).toEqual([
      ['300家', 'exact'],
      ['50万上下', 'about'],
    ]);
    expect(found('全县2000人上下联动')).toEqual([['2000人', 'exact']]);
  });
});
