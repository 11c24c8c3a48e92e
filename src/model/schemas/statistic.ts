import { z } from 'astro/zod';
import { reference, slugSchema } from './ids.ts';
import { asPosition, parseFigure, type ParsedFigure } from '../../domain/figure/parse.ts';
import { ENGLISH_METRIC_WORDS, isChangeMetric, isEnglishMetric, metricDimensions, METRIC_ENDINGS } from '../../domain/figure/metric.ts';
import { ENGLISH_NUMBER_WORDS } from '../../domain/figure/numerals.ts';
import { DIMENSION_LABELS } from '../../domain/figure/units.ts';

// A number written in English words: twelve, a dozen, a hundred.
const ENGLISH_NUMBER = new RegExp(`\\b(${[...ENGLISH_NUMBER_WORDS, 'dozen', 'hundred'].join('|')})\\b`, 'i');

const text = (what: string, max: number) =>
  z
    .string({ error: `must be text: ${what}` })
    .trim()
    .min(1, { error: `must not be empty: ${what}` })
    .max(max, { error: `must be at most ${max} characters` });

/** How an editor settled a disagreement between sources (readers see them as `ui.figures.verdicts` words them). */
export const VERDICTS = ['uses-this', 'scopes-differ'] as const;

/** An editor's note on a figure that another page states differently. */
export const reconciliationSchema = z.strictObject({
  /** `uses-this`: this page uses this figure (say why); `scopes-differ`: both figures stand because they measure different scopes. */
  verdict: z.enum(VERDICTS, { error: 'must be uses-this or scopes-differ' }),
  /** Why, in a sentence or two a reader can follow. */
  note: z.string({ error: 'must be text' }).trim().min(10, { error: 'must explain the decision in at least 10 characters' }).max(300),
});

/**
 * One statistic a case study claims. The figure is kept exactly as the
 * source prints it and parsed into `value` (number, unit, qualifier); subject
 * and metric say what it measures, so the same claim made by two pages can
 * be compared.
 */
export const statisticSchema = z.strictObject({
  /** Id used by `<Stat id="…" />` in the body; unique within the case. */
  id: slugSchema,
  /** The figure exactly as printed in the source, e.g. `2.6亿元`, `近97%`, `1300余人次`, `$2.6 million`, `more than 1,300 people`. */
  figure: text('the figure as printed, e.g. "2.6亿元"', 40).refine((value) => /[0-9０-９零〇一二两三四五六七八九十百千万亿]/.test(value) || ENGLISH_NUMBER.test(value), {
    error: 'must contain a number, e.g. "2.6亿元", "百亿元" or "$2.6 million"',
  }),
  /** Who or what the figure is about, e.g. `蓬莱区海工装备产业链党建联盟`. */
  subject: text('who or what the figure is about', 60),
  /** What is measured, e.g. `成员企业数`, `年产值`, `residents served`, `annual budget`. */
  metric: text('what is measured, e.g. "年产值"', 40),
  /** Time the figure refers to when the source says, e.g. `2021年`, `截至目前`. */
  period: text('the period the figure refers to', 30).optional(),
  /** Id of the source document the figure is taken from. */
  source: reference('sources'),
  /** Show in the key-statistics panel and on the home page. */
  headline: z.boolean({ error: 'must be true or false' }).default(false),
  /**
   * Required when another page states the same subject and metric with a
   * different figure: what this page makes of the disagreement. Shown beside
   * the figure and on the 数据核对 page.
   */
  reconciliation: reconciliationSchema.optional(),
}).transform((stat, ctx) => {
  const parsed = parseFigure(stat.figure);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', path: ['figure'], message: `does not parse: ${parsed.message}` });
    return z.NEVER;
  }
  // 综合排名: 24位 — after a ranking metric, a count of 位 or 名 is a position.
  const value: ParsedFigure = metricDimensions(stat.metric)?.includes('rank') ? asPosition(parsed.figure) : parsed.figure;
  const { dimension } = value.unit;
  if (dimension === 'percent' && value.normalized > 100 && !isChangeMetric(stat.metric)) {
    ctx.addIssue({ code: 'custom', path: ['figure'], message: `"${stat.figure}" is a percentage over 100 (only a change, such as 增长 or 同比, can be)` });
  }
  if (dimension === 'count' && !Number.isInteger(value.value)) {
    ctx.addIssue({ code: 'custom', path: ['figure'], message: `"${stat.figure}" is a count but not a whole number` });
  }
  const accepted = metricDimensions(stat.metric);
  if (value.change && !isChangeMetric(stat.metric)) {
    // 下降3.2% under 占比: a change of a percentage is not a level.
    ctx.addIssue({ code: 'custom', path: ['metric'], message: `"${stat.figure}" states a change, but metric "${stat.metric}" names a level: end it with ${METRIC_ENDINGS[0]!.endings}, or declare the level` });
  } else if (!accepted) {
    ctx.addIssue({
      code: 'custom',
      path: ['metric'],
      message: isEnglishMetric(stat.metric)
        ? `"${stat.metric}" does not say what is measured: name it with ${ENGLISH_METRIC_WORDS.map((rule) => rule.words).join(' | ')} (or in Chinese, end it with ${METRIC_ENDINGS.map((rule) => rule.endings).join(' | ')})`
        : `"${stat.metric}" does not say what is measured: end it with ${METRIC_ENDINGS.map((rule) => rule.endings).join(' | ')}`,
    });
  } else if (!accepted.includes(dimension) && !value.change) {
    // A change may be of any quantity (减少1200人, 增长2.6亿元); a level must fit the metric.
    ctx.addIssue({
      code: 'custom',
      path: ['figure'],
      message: `"${stat.figure}" is ${DIMENSION_LABELS[dimension]} but metric "${stat.metric}" measures ${accepted.map((name) => DIMENSION_LABELS[name]).join(' or ')}`,
    });
  }
  return { ...stat, value };
});

/** A validated statistic with its parsed figure. */
export type Statistic = z.output<typeof statisticSchema>;
