import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureParts } from './figure-parts.ts';

const shown = (figure: string) => figureParts(figure).map((part) => (part.kind === 'number' ? part.text : `${part.kind[0]}:${part.text}`)).join('|');

describe('figure parts', () => {
  it('sets qualifiers apart from the number, before and after it', () => {
    expect(shown('近97%')).toBe('q:近|97|u:%');
    expect(shown('突破百亿元')).toBe('q:突破|百亿|u:元');
    expect(shown('超过10%')).toBe('q:超过|10|u:%');
    expect(shown('1300余人次')).toBe('1300|q:余|u:人次');
    expect(shown('2.4万余个')).toBe('2.4|u:万|q:余|u:个');
    expect(shown('70多家')).toBe('70|q:多|u:家');
    expect(shown('2000多')).toBe('2000|q:多');
    expect(shown('50人以上')).toBe('50|u:人|q:以上');
  });

  it('sets the newer qualifier words apart too: 来, 出头, 上下, 约为, and 达, which changes nothing', () => {
    expect(shown('200来个')).toBe('200|q:来|u:个');
    expect(shown('四十出头')).toBe('四十|q:出头');
    expect(shown('50万上下')).toBe('50|u:万|q:上下');
    expect(shown('约为4777亿欧元')).toBe('q:约为|4777|u:亿欧元');
    expect(shown('达420.05万公里')).toBe('q:达|420.05|u:万公里');
  });

  it('sets 万 and 亿 after digits with the unit, Chinese numerals whole', () => {
    expect(shown('1.3万平方米')).toBe('1.3|u:万平方米');
    expect(shown('2.6亿元')).toBe('2.6|u:亿元');
    expect(shown('10万吨级')).toBe('10|u:万吨级');
    expect(shown('千亿级')).toBe('千亿|u:级');
    expect(shown('六大方面')).toBe('六|u:大方面');
    expect(shown('１２３个')).toBe('１２３|u:个');
  });

  it('sets the 第 of a rank like its unit', () => {
    expect(shown('第67位')).toBe('u:第|67|u:位');
  });

  it('splits English figures: qualifier words and a currency sign before, the unit and "or more" after', () => {
    expect(shown('nearly 97%')).toBe('q:nearly |97|u:%');
    expect(shown('More than 1,300 people')).toBe('q:More than |1,300|u: people');
    expect(shown('$2.6 million')).toBe('u:$|2.6|u: million');
    expect(shown('about US$3bn')).toBe('q:about |u:US$|3|u:bn');
    expect(shown('1,000 or more')).toBe('1,000|q: or more');
  });

  it('leaves shapes it does not split whole', () => {
    for (const figure of ['2022年10月', '1/5', '百分之八', '三分之一', '一万二到一万五', '2300—2500元', '35.63元/公斤']) expect(shown(figure)).toBe(figure);
  });

  it('gives back every bundled figure exactly as printed', () => {
    const figures = readdirSync('content/cases').flatMap((file) => [...readFileSync(`content/cases/${file}`, 'utf8').matchAll(/^\s+figure: "?([^"\n]+)"?$/gm)].map((match) => match[1]!));
    expect(figures.length).toBeGreaterThan(100);
    for (const figure of figures) {
      const parts = figureParts(figure);
      expect(parts.map((part) => part.text).join(''), figure).toBe(figure);
      expect(parts.filter((part) => part.kind === 'number'), figure).toHaveLength(1);
    }
  });
});
