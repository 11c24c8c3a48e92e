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
  | 'magnitude';

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
};

/** A unit as parsed from a figure. */
export interface Unit {
  dimension: Dimension;
  /** The unit as printed after the number: a measure word (`家`, `人次`), `元`, `平方米`, `%`… */
  symbol: string;
  /** Factor from the printed unit to the dimension's base unit (平方公里 → 1,000,000 平方米). */
  factor: number;
}

/**
 * Measure words that make a figure a count, longest first so `人次` wins over
 * `人`. `个方面`, `大类` and the like are counts of the noun after the adjective.
 */
export const MEASURE_WORDS = [
  '个方面', '大方面', '人次', '场次', '艘次', '批次', '轮次', '标准箱', '标箱', 'TEU', '艘', '头', '口', '省', '个', '家', '名', '人', '次', '场', '项', '处', '支', '栋', '件', '条', '篇', '所',
  '期', '位', '题', '座', '批', '类', '户', '间', '台', '套', '辆', '张', '份', '本', '级', '方面', '大',
] as const;

const MEASURED: [string, Omit<Unit, 'symbol'>][] = [
  // Before 个 (a measure word) and 百分之: 2.3个百分点 is a difference of percentages, not a count.
  ['个百分点', { dimension: 'percentage-points', factor: 1 }],
  ['百分点', { dimension: 'percentage-points', factor: 1 }],
  ['立方米', { dimension: 'volume', factor: 1 }],
  ['m3', { dimension: 'volume', factor: 1 }],
  ['m³', { dimension: 'volume', factor: 1 }],
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
  ['公顷', { dimension: 'area', factor: 1e4 }],
  ['亩', { dimension: 'area', factor: 10_000 / 15 }],
  ['公里', { dimension: 'length', factor: 1000 }],
  ['km', { dimension: 'length', factor: 1000 }],
  ['千米', { dimension: 'length', factor: 1000 }],
  ['米', { dimension: 'length', factor: 1 }],
  // 载重吨: a ship's deadweight, a mass like 吨 (before 吨 so it is not read as 载重 + 吨).
  ['载重吨', { dimension: 'mass', factor: 1 }],
  // 修正总吨: a shipyard's compensated gross tonnage, counted like tonnes.
  ['修正总吨', { dimension: 'mass', factor: 1 }],
  ['吨', { dimension: 'mass', factor: 1 }],
  ['公斤', { dimension: 'mass', factor: 0.001 }],
  ['千克', { dimension: 'mass', factor: 0.001 }],
  ['kg', { dimension: 'mass', factor: 0.001 }],
  ['斤', { dimension: 'mass', factor: 0.0005 }],
  ['千瓦时', { dimension: 'energy', factor: 1 }],
  ['kWh', { dimension: 'energy', factor: 1 }],
  ['度', { dimension: 'energy', factor: 1 }],
  ['千瓦', { dimension: 'power', factor: 1 }],
  ['kW', { dimension: 'power', factor: 1 }],
  ['兆瓦', { dimension: 'power', factor: 1000 }],
  ['MW', { dimension: 'power', factor: 1000 }],
  ['吉瓦', { dimension: 'power', factor: 1e6 }],
  ['GW', { dimension: 'power', factor: 1e6 }],
  // Transformer capacity in megavolt-amperes, read as power.
  ['MVA', { dimension: 'power', factor: 1000 }],
  ['美元', { dimension: 'foreign-currency', factor: 1 }],
  ['欧元', { dimension: 'foreign-currency', factor: 1 }],
  ['港元', { dimension: 'foreign-currency', factor: 1 }],
  ['日元', { dimension: 'foreign-currency', factor: 1 }],
  ['英镑', { dimension: 'foreign-currency', factor: 1 }],
  ['新元', { dimension: 'foreign-currency', factor: 1 }],
  ['韩元', { dimension: 'foreign-currency', factor: 1 }],
  ['澳元', { dimension: 'foreign-currency', factor: 1 }],
  ['加元', { dimension: 'foreign-currency', factor: 1 }],
  ['卢布', { dimension: 'foreign-currency', factor: 1 }],
  ['元', { dimension: 'currency', factor: 1 }],
  // 三成: tenths, read as a percentage.
  ['成', { dimension: 'percent', factor: 10 }],
  ['%', { dimension: 'percent', factor: 1 }],
  ['％', { dimension: 'percent', factor: 1 }],
  ['倍', { dimension: 'ratio', factor: 1 }],
  ['个月', { dimension: 'duration', factor: 1 }],
  ['分钟', { dimension: 'duration', factor: 1 }],
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

/** Looks up the unit `text` starts with; returns it and how many characters it took. */
export function matchUnit(text: string): { unit: Unit; length: number } | undefined {
  for (const [symbol, unit] of MEASURED) {
    if (text.startsWith(symbol)) return { unit: { ...unit, symbol }, length: symbol.length };
  }
  // 4大类, 17小项: an adjective between the number and the measure word.
  const adjective = /^[大小]/.test(text) && text.length > 1 ? 1 : 0;
  for (const word of MEASURE_WORDS) {
    if (text.startsWith(word, adjective)) {
      const symbol = word === '个方面' || word === '大方面' ? '方面' : word;
      return { unit: { dimension: 'count', symbol, factor: 1 }, length: adjective + word.length };
    }
  }
  return undefined;
}
