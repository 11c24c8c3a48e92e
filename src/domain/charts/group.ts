import type { Claim } from '../claims.ts';
import * as normalise from '../normalise.ts';
import { sameQuantity, type Qualifier } from '../figure/parse.ts';
import type { Dimension } from '../figure/units.ts';
import { addTo } from '../append-all.ts';

/**
 * Which statistics a chart may set side by side. A chart compares like with
 * like: every bar is the same metric (its text without spacing and
 * quotation marks, as claims are compared; a trailing tier such as
 * `（第一档）` names the bar instead) in the same unit (dimension and printed
 * unit: 家 and 个 are different counts, 米 and 公里 different axes). Then either
 *
 * - across subjects: every bar has the same period (or none), one bar per
 *   subject, e.g. 中心数 of a district's, its streets' and its communities'
 *   service centres; or
 * - over periods: one subject, one bar per period, each period naming a year
 *   so the bars can be put in order.
 *
 * Fewer than three such bars make no chart (two figures read better in the
 * table). Dates, ranks and orders of magnitude (`千亿级`, `10万吨级`) are
 * never drawn as bars. Exact and qualified figures (约, 多, 超过…) may share a
 * chart, each qualified bar marked; disputed ones are marked too.
 */

/** One statistic offered to the charts, with what the page knows about it. */
export interface ChartInput<S extends Claim = Claim> {
  caseId: string;
  /** How readers name the case, to tell apart two bars that would otherwise read the same (series charts). */
  caseLabel: string;
  stat: S;
  /** The statistic carries a reconciliation note, or another statistic states the same claim differently. */
  disputed: boolean;
}

/** How a bar marks a qualified figure, from the parsed qualifier (never from the printed text). */
export type ChartMark = '' | '≈' | '>' | '≥' | '<';

/** Marks by qualifier; `order-of` (千亿级) is a magnitude, not a value, and is not drawn. */
export const QUALIFIER_MARKS: Record<Exclude<Qualifier, 'order-of'>, ChartMark> = {
  exact: '',
  about: '≈',
  nearly: '≈',
  'more-than': '>',
  over: '>',
  'at-least': '≥',
  under: '<',
};

/** A mark a chart's key explains: a qualifier's mark, or `*` for a figure sources state differently. */
export type ChartKeyMark = Exclude<ChartMark, ''> | '*';

/** The marks in the order a chart's key lists them (their meanings are interface words: `ui.charts.marks`). */
const KEY_MARKS: readonly ChartKeyMark[] = ['≈', '>', '≥', '<', '*'];

/**
 * The words a chart's title and bar labels are built with: the interface
 * language's (`ui.charts.grouping`, src/i18n), passed in by the view.
 */
export interface ChartWords {
  /** A note after a label or a metric: `（…）`, ` (…)`. */
  parenthetical: (text: string) => string;
  /** Between the cases that state one figure. */
  listSeparator: string;
  /** One of several ways one case states a figure: `案例甲，说法2`. */
  version: (origin: string, number: number) => string;
  /** Scales for large values, largest first: from `from` on, values are divided by `factor` and the axis unit is `unit(symbol)`. */
  scales: readonly { from: number; factor: number; unit: (symbol: string) => string }[];
}

/** A statistic a bar stands for. */
export interface ChartRef {
  caseId: string;
  statId: string;
}

export interface ChartBar {
  /** The whole label (a subject, a tier or a period): never shortened. */
  label: string;
  /** The value on the chart's axis, in `Chart.axisUnit`. */
  value: number;
  /** The figure exactly as the source prints it. */
  printed: string;
  mark: ChartMark;
  disputed: boolean;
  /** The statistics drawn as this bar: one, or the same claim stated alike by several cases. */
  refs: ChartRef[];
}

export interface Chart {
  /** `subjects`: one period, one bar per subject; `periods`: one subject, one bar per period. */
  kind: 'subjects' | 'periods';
  /** The metric as the statistics state it (without a tier). */
  metric: string;
  /** The metric as compared (normalised): every bar's statistic has it. */
  metricKey: string;
  dimension: Dimension;
  /** The printed unit every bar's statistic has (`个`, `元`, `%`). */
  symbol: string;
  /** The unit of the axis: the printed unit, scaled by 万 or 亿 when the values are large (`万元`). */
  axisUnit: string;
  /** The chart's one title: the metric and the axis unit, e.g. `中心数（个）`, and the shared period. */
  title: string;
  /** The subject every bar shares (a time series, or the tiers of one subject). */
  subject?: string;
  /** The period every bar shares. */
  period?: string;
  bars: ChartBar[];
  /** How many comparable bars there were: more than `bars.length` when only the largest (or latest) are drawn. */
  total: number;
  /** The cases the bars come from. */
  caseIds: string[];
}

export interface ChartOptions {
  /** The interface language's words for titles and labels. */
  words: ChartWords;
  /** Fewest bars worth a chart (3). */
  minBars?: number;
  /** Most bars drawn (20): the largest, or the latest periods; the table has the rest. */
  maxBars?: number;
  /** Fewest cases the bars must come from (1; a series page asks 2, since one case's charts are on its page). */
  minCases?: number;
}

const NEVER_CHARTED = new Set<Dimension>(['date', 'rank', 'magnitude']);
// Dimensions whose large values read better in 万 or 亿 of the unit.
const SCALED = new Set<Dimension>(['count', 'currency', 'foreign-currency', 'area', 'volume', 'mass', 'energy', 'power', 'length']);
// A tier that tells bars of one metric apart: 每月津贴标准（第一档）.
const TIER = /^(.+?)（(第[0-9一二三四五六七八九十]+(?:档|级|类|批|期|轮|阶段|梯队))）$/;

/** The metric a statistic is compared under, and the tier that names its bar. */
export function metricParts(metric: string): { metric: string; key: string; tier?: string } {
  const tier = TIER.exec(metric.trim());
  const base = tier ? tier[1]!.trim() : metric.trim();
  return { metric: base, key: normalise.chart(base), ...(tier ? { tier: tier[2] } : {}) };
}

/** Whether a statistic can be a bar at all. */
export function chartable(stat: Claim): boolean {
  const { value, qualifier, unit } = stat.value;
  // A range (2300—2500元) is no one length of bar, and a fall (下降3.2%) would be drawn as a rise.
  if (stat.value.range || stat.value.change === 'down') return false;
  return !NEVER_CHARTED.has(unit.dimension) && qualifier !== 'order-of' && Number.isFinite(value) && stat.value.normalized >= 0;
}

/** The comparison key of a statistic: metric and unit. Two statistics with different keys never share a chart. */
export function comparisonKey(stat: Claim): string {
  return [metricParts(stat.metric).key, stat.value.unit.dimension, normalise.compatibility(stat.value.unit.symbol)].join('|');
}

/** The period a statistic refers to, as compared. */
export function periodKey(stat: Claim): string {
  return normalise.chart(stat.period ?? '');
}

/** The charts the inputs make, each comparing like with like (see the module comment); most bars first. */
export function chartsOf<S extends Claim>(inputs: readonly ChartInput<S>[], options: ChartOptions): Chart[] {
  const { minBars = 3, maxBars = 20, minCases = 1, words } = options;
  const groups = new Map<string, ChartInput<S>[]>();
  for (const input of inputs) {
    if (!chartable(input.stat)) continue;
    const group = comparisonKey(input.stat);
    addTo(groups, group, input);
  }
  const charts: Chart[] = [];
  const accept = (chart: Chart | undefined) => {
    if (chart && chart.total >= minBars && chart.caseIds.length >= minCases) charts.push(chart);
  };
  for (const group of groups.values()) {
    for (const members of partition(group, (input) => periodKey(input.stat)).values()) accept(subjectsChart(members, maxBars, words));
    for (const members of partition(group, (input) => normalise.chart(input.stat.subject) + '|' + (metricParts(input.stat.metric).tier ?? '')).values()) {
      accept(periodsChart(members, maxBars, words));
    }
  }
  return charts.sort((a, b) => b.total - a.total || a.title.localeCompare(b.title, 'zh-CN'));
}

function partition<T>(items: readonly T[], by: (item: T) => string): Map<string, T[]> {
  const parts = new Map<string, T[]>();
  for (const item of items) {
    const key = by(item);
    const part = parts.get(key);
    if (part) part.push(item);
    else parts.set(key, [item]);
  }
  return parts;
}

/** One period, one bar per subject (and tier). */
function subjectsChart<S extends Claim>(members: ChartInput<S>[], maxBars: number, words: ChartWords): Chart | undefined {
  const first = members[0]!.stat;
  const subjects = new Set(members.map((input) => normalise.chart(input.stat.subject)));
  const oneSubject = subjects.size === 1;
  const name = (input: ChartInput<S>) => {
    const { tier } = metricParts(input.stat.metric);
    if (oneSubject) return tier ?? input.stat.subject;
    return tier ? `${input.stat.subject}${words.parenthetical(tier)}` : input.stat.subject;
  };
  // One subject with no tiers is one claim stated several times, not a comparison.
  if (oneSubject && members.every((input) => metricParts(input.stat.metric).tier === undefined)) return undefined;
  const bars = barsOf(members, (input) => normalise.chart(input.stat.subject) + '|' + (metricParts(input.stat.metric).tier ?? ''), name, words);
  const sorted = bars.sort((a, b) => b.sort - a.sort);
  return chartOf('subjects', members, sorted, maxBars, words, {
    ...(oneSubject ? { subject: first.subject } : {}),
    ...(first.period ? { period: first.period } : {}),
  });
}

/** One subject, one bar per period; every period must name a year, or the bars have no order. */
function periodsChart<S extends Claim>(members: ChartInput<S>[], maxBars: number, words: ChartWords): Chart | undefined {
  const year = (input: ChartInput<S>) => Number(/(\d{4})/.exec(normalise.compatibility(input.stat.period ?? ''))?.[1] ?? NaN);
  members = members.filter((input) => Number.isFinite(year(input)));
  const periods = new Set(members.map((input) => periodKey(input.stat)));
  if (members.length === 0 || periods.size < 2) return undefined;
  const first = members[0]!.stat;
  const bars = barsOf(members, (input) => periodKey(input.stat), (input) => input.stat.period!, words);
  const order = (bar: (typeof bars)[number]) => year(bar.inputs[0]!);
  const sorted = bars.sort((a, b) => order(a) - order(b) || a.label.localeCompare(b.label, 'zh-CN'));
  // The latest periods, when there are more than fit.
  return chartOf('periods', members, sorted.slice(-maxBars), maxBars, words, { subject: first.subject }, sorted.length);
}

type DraftBar<S extends Claim> = ChartBar & { sort: number; inputs: ChartInput<S>[] };

/**
 * One bar per key; statistics under one key that state the same quantity are
 * one bar (the same claim made by two cases), and ones that differ are a bar
 * each, named by their case so no two bars read the same.
 */
function barsOf<S extends Claim>(members: ChartInput<S>[], by: (input: ChartInput<S>) => string, name: (input: ChartInput<S>) => string, words: ChartWords): DraftBar<S>[] {
  const bars: DraftBar<S>[] = [];
  for (const same of partition(members, by).values()) {
    const quantities: ChartInput<S>[][] = [];
    for (const input of same) {
      const match = quantities.find((list) => sameQuantity(list[0]!.stat.value, input.stat.value));
      if (match) match.push(input);
      else quantities.push([input]);
    }
    const origins = quantities.map((inputs) => [...new Set(inputs.map((input) => input.caseLabel))].join(words.listSeparator));
    quantities.forEach((inputs, index) => {
      const head = inputs[0]!;
      const { qualifier } = head.stat.value;
      // Figures that differ for one key are named by their cases (and numbered if one case states both).
      const origin = origins.filter((item) => item === origins[index]).length > 1 ? words.version(origins[index]!, index + 1) : origins[index]!;
      const label = quantities.length > 1 ? `${name(head)}${words.parenthetical(origin)}` : name(head);
      bars.push({
        label,
        value: head.stat.value.normalized / head.stat.value.unit.factor,
        sort: head.stat.value.normalized,
        printed: head.stat.figure,
        mark: QUALIFIER_MARKS[qualifier as Exclude<Qualifier, 'order-of'>] ?? '',
        disputed: quantities.length > 1 || inputs.some((input) => input.disputed),
        refs: inputs.map((input) => ({ caseId: input.caseId, statId: input.stat.id })),
        inputs,
      });
    });
  }
  return bars;
}

function chartOf<S extends Claim>(
  kind: Chart['kind'],
  members: ChartInput<S>[],
  drafts: DraftBar<S>[],
  maxBars: number,
  words: ChartWords,
  shared: { subject?: string; period?: string },
  total = drafts.length,
): Chart {
  const first = members[0]!.stat;
  const { metric, key: metricKey } = metricParts(first.metric);
  const { dimension, symbol } = first.value.unit;
  const shown = drafts.slice(0, maxBars);
  const max = Math.max(...shown.map((bar) => bar.value));
  const scaled = SCALED.has(dimension) ? words.scales.find((step) => max >= step.from) : undefined;
  const scale = scaled?.factor ?? 1;
  const axisUnit = symbol === '' ? '' : scaled ? scaled.unit(symbol) : symbol;
  const named = axisUnit === '' || metric.endsWith(words.parenthetical(axisUnit)) ? metric : `${metric}${words.parenthetical(axisUnit)}`;
  return {
    kind,
    metric,
    metricKey,
    dimension,
    symbol,
    axisUnit,
    title: shared.period ? `${named} · ${shared.period}` : named,
    ...shared,
    bars: shown.map(({ sort: _sort, inputs: _inputs, ...bar }) => ({ ...bar, value: bar.value / scale })),
    total,
    caseIds: [...new Set(drafts.flatMap((bar) => bar.refs.map((ref) => ref.caseId)))],
  };
}

/** The text at the end of a bar: the mark, the figure exactly as printed, and `*` when disputed. */
export function barValueText(bar: Pick<ChartBar, 'mark' | 'printed' | 'disputed'>): string {
  return `${bar.mark ? `${bar.mark} ` : ''}${bar.printed}${bar.disputed ? ' *' : ''}`;
}

/** The marks a chart uses, in the key's order; the dictionary explains each (`ui.charts.marks`). */
export function chartKey(chart: Chart): ChartKeyMark[] {
  const used = new Set<string>(chart.bars.map((bar) => bar.mark).filter(Boolean));
  if (chart.bars.some((bar) => bar.disputed)) used.add('*');
  return KEY_MARKS.filter((mark) => used.has(mark));
}

