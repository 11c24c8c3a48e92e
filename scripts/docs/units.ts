import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIMENSION_LABELS, MEASURE_WORDS, matchUnit, type Dimension } from '../../src/domain/figure/units.ts';
import { AMBIGUOUS_CURRENCY_NAMES, CURRENCY_NAMES_ZH, CURRENCY_SIGNS_ZH } from '../../src/domain/figure/currencies-zh.ts';
import { CHANGE_VERBS, parseFigure, PREFIXES, QUALIFIER_LABELS, SUFFIXES, type Qualifier } from '../../src/domain/figure/parse.ts';
import { ENGLISH_METRIC_WORDS, METRIC_ENDINGS } from '../../src/domain/figure/metric.ts';
import { englishUnitForms } from '../../src/domain/figure/english-units.ts';
import { LISTED_COUNT_NOUNS } from '../../src/domain/figure/english-nouns.ts';
import { CURRENCY_NAMES, CURRENCY_SIGNS } from '../../src/domain/figure/english-currency.ts';
import { ENGLISH_PREFIXES, ENGLISH_SUFFIXES } from '../../src/domain/figure/english.ts';
import { codeSpan, tableCell } from './markdown.ts';

/** Units the parser reads by form rather than from the catalogue list, and what they look like. */
const BY_FORM: Partial<Record<Dimension, string>> = {
  count: 'also `4大类`, `17小项` (an adjective before the measure word) and `2000多` (no measure word)',
  percent: 'also `百分之八`, `三分之一`, `1/5`',
  rank: '`第67位`, `第3名`, `第9`; `24位` under a ranking metric (`综合排名`)',
  date: '`2022年`, `2022年10月`, `2022年10月8日` (four-digit years)',
  magnitude: '`千亿级`, `10万吨级`',
  currency: '`人民币`; `块` only with `钱` or smaller money after it (`两块钱`, `3块5` = 3.5, `一块八`; `384块` alone may count pieces and is refused); smaller money adds to the number: `1元8角` = 1.8, `1元8角5分` = 1.85, `2毛5` = 2.5 毛; `分` is money only there',
  area: '`分地` (`两分地`: a tenth of 亩; `两分` alone is refused, as it may be money)',
};

/** The foreign currencies as a sentence for the unit table: every name, the signs, and the names refused as ambiguous. */
function foreignCurrencies(): string {
  const names = [...CURRENCY_NAMES_ZH].sort((a, b) => a[1].localeCompare(b[1]) || a[0].length - b[0].length).map(([name, code]) => `${codeSpan(name)} ${code}`).join(', ');
  const signs = CURRENCY_SIGNS_ZH.filter(([, code]) => code !== 'CNY').map(([sign]) => codeSpan(sign)).join(' ');
  const refused = AMBIGUOUS_CURRENCY_NAMES.map((name) => codeSpan(name)).join(' ');
  return `every ISO 4217 currency by its Chinese name (CLDR, as the runtime ships it) and common short names, with its code (sums agree by code: \`卢布\` = \`俄罗斯卢布\`): ${names}; signs before the number (\`US$3亿\`): ${signs} (\`$\` and \`¥\` alone agree only with the same sign); refused as ambiguous, naming the currencies they may be: ${refused}`;
}

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
  concentration: '32微克/立方米',
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
    // 块 alone is refused (money or pieces): it is read with 钱 after it.
    const read = matchUnit(symbol === '块' ? '块钱' : symbol!);
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
    const printed = [units.get(dimension)?.map((unit) => codeSpan(unit)).join(' '), BY_FORM[dimension], dimension === 'foreign-currency' ? foreignCurrencies() : undefined].filter(Boolean).join('; ');
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
  const after = new Map<Qualifier, string[]>([['about', ['`来` (`200来个`)', '`把` (`千把块钱`)']], ['more-than', ['`余`', '`多`']], ['order-of', ['`…级`']]]);
  for (const [figure, qualifier] of [['200来个', 'about'], ['千把块钱', 'about'], ['1300余人次', 'more-than'], ['2000多', 'more-than'], ['千亿级', 'order-of']] as const) {
    const read = parseFigure(figure);
    if (!read.ok || read.figure.qualifier !== qualifier) throw new Error(`${figure} is no longer read as ${qualifier}`);
  }
  const rows = (Object.keys(QUALIFIER_LABELS) as Qualifier[]).map((qualifier) => {
    const before = words(PREFIXES, qualifier).join(' ') || '—';
    const behind = [...words(SUFFIXES, qualifier), ...(after.get(qualifier) ?? [])].join(' ') || (qualifier === 'exact' ? '(none)' : '—');
    // 达, 为, 有…: words that change nothing, so a figure reads the same with or without them.
    return `| ${codeSpan(qualifier)} ${QUALIFIER_LABELS[qualifier]} | ${qualifier === 'exact' ? `(none; ${before} change nothing)` : before} | ${behind} |`;
  });
  return ['| 限定词 qualifier | 数字前 before the number | 数字后 after the number |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The change verbs, rising and falling, each checked by reading `<verb>5%` as a change that way. */
export function changeVerbTable(): string {
  const verbs = (direction: 'up' | 'down') =>
    CHANGE_VERBS.filter(([, way]) => way === direction).map(([verb]) => {
      const read = parseFigure(`${verb}5%`);
      if (!read.ok || read.figure.change !== direction) throw new Error(`${verb}5% is no longer read as a change ${direction}`);
      return codeSpan(verb);
    });
  return ['| 方向 direction | 动词 verbs |', '| --- | --- |', `| 上升 up | ${verbs('up').join(' ')} |`, `| 下降 down | ${verbs('down').join(' ')} |`].join('\n');
}

/** Which metric endings accept which dimensions, in the order the check tries them. */
export function metricTable(): string {
  const rows = METRIC_ENDINGS.map(({ dimensions, endings }) => `| ${tableCell(endings)} | ${dimensions.map((dimension) => `${codeSpan(dimension)} ${DIMENSION_LABELS[dimension]}`).join(', ')} |`);
  return ['| 指标结尾 metric ends in | 可用的量纲 dimensions it accepts |', '| --- | --- |', ...rows].join('\n');
}

/** One English figure of each dimension it reads, parsed by the real parser for the example column. */
const ENGLISH_EXAMPLES: Partial<Record<Dimension, string>> = {
  count: 'more than 1,300 people',
  currency: '260 million yuan',
  'foreign-currency': '$2.6 million',
  percent: 'nearly 97%',
  'percentage-points': '2.3 percentage points',
  area: '12.5 km²',
  volume: '400 cubic metres',
  power: '30 MW',
  energy: '1.2 GWh',
  length: 'about 5 km',
  mass: '2,000 tonnes',
  ratio: '4 times',
  rank: '3rd',
  duration: '3 years',
  date: '12 March 2024',
};

/** English units read by form rather than from the catalogue list. */
const ENGLISH_BY_FORM: Partial<Record<Dimension, string>> = {
  count: `any plural noun (\`45 schools\`, \`12 widgets\`), after up to two describing words (\`45 new schools\`, \`93,000 American families\`); in the singular and irregular plural: ${LISTED_COUNT_NOUNS.map((noun) => codeSpan(noun)).join(' ')}`,
  currency: '`yuan`, `renminbi`, `RMB`, `CNY` (renminbi agrees with 元)',
  'foreign-currency': `signs before the number: ${CURRENCY_SIGNS.map(([sign]) => codeSpan(sign)).join(' ')}; any ISO 4217 code before or after it (\`USD 3 million\`, \`3 million EUR\`); names after it: ${CURRENCY_NAMES.filter(([, code]) => code !== 'CNY').map(([name]) => codeSpan(name)).join(' ')} (\`pounds\` only after a scale word)`,
  rank: '`1st`, `2nd`, `3rd`, `24th`',
  date: '`12 March 2024`, `March 12, 2024`, `March 2024`; a year on its own (`in 2023`) is a date in running text',
};

/** The English unit catalogue as a Markdown table: dimension, forms as printed, an example read by the parser. */
export function englishUnitTable(): string {
  const forms = englishUnitForms();
  const rows = (Object.keys(DIMENSION_LABELS) as Dimension[])
    .filter((dimension) => ENGLISH_EXAMPLES[dimension])
    .map((dimension) => {
      for (const form of forms.get(dimension) ?? []) {
        const read = parseFigure(`2 ${form}`);
        if (!read.ok || read.figure.unit.dimension !== dimension) throw new Error(`the English unit "${form}" does not read as ${dimension}`);
      }
      const printed = [forms.get(dimension)?.map((form) => codeSpan(form)).join(' '), ENGLISH_BY_FORM[dimension]].filter(Boolean).join('; ');
      const example = parseFigure(ENGLISH_EXAMPLES[dimension]!);
      if (!example.ok) throw new Error(`the example ${ENGLISH_EXAMPLES[dimension]} does not parse: ${example.message}`);
      const { figure } = example;
      if (figure.unit.dimension !== dimension) throw new Error(`the example ${ENGLISH_EXAMPLES[dimension]} reads as ${figure.unit.dimension}, not ${dimension}`);
      const number = dimension === 'date' ? String : formatNumber;
      return `| ${codeSpan(dimension)} | ${tableCell(printed)} | ${codeSpan(ENGLISH_EXAMPLES[dimension]!)}: ${number(figure.value)} → ${number(figure.normalized)}, ${figure.qualifier} |`;
    });
  return ['| dimension | units as printed | example: value → normalised, qualifier |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The English qualifier words, before and after the number, by meaning (the same kinds as the Chinese ones). */
export function englishQualifierTable(): string {
  const words = (list: [string, Qualifier][], qualifier: Qualifier) => list.filter(([, meaning]) => meaning === qualifier).map(([word]) => codeSpan(word));
  const rows = (Object.keys(QUALIFIER_LABELS) as Qualifier[])
    .filter((qualifier) => qualifier !== 'order-of')
    .map((qualifier) => {
      for (const [word, meaning] of [...ENGLISH_PREFIXES.map(([word, meaning]) => [`${word} 40 people`, meaning] as const), ...ENGLISH_SUFFIXES.map(([word, meaning]) => [`40 ${word}`, meaning] as const)]) {
        const read = parseFigure(word);
        if (!read.ok || read.figure.qualifier !== meaning) throw new Error(`"${word}" is no longer read as ${meaning}`);
      }
      const before = qualifier === 'exact' ? '(none)' : words(ENGLISH_PREFIXES, qualifier).join(' ') || '—';
      const behind = qualifier === 'exact' ? '(none)' : words(ENGLISH_SUFFIXES, qualifier).join(' ') || '—';
      const chinese = [...words(PREFIXES, qualifier), ...words(SUFFIXES, qualifier)].join(' ') || '—';
      return `| ${codeSpan(qualifier)} | ${before} | ${behind} | ${qualifier === 'exact' ? '(none)' : chinese} |`;
    });
  return ['| qualifier | before the number | after the number | the Chinese words of the same kind |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** Which words decide an English metric, in the order the check tries them. */
export function englishMetricTable(): string {
  const rows = ENGLISH_METRIC_WORDS.map(({ dimensions, words }) => `| ${tableCell(words)} | ${dimensions.map((dimension) => codeSpan(dimension)).join(', ')} |`);
  return ['| metric words | dimensions it accepts |', '| --- | --- |', ...rows].join('\n');
}
