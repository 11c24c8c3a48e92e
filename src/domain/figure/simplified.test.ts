import { describe, expect, it } from 'vitest';
import { parseFigure, sameQuantity } from './parse.ts';
import { findClaims } from './scan.ts';
import { locateFigures } from './locate.ts';
import { simplifiedFigureText } from './simplified.ts';

const read = (printed: string) => {
  const result = parseFigure(printed);
  if (!result.ok) throw new Error(result.message);
  return result.figure;
};

describe('figures printed in traditional characters', () => {
  it.each([
    ['3651億元', '3651亿元'],
    ['1244萬人', '1244万人'],
    ['超過126萬億元', '超过126万亿元'],
    ['增長5.2%', '增长5.2%'],
    ['上漲0.2%', '上涨0.2%'],
    ['上升3.5個百分點', '上升3.5个百分点'],
    ['超過5.47萬標箱', '超过5.47万标箱'],
    ['近1.12億人次', '近1.12亿人次'],
    ['39個', '39个'],
    ['兩萬棵', '两万棵'],
    ['300餘人', '300余人'],
  ])('%s reads as %s', (traditional, simplified) => {
    expect(read(traditional)).toMatchObject({ ...read(simplified), printed: traditional });
    expect(sameQuantity(read(traditional), read(simplified))).toBe(true);
  });

  it('keeps every offset, so a figure is quoted where it is printed', () => {
    const text = '全年地區生產總值增長5.2%，達3651億元。';
    expect(simplifiedFigureText(text)).toHaveLength(text.length);
    expect(locateFigures(text).map((found) => [found.quote.figure, found.offset, found.parsed.change])).toEqual([
      ['增長5.2%', text.indexOf('增長'), 'up'],
      ['3651億元', text.indexOf('3651'), undefined],
    ]);
  });

  it('finds claims in a traditional body as in a simplified one', () => {
    expect(findClaims('全市共有學校53.71萬所，在校生2.89億人。').map((claim) => claim.figure.printed)).toEqual(['53.71萬所', '2.89億人']);
  });
});
