import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFigure, sameQuantity, type Qualifier } from './parse.ts';
import { parseChineseNumeral, toChineseNumeral } from './numerals.ts';
import { loadCasebook } from '../../model/load.ts';
import { optionsFromEnv } from '../../options.ts';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** [printed, value as printed, normalised value, dimension, unit symbol, qualifier] */
const TABLE: [string, number, number, string, string, Qualifier][] = [
  ['2.6亿元', 2.6e8, 2.6e8, 'currency', '元', 'exact'],
  ['近97%', 97, 97, 'percent', '%', 'nearly'],
  ['1300余人次', 1300, 1300, 'count', '人次', 'more-than'],
  ['百亿元', 1e10, 1e10, 'currency', '元', 'exact'],
  ['4倍', 4, 4, 'ratio', '倍', 'exact'],
  ['第67位', 67, 67, 'rank', '位', 'exact'],
  ['1.3万平方米', 13_000, 13_000, 'area', '平方米', 'exact'],
  ['3.2平方公里', 3.2, 3_200_000, 'area', '平方公里', 'exact'],
  ['2.4万余个', 24_000, 24_000, 'count', '个', 'more-than'],
  ['超70%', 70, 70, 'percent', '%', 'over'],
  ['过10亿元', 1e9, 1e9, 'currency', '元', 'over'],
  ['50人以上', 50, 50, 'count', '人', 'at-least'],
  ['3000余万元', 3e7, 3e7, 'currency', '元', 'more-than'],
  ['三千余万元', 3e7, 3e7, 'currency', '元', 'more-than'],
  ['五分钟', 5, 5, 'duration', '分钟', 'exact'],
  ['3个月', 3, 3, 'duration', '个月', 'exact'],
  ['190天', 190, 190, 'duration', '天', 'exact'],
  ['3年', 3, 3, 'duration', '年', 'exact'],
  ['2022年10月', 20221000, 20221000, 'date', '日期', 'exact'],
  ['10万吨级', 1e5, 1e5, 'mass', '吨', 'order-of'],
  ['千亿级', 1e11, 1e11, 'magnitude', '级', 'order-of'],
  ['4大类', 4, 4, 'count', '类', 'exact'],
  ['六大方面', 6, 6, 'count', '方面', 'exact'],
  ['5个方面', 5, 5, 'count', '方面', 'exact'],
  ['17小项', 17, 17, 'count', '项', 'exact'],
  ['四级', 4, 4, 'count', '级', 'exact'],
  ['两个', 2, 2, 'count', '个', 'exact'],
  ['2000多', 2000, 2000, 'count', '', 'more-than'],
  ['140米', 140, 140, 'length', '米', 'exact'],
  ['约5公里', 5, 5000, 'length', '公里', 'about'],
  ['突破百亿元', 1e10, 1e10, 'currency', '元', 'over'],
  ['超过1,300人', 1300, 1300, 'count', '人', 'over'],
  // Forms met in real news and bulletin text (see tests/fixtures/real-figures/).
  ['接近100万亿元', 1e14, 1e14, 'currency', '元', 'nearly'],
  ['超过8万1000人', 81_000, 81_000, 'count', '人', 'over'],
  ['1亿2000万元', 1.2e8, 1.2e8, 'currency', '元', 'exact'],
  ['1/5以上', 20, 20, 'percent', '/', 'at-least'],
  ['三分之一以上', 100 / 3, 100 / 3, 'percent', '分之', 'at-least'],
  ['两年多', 2, 2, 'duration', '年', 'more-than'],
  ['2亩多', 2, 2 * (10_000 / 15), 'area', '亩', 'more-than'],
  ['6倍多', 6, 6, 'ratio', '倍', 'more-than'],
  ['865亿方', 8.65e10, 8.65e10, 'volume', '方', 'exact'],
  ['477万m3', 4.77e6, 4.77e6, 'volume', 'm3', 'exact'],
  ['1200㎡', 1200, 1200, 'area', '㎡', 'exact'],
  ['2156万标准箱', 2.156e7, 2.156e7, 'count', '标准箱', 'exact'],
  ['859.6万修正总吨', 8.596e6, 8.596e6, 'mass', '修正总吨', 'exact'],
  ['四百多斤', 400, 0.2, 'mass', '斤', 'more-than'],
  ['2000公斤', 2000, 2, 'mass', '公斤', 'exact'],
  ['一百头左右', 100, 100, 'count', '头', 'about'],
  ['约3377亿新元', 3.377e11, 3.377e11, 'foreign-currency', '新元', 'about'],
  ['227.1MVA', 227.1, 227_100, 'power', 'MVA', 'exact'],
  ['1280轮次', 1280, 1280, 'count', '轮次', 'exact'],
  ['不超过5%', 5, 5, 'percent', '%', 'under'],
  // Full-width forms read as the ASCII ones.
  ['１２３个', 123, 123, 'count', '个', 'exact'],
  ['近９７％', 97, 97, 'percent', '%', 'nearly'],
  ['１．２万平方米', 12_000, 12_000, 'area', '平方米', 'exact'],
  ['１23个', 123, 123, 'count', '个', 'exact'],
  ['３０ＭＷ', 30, 30_000, 'power', 'MW', 'exact'],
];

describe('figure parser', () => {
  it.each(TABLE)('reads %s', (printed, value, normalized, dimension, symbol, qualifier) => {
    const result = parseFigure(printed);
    if (!result.ok) throw new Error(result.message);
    expect(result.figure).toMatchObject({ value, normalized, unit: { dimension, symbol }, qualifier });
  });

  it('reads ages as years of life, never 89周岁 as 89 weeks', () => {
    for (const [printed, symbol] of [['89周岁', '周岁'], ['65岁', '岁']] as const) {
      const parsed = parseFigure(printed);
      expect(parsed.ok && parsed.figure.unit.symbol, printed).toBe(symbol);
    }
  });

  it('refuses 多 after a measure word (5个多功能厅 is five halls) and a malformed 万 with lower places', () => {
    expect(parseFigure('5个多').ok).toBe(false);
    expect(parseFigure('8万12000人').ok).toBe(false);
  });

  it('reads every figure in the bundled casebook', async () => {
    const casebook = await loadCasebook(root, optionsFromEnv(root).content);
    const figures = casebook.cases.flatMap((entry) => entry.data.stats.map((stat) => stat.figure));
    expect(figures.length).toBeGreaterThan(200);
    const failures = figures.map((figure) => [figure, parseFigure(figure)] as const).filter(([, result]) => !result.ok);
    expect(failures).toEqual([]);
  });

  it.each([
    ['若干家', 'has no number'],
    ['97盎司', 'unit Casebook does not know'],
    ['第3届', 'does not end with 位 or 名'],
    ['12家企业', 'has text after the unit ("企业")'],
    // 三四个 (three or four) is a range of neighbouring digits; 三五个 is refused rather than guessed.
    ['三五个', 'is not a Chinese numeral'],
  ])('refuses %s', (printed, message) => {
    const result = parseFigure(printed);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });

  it('treats 5分钟 and 五分钟 as the same quantity, 7个 and 22个 as different', () => {
    const read = (text: string) => {
      const result = parseFigure(text);
      if (!result.ok) throw new Error(result.message);
      return result.figure;
    };
    expect(sameQuantity(read('5分钟'), read('五分钟'))).toBe(true);
    expect(sameQuantity(read('7个'), read('22个'))).toBe(false);
    expect(sameQuantity(read('40余个'), read('40个'))).toBe(false);
  });
});

const QUALIFIED: [prefix: string, suffix: string, qualifier: Qualifier][] = [
  ['', '', 'exact'],
  ['近', '', 'nearly'],
  ['约', '', 'about'],
  ['超过', '', 'over'],
  ['', '余', 'more-than'],
  ['', '多', 'more-than'],
];
const UNITS: [symbol: string, dimension: string, factor: number][] = [
  ['家', 'count', 1],
  ['人次', 'count', 1],
  ['元', 'currency', 1],
  ['平方米', 'area', 1],
  ['平方公里', 'area', 1e6],
  ['公里', 'length', 1000],
  ['%', 'percent', 1],
  ['个百分点', 'percentage-points', 1],
  ['立方米', 'volume', 1],
  ['千瓦', 'power', 1],
  ['兆瓦', 'power', 1000],
  ['千瓦时', 'energy', 1],
  ['美元', 'foreign-currency', 1],
  ['艘次', 'count', 1],
  ['载重吨', 'mass', 1],
];

/** `text` with its ASCII digits, letters, % and . in full width (１２３, ％, ．), as Chinese typesetting often prints them. */
const toFullWidth = (text: string) => text.replace(/[0-9A-Za-z%.]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

describe('figure parser properties', () => {
  it('round-trips any number, multiplier, qualifier and unit it writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        fc.constantFrom(['', 1], ['万', 1e4], ['亿', 1e8]),
        fc.constantFrom(...QUALIFIED),
        fc.constantFrom(...UNITS),
        (number, [multiplier, scale], [prefix, suffix, qualifier], [symbol, dimension, factor]) => {
          const printed = `${prefix}${number}${suffix}${multiplier}${symbol}`;
          const result = parseFigure(printed);
          if (!result.ok) return false;
          return (
            result.figure.value === number * (scale as number) &&
            result.figure.normalized === number * (scale as number) * factor &&
            result.figure.unit.dimension === dimension &&
            result.figure.qualifier === qualifier
          );
        },
      ),
    );
  });

  it('reads Chinese numerals as the numbers they write', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999 }), (number) => parseChineseNumeral(toChineseNumeral(number)) === number));
  });

  it('reads the same quantity from digits and from Chinese numerals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999 }), fc.constantFrom('个', '家', '名', '项'), (number, measure) => {
        const digits = parseFigure(`${number}${measure}`);
        const chinese = parseFigure(`${toChineseNumeral(number)}${measure}`);
        return digits.ok && chinese.ok && sameQuantity(digits.figure, chinese.figure);
      }),
    );
  });

  it('reads full-width digits, ％ and ． as the ASCII forms, keeping the figure as printed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        fc.constantFrom('', '.5', '.25'),
        fc.constantFrom('', '万', '亿'),
        fc.constantFrom(...QUALIFIED),
        fc.constantFrom(...UNITS),
        (number, decimals, multiplier, [prefix, suffix], [symbol]) => {
          const half = `${prefix}${number}${decimals}${suffix}${multiplier}${symbol}`;
          const full = toFullWidth(half);
          const a = parseFigure(half);
          const b = parseFigure(full);
          if (!a.ok || !b.ok) return a.ok === b.ok;
          return b.figure.printed === full && JSON.stringify({ ...a.figure, printed: '' }) === JSON.stringify({ ...b.figure, printed: '' });
        },
      ),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof parseFigure(text).ok === 'boolean'));
  });
});

describe('Chinese numerals, standard and spoken', () => {
  it.each([
    ['一千零十', 1010],
    ['三万五', 35_000],
    ['两千六', 2600],
    ['一百二', 120],
    ['百二', 120],
    ['千三', 1300],
    ['两万二零三', 22_003],
    ['一百零五', 105],
    ['五十万零三', 500_003],
    ['三亿五千万', 350_000_000],
    ['三亿五', 350_000_000],
    ['一亿零五百万', 105_000_000],
    ['一万亿', 1e12],
    ['百亿', 1e10],
    ['零', 0],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['十一十二', '三四', '一百一千', '二零', '一千零', '零零五', '十十'])('refuses the malformed %s', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });

  it('reads Arabic numbers with 万亿 and the other compound multipliers', () => {
    const trillion = parseFigure('1.5万亿元');
    expect(trillion.ok && [trillion.figure.value, trillion.figure.unit.symbol]).toEqual([1.5e12, '元']);
    const hundredMillion = parseFigure('3百亿元');
    expect(hundredMillion.ok && hundredMillion.figure.value).toBe(3e10);
  });
});

describe('the rest of the unit catalogue', () => {
  it.each([
    ['2.3个百分点', 2.3, 'percentage-points'],
    ['百分之八', 8, 'percent'],
    ['三分之一', 100 / 3, 'percent'],
    ['二分之一', 50, 'percent'],
    ['八成', 80, 'percent'],
    ['30万千瓦', 300_000, 'power'],
    ['1.2亿千瓦时', 1.2e8, 'energy'],
    ['1.2亿度', 1.2e8, 'energy'],
    ['5万立方米', 50_000, 'volume'],
    ['120艘', 120, 'count'],
    ['3000艘次', 3000, 'count'],
    ['500万标箱', 5e6, 'count'],
    ['12批次', 12, 'count'],
    ['1.5亿美元', 1.5e8, 'foreign-currency'],
  ])('reads %s', (printed, normalized, dimension) => {
    const result = parseFigure(printed);
    expect(result.ok && result.figure.unit.dimension).toBe(dimension);
    expect(result.ok && result.figure.normalized).toBeCloseTo(normalized, 9);
  });

  it('keeps foreign currencies apart and percentage points apart from percentages', () => {
    const [dollars, euros, points, percent] = ['100万美元', '100万欧元', '3个百分点', '3%'].map((text) => {
      const result = parseFigure(text);
      if (!result.ok) throw new Error(result.message);
      return result.figure;
    });
    expect(sameQuantity(dollars!, euros!)).toBe(false);
    expect(sameQuantity(points!, percent!)).toBe(false);
  });
});

describe('positions and deadweight', () => {
  it('reads 第9 and 第一 as positions, and 载重吨 as a mass', () => {
    const ninth = parseFigure('第9');
    expect(ninth.ok && [ninth.figure.value, ninth.figure.unit.dimension]).toEqual([9, 'rank']);
    const first = parseFigure('第一');
    expect(first.ok && [first.figure.value, first.figure.unit.dimension]).toEqual([1, 'rank']);
    const ship = parseFigure('5万载重吨');
    expect(ship.ok && [ship.figure.normalized, ship.figure.unit.dimension, ship.figure.unit.symbol]).toEqual([50_000, 'mass', '载重吨']);
  });
});
