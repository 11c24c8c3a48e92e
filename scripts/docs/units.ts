import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIMENSION_LABELS, MEASURE_WORDS, matchUnit, type Dimension } from '../../src/domain/figure/units.ts';
import { parseFigure, PREFIXES, QUALIFIER_LABELS, SUFFIXES, type Qualifier } from '../../src/domain/figure/parse.ts';
import { METRIC_ENDINGS } from '../../src/domain/figure/metric.ts';
import { codeSpan, tableCell } from './markdown.ts';

/** Units the parser reads by form rather than from the catalogue list, and what they look like. */
const BY_FORM: Partial<Record<Dimension, string>> = {
  count: 'also `4大类`, `17小项` (an adjective before the measure word) and `2000多` (no measure word)',
  percent: 'also `百分之八`, `三分之一`, `1/5`',
  rank: '`第67位`, `第3名`, `第9`; `24位` under a ranking metric (`综合排名`)',
  date: '`2022年`, `2022年10月`, `2022年10月8日` (four-digit years)',
  magnitude: '`千亿级`, `10万吨级`',
};

/** One figure of each dimension, parsed by the real parser for the example column. */
const EXAMPLES: Record<Dimension, string> = {
  count: '1300余人次',
  currency: '2.6亿元',
  'foreign-currency': '1.5亿美元',
  percent: '近97%',
  'percentage-points': '2.3个百分点',
  area: '3.2平方公里',
  volume: '865亿方',
  power: '30万千瓦',
  energy: '1.2亿度',
  length: '5公里',
  mass: '10万吨',
  ratio: '4倍',
  rank: '第67位',
  duration: '3年',
  date: '2022年10月',
  magnitude: '千亿级',
};

/**
 * The units of the catalogue, read from `src/domain/figure/units.ts` (the
 * list is not exported, so its source is read) and each checked against the
 * parser's own `matchUnit`, so the page cannot list a unit the parser reads
 * differently.
 */
function catalogue(root: string): Map<Dimension, string[]> {
  const source = readFileSync(path.join(root, 'src/domain/figure/units.ts'), 'utf8');
  const units = new Map<Dimension, string[]>();
  const entries = [...source.matchAll(/\['([^']+)', \{ dimension: '([a-z-]+)', factor: [^}]+\}\]/g)];
  if (entries.length < 20) throw new Error('src/domain/figure/units.ts: the unit list was not found; update scripts/docs/units.ts');
  for (const [, symbol, dimension] of entries) {
    const read = matchUnit(symbol!);
    if (read?.unit.dimension !== dimension) throw new Error(`${symbol} is listed as ${dimension} but matchUnit reads it as ${read?.unit.dimension}`);
    units.set(dimension as Dimension, [...(units.get(dimension as Dimension) ?? []), symbol!]);
  }
  const words = MEASURE_WORDS.filter((word) => word !== '大');
  units.set('count', [...words, ...(units.get('count') ?? [])]);
  return units;
}

const formatNumber = (value: number) => (Number.isInteger(value) ? value.toLocaleString('en-US') : String(Number(value.toPrecision(12))));

/** The catalogue as a Markdown table: dimension, units as printed, an example read by the parser. */
export function unitTable(root: string): string {
  const units = catalogue(root);
  const rows = (Object.keys(DIMENSION_LABELS) as Dimension[]).map((dimension) => {
    const printed = [units.get(dimension)?.map((unit) => codeSpan(unit)).join(' '), BY_FORM[dimension]].filter(Boolean).join('; ');
    const example = parseFigure(EXAMPLES[dimension]);
    if (!example.ok) throw new Error(`the example ${EXAMPLES[dimension]} does not parse: ${example.message}`);
    const { figure } = example;
    if (figure.unit.dimension !== dimension) throw new Error(`the example ${EXAMPLES[dimension]} reads as ${figure.unit.dimension}, not ${dimension}`);
    const number = dimension === 'date' ? String : formatNumber;
    const read = `${number(figure.value)} → ${number(figure.normalized)}, ${figure.qualifier}`;
    return `| ${codeSpan(dimension)} ${DIMENSION_LABELS[dimension]} | ${tableCell(printed)} | ${codeSpan(EXAMPLES[dimension])}: ${read} |`;
  });
  return ['| 量纲 dimension | 单位（原样） units as printed | 例 example: value → normalised, qualifier |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The qualifier words, before and after the number, by meaning. */
export function qualifierTable(): string {
  const words = (list: [string, Qualifier][], qualifier: Qualifier) => list.filter(([, meaning]) => meaning === qualifier).map(([word]) => codeSpan(word));
  // 余 and 多 after the number are read by the numeral pattern, not from a list: checked here by parsing.
  const after = new Map<Qualifier, string[]>([['more-than', ['`余`', '`多`']], ['order-of', ['`…级`']]]);
  for (const [figure, qualifier] of [['1300余人次', 'more-than'], ['2000多', 'more-than'], ['千亿级', 'order-of']] as const) {
    const read = parseFigure(figure);
    if (!read.ok || read.figure.qualifier !== qualifier) throw new Error(`${figure} is no longer read as ${qualifier}`);
  }
  const rows = (Object.keys(QUALIFIER_LABELS) as Qualifier[]).map((qualifier) => {
    const before = words(PREFIXES, qualifier).join(' ') || '—';
    const behind = [...words(SUFFIXES, qualifier), ...(after.get(qualifier) ?? [])].join(' ') || (qualifier === 'exact' ? '(none)' : '—');
    return `| ${codeSpan(qualifier)} ${QUALIFIER_LABELS[qualifier]} | ${qualifier === 'exact' ? '(none)' : before} | ${behind} |`;
  });
  return ['| 限定词 qualifier | 数字前 before the number | 数字后 after the number |', '| --- | --- | --- |', ...rows].join('\n');
}

/** Which metric endings accept which dimensions, in the order the check tries them. */
export function metricTable(): string {
  const rows = METRIC_ENDINGS.map(({ dimensions, endings }) => `| ${tableCell(endings)} | ${dimensions.map((dimension) => `${codeSpan(dimension)} ${DIMENSION_LABELS[dimension]}`).join(', ')} |`);
  return ['| 指标结尾 metric ends in | 可用的量纲 dimensions it accepts |', '| --- | --- |', ...rows].join('\n');
}
