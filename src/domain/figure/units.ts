import { COLLECTIVE_MEASURE_WORDS, INDIVIDUAL_MEASURE_WORDS, VERBAL_MEASURE_WORDS } from './measure-words.ts';
import { AMBIGUOUS_CURRENCY_NAMES, currenciesNamed, matchCurrencyName } from './currencies-zh.ts';
import { prefixIndex } from './prefix-index.ts';

/**
 * The closed catalogue of units a printed figure may carry. Every parsed
 * figure has exactly one dimension; values are normalised to the base unit
 * of that dimension (元, 平方米, 立方米, 米, 吨, 千瓦, 千瓦时; durations and
 * foreign currencies keep their own unit).
 */
export type Dimension =
  | 'count'
  | 'currency'
  | 'percent'
  | 'percentage-points'
  | 'foreign-currency'
  | 'area'
  | 'volume'
  | 'power'
  | 'energy'
  | 'length'
  | 'mass'
  | 'ratio'
  | 'rank'
  | 'duration'
  | 'date'
  | 'magnitude'
  | 'concentration';

/** Reader-facing names of the dimensions, used in messages and the stats explorer. */
export const DIMENSION_LABELS: Record<Dimension, string> = {
  count: '计数',
  currency: '金额（元）',
  percent: '百分比',
  'percentage-points': '百分点',
  'foreign-currency': '外币金额',
  area: '面积（平方米）',
  volume: '体积（立方米）',
  power: '功率（千瓦）',
  energy: '电量（千瓦时）',
  length: '长度（米）',
  mass: '重量（吨）',
  ratio: '倍数',
  rank: '名次',
  duration: '时长',
  date: '日期',
  magnitude: '量级',
  concentration: '浓度（微克/立方米）',
};

/** A unit as parsed from a figure. */
export interface Unit {
  dimension: Dimension;
  /** The unit as printed after the number: a measure word (`家`, `人次`), `元`, `平方米`, `%`… */
  symbol: string;
  /** Factor from the printed unit to the dimension's base unit (平方公里 → 1,000,000 平方米). */
  factor: number;
  /** For money other than 元: the ISO 4217 code (`美元` and `US$` → `USD`), by which sums are compared. */
  code?: string;
}

/**
 * Measure words that make a figure a count, longest first so `人次` wins over
 * `人`: the lists of measure-words.ts, and forms of the statistics of ports
 * and reports. `个方面`, `大类` and the like are counts of the noun after the
 * adjective.
 */
export const MEASURE_WORDS: readonly string[] = [
  ...new Set([...INDIVIDUAL_MEASURE_WORDS, ...COLLECTIVE_MEASURE_WORDS, ...VERBAL_MEASURE_WORDS, '个方面', '大方面', '标准箱', '标箱', 'TEU', '方面', '大']),
].sort((a, b) => b.length - a.length);

const MEASURED: [string, Omit<Unit, 'symbol'>][] = [
  // Before 个 (a measure word) and 百分之: 2.3个百分点 is a difference of percentages, not a count.
  ['个百分点', { dimension: 'percentage-points', factor: 1 }],
  ['百分点', { dimension: 'percentage-points', factor: 1 }],
  // A basis point is a hundredth of a percentage point (下调25个基点: 0.25 个百分点).
  ['个基点', { dimension: 'percentage-points', factor: 0.01 }],
  ['基点', { dimension: 'percentage-points', factor: 0.01 }],
  ['立方米', { dimension: 'volume', factor: 1 }],
  ['m3', { dimension: 'volume', factor: 1 }],
  ['m³', { dimension: 'volume', factor: 1 }],
  ['立方厘米', { dimension: 'volume', factor: 1e-6 }],
  ['毫升', { dimension: 'volume', factor: 1e-6 }],
  ['升', { dimension: 'volume', factor: 0.001 }],
  ['平方公里', { dimension: 'area', factor: 1e6 }],
  ['平方千米', { dimension: 'area', factor: 1e6 }],
  ['km2', { dimension: 'area', factor: 1e6 }],
  ['km²', { dimension: 'area', factor: 1e6 }],
  ['㎢', { dimension: 'area', factor: 1e6 }],
  ['平方米', { dimension: 'area', factor: 1 }],
  ['平米', { dimension: 'area', factor: 1 }],
  ['㎡', { dimension: 'area', factor: 1 }],
  ['m2', { dimension: 'area', factor: 1 }],
  ['m²', { dimension: 'area', factor: 1 }],
  ['平方厘米', { dimension: 'area', factor: 1e-4 }],
  ['公顷', { dimension: 'area', factor: 1e4 }],
  ['亩', { dimension: 'area', factor: 10_000 / 15 }],
  // 顷: 100 亩 (the 市制 area unit; 公顷 above is the hectare).
  ['顷', { dimension: 'area', factor: 1_000_000 / 15 }],
  ['公里', { dimension: 'length', factor: 1000 }],
  ['km', { dimension: 'length', factor: 1000 }],
  ['千米', { dimension: 'length', factor: 1000 }],
  ['海里', { dimension: 'length', factor: 1852 }],
  ['英里', { dimension: 'length', factor: 1609.344 }],
  ['英尺', { dimension: 'length', factor: 0.3048 }],
  ['厘米', { dimension: 'length', factor: 0.01 }],
  ['毫米', { dimension: 'length', factor: 0.001 }],
  ['cm', { dimension: 'length', factor: 0.01 }],
  ['mm', { dimension: 'length', factor: 0.001 }],
  ['米', { dimension: 'length', factor: 1 }],
  // 公尺 and 平方公尺: the metre and square metre as Taiwan prints them; 公吨 the metric ton.
  ['平方公尺', { dimension: 'area', factor: 1 }],
  ['公尺', { dimension: 'length', factor: 1 }],
  ['公吨', { dimension: 'mass', factor: 1 }],
  // 载重吨: a ship's deadweight, a mass like 吨 (before 吨 so it is not read as 载重 + 吨).
  ['载重吨', { dimension: 'mass', factor: 1 }],
  // 修正总吨: a shipyard's compensated gross tonnage, counted like tonnes.
  ['修正总吨', { dimension: 'mass', factor: 1 }],
  // Energy as coal or oil equivalent, by the calorific values of GB/T 2589 (1 kgce = 29,307.6 kJ; 1 kgoe = 41,868 kJ),
  // in 千瓦时 (3,600 kJ). Before 吨 so that 5万吨标准煤 is not read as 5万吨 + text.
  ['吨标准煤', { dimension: 'energy', factor: 29_307_600 / 3600 }],
  ['吨标煤', { dimension: 'energy', factor: 29_307_600 / 3600 }],
  ['吨油当量', { dimension: 'energy', factor: 41_868_000 / 3600 }],
  ['千克标准煤', { dimension: 'energy', factor: 29_307.6 / 3600 }],
  ['公斤标准煤', { dimension: 'energy', factor: 29_307.6 / 3600 }],
  ['吨', { dimension: 'mass', factor: 1 }],
  ['公斤', { dimension: 'mass', factor: 0.001 }],
  ['千克', { dimension: 'mass', factor: 0.001 }],
  ['kg', { dimension: 'mass', factor: 0.001 }],
  ['市斤', { dimension: 'mass', factor: 0.0005 }],
  // Before 克: 毫克/立方米 is a concentration.
  ['微克/立方米', { dimension: 'concentration', factor: 1 }],
  ['μg/m³', { dimension: 'concentration', factor: 1 }],
  ['μg/m3', { dimension: 'concentration', factor: 1 }],
  ['毫克/立方米', { dimension: 'concentration', factor: 1000 }],
  ['mg/m³', { dimension: 'concentration', factor: 1000 }],
  ['mg/m3', { dimension: 'concentration', factor: 1000 }],
  // Water quality: 1 mg/L is 1,000,000 μg/m³.
  ['毫克/升', { dimension: 'concentration', factor: 1e6 }],
  ['mg/L', { dimension: 'concentration', factor: 1e6 }],
  ['微克', { dimension: 'mass', factor: 1e-12 }],
  ['毫克', { dimension: 'mass', factor: 1e-9 }],
  ['克', { dimension: 'mass', factor: 1e-6 }],
  // Not 两 (50 g): the numeral 两 starts the next phrase too often (2000多 两家); 斤 and 克 are read.
  ['斤', { dimension: 'mass', factor: 0.0005 }],
  ['千瓦时', { dimension: 'energy', factor: 1 }],
  ['kWh', { dimension: 'energy', factor: 1 }],
  ['兆瓦时', { dimension: 'energy', factor: 1000 }],
  ['MWh', { dimension: 'energy', factor: 1000 }],
  ['吉瓦时', { dimension: 'energy', factor: 1e6 }],
  ['GWh', { dimension: 'energy', factor: 1e6 }],
  ['太瓦时', { dimension: 'energy', factor: 1e9 }],
  ['TWh', { dimension: 'energy', factor: 1e9 }],
  ['焦耳', { dimension: 'energy', factor: 1 / 3.6e6 }],
  ['千焦', { dimension: 'energy', factor: 1 / 3600 }],
  ['兆焦', { dimension: 'energy', factor: 1 / 3.6 }],
  ['吉焦', { dimension: 'energy', factor: 1000 / 3.6 }],
  ['太焦', { dimension: 'energy', factor: 1e6 / 3.6 }],
  ['GJ', { dimension: 'energy', factor: 1000 / 3.6 }],
  ['TJ', { dimension: 'energy', factor: 1e6 / 3.6 }],
  ['度', { dimension: 'energy', factor: 1 }],
  ['千瓦', { dimension: 'power', factor: 1 }],
  ['kW', { dimension: 'power', factor: 1 }],
  ['兆瓦', { dimension: 'power', factor: 1000 }],
  ['MW', { dimension: 'power', factor: 1000 }],
  ['吉瓦', { dimension: 'power', factor: 1e6 }],
  ['GW', { dimension: 'power', factor: 1e6 }],
  ['千伏安', { dimension: 'power', factor: 1 }],
  ['兆伏安', { dimension: 'power', factor: 1000 }],
  ['瓦', { dimension: 'power', factor: 0.001 }],
  // Transformer capacity in megavolt-amperes, read as power.
  ['MVA', { dimension: 'power', factor: 1000 }],
  ['元', { dimension: 'currency', factor: 1 }],
  // Colloquial money: 块 is 元 (with 钱 or smaller money after it), 毛 and 角 a tenth of it (see MONEY_TAIL).
  ['块', { dimension: 'currency', factor: 1 }],
  ['毛', { dimension: 'currency', factor: 0.1 }],
  ['角', { dimension: 'currency', factor: 0.1 }],
  // 三成: tenths, read as a percentage.
  ['成', { dimension: 'percent', factor: 10 }],
  ['%', { dimension: 'percent', factor: 1 }],
  ['％', { dimension: 'percent', factor: 1 }],
  ['‰', { dimension: 'percent', factor: 0.1 }],
  ['倍', { dimension: 'ratio', factor: 1 }],
  ['个月', { dimension: 'duration', factor: 1 }],
  ['分钟', { dimension: 'duration', factor: 1 }],
  ['秒', { dimension: 'duration', factor: 1 }],
  ['小时', { dimension: 'duration', factor: 1 }],
  ['天', { dimension: 'duration', factor: 1 }],
  // 前3日: days. A calendar day (8日) is a date part, which the prose scanner leaves alone.
  ['日', { dimension: 'duration', factor: 1 }],
  // Ages (89周岁, 65岁): years of life, before 周 so that 89周岁 is never read as 89 weeks.
  ['周岁', { dimension: 'duration', factor: 1 }],
  ['岁', { dimension: 'duration', factor: 1 }],
  ['周', { dimension: 'duration', factor: 1 }],
  ['年', { dimension: 'duration', factor: 1 }],
];

// One digit, in figures or characters, as spoken money puts it after a larger unit (1元8角, 一块八).
const DIGIT = '([0-9一二两三四五六七八九])';
const DIGIT_VALUES: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const digitValue = (digit: string) => DIGIT_VALUES[digit] ?? Number(digit);

/**
 * The smaller money after 元, 块, 毛 or 角, in tenths and hundredths of it:
 * `1元8角` (角 or 毛 needed after 元), `3块5` and `3块5毛` (the bare digit
 * after 块 is 毛, as spoken), `2毛5`, `1元8角5分`, each with an optional 钱
 * (`两块钱`, `2毛钱`). 分 is money only here, after a larger unit of money.
 */
const MONEY_TAIL: Record<string, RegExp> = {
  元: new RegExp(`^(?:${DIGIT}[角毛](?:${DIGIT}分)?|()${DIGIT}分)?(钱)?`),
  块: new RegExp(`^(?:${DIGIT}[角毛]?(?![0-9])(?:${DIGIT}分)?|()${DIGIT}分)?(钱)?`),
  毛: new RegExp(`^(?:${DIGIT}分?(?![0-9])|()())?(钱)?`),
  角: new RegExp(`^(?:${DIGIT}分?(?![0-9])|()())?(钱)?`),
};

/** A unit as read from text: the unit, how many characters it took, and smaller money added to the number (`1元8角`: 0.8). */
export interface UnitMatch {
  unit: Unit;
  length: number;
  /** In the printed unit: `1元8角` adds 0.8 (元), `2毛5` adds 0.5 (毛). */
  added?: number;
}

// The lists above, by first character: see prefix-index.ts.
const MEASURED_BY_FIRST = prefixIndex(MEASURED, ([symbol]) => symbol);
const MEASURE_WORDS_BY_FIRST = prefixIndex(MEASURE_WORDS, (word) => word);
const AMBIGUOUS_BY_FIRST = prefixIndex(AMBIGUOUS_CURRENCY_NAMES, (name) => name);

const NOT_AFTER_ADJECTIVE = new Set(['股', '堂', '票', '单', '部', '片', '批', '户', '头', '件', '节', '段', '笔', '包', '床', '题']);

/** Looks up the unit `text` starts with; returns it and how many characters it took. */
export function matchUnit(text: string): UnitMatch | undefined {
  const currency = matchCurrencyName(text);
  if (currency) return currency;
  // 卢比, 克朗: a name several currencies share is refused (see `unitNote`), never read as 克 + 朗.
  if (AMBIGUOUS_BY_FIRST.at(text).some((name) => text.startsWith(name))) return undefined;
  // 两分地: 分 of land (a tenth of 亩) only with 地 after it; 分 alone may be money, land, a score or a minute.
  if (text.startsWith('分地')) return { unit: { dimension: 'area', symbol: '分地', factor: 10_000 / 150 }, length: 2 };
  for (const [symbol, unit] of MEASURED_BY_FIRST.at(text)) {
    if (!text.startsWith(symbol)) continue;
    const after = text.slice(symbol.length);
    // 三块一斤, 5毛一个: a bare 一 after the unit counts what the price is for, never 分 or 毛 (一块一 is not read).
    const tail = /^一(?![角毛分])/.test(after) ? undefined : MONEY_TAIL[symbol]?.exec(after);
    if (tail && tail[0] !== '') {
      // After 元 or 块 the digits are 角 and 分 (tenths, hundredths); after 毛 or 角 the digit is 分 (a tenth of it).
      const tenth = (digit: string | undefined) => (digit ? digitValue(digit) / 10 : 0);
      const added = symbol === '毛' || symbol === '角' ? tenth(tail[1]) : tenth(tail[1]) + tenth(tail[2] || tail[4]) / 10;
      return { unit: { ...unit, symbol }, length: symbol.length + tail[0].length, ...(added ? { added } : {}) };
    }
    // 384块 (版面) counts pieces as often as 1000块 counts 元: 块 is money only with 钱 or smaller money after it, or
    // with 多 and nothing else (5块多: five yuan and some jiao; pieces have no fraction to be "and more").
    if (symbol === '块' && after !== '多') return undefined;
    return { unit: { ...unit, symbol }, length: symbol.length };
  }
  // 4大类, 17小项: an adjective between the number and the measure word.
  const adjective = /^[大小]/.test(text) && text.length > 1 ? 1 : 0;
  for (const word of MEASURE_WORDS_BY_FIRST.at(text, adjective)) {
    // 10大股东, 3大部分, 一大批: 大 or 小 with these makes a word of its own, not an adjective before a measure word.
    if (adjective && NOT_AFTER_ADJECTIVE.has(word)) continue;
    if (text.startsWith(word, adjective)) {
      const symbol = word === '个方面' || word === '大方面' ? '方面' : word;
      return { unit: { dimension: 'count', symbol, factor: 1 }, length: adjective + word.length };
    }
  }
  return undefined;
}

/**
 * Why a unit the catalogue does not read is refused, where it could mean
 * more than one thing: `分` (money after 元/角/毛, a tenth of 亩 of land with
 * 地, a score, a minute) and the currency names several countries share.
 */
export function unitNote(text: string): string | undefined {
  if (text.startsWith('块')) return '块 may be money (元) or pieces (384块版面); write 元, or 块钱 (1000块钱), for money';
  if (/^分(?![贝])/.test(text)) return '分 may be money (a hundredth of 元: write it after 元, 角 or 毛, as in 1元8角5分) or land (a tenth of 亩: write 两分地); Casebook does not guess';
  const generic = AMBIGUOUS_CURRENCY_NAMES.find((name) => text.startsWith(name));
  if (generic) return `${generic} may be any of ${currenciesNamed(generic).join('、')}; write the currency's full name`;
  return undefined;
}
