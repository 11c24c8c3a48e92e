// Every claim of the published cases as flat rows: what the stats explorer lists and the CSV and JSON exports hold.
import type { CaseData } from '../model/schemas/case.ts';
import { statUrl } from '../domain/urls.ts';
import type { Verification } from '../domain/verification.ts';
import { ui } from '../site.config.ts';

/** One claim as the explorer lists it and the exports write it (documented in the manual, "Stats explorer"). */
export interface StatRow {
  /** The case's id. */
  case: string;
  /** The case's title. */
  caseTitle: string;
  /** The absolute URL of the statistic on its case page. */
  url: string;
  /** The statistic's id within its case. */
  id: string;
  /** What the figure is about, e.g. `蓬莱经济开发区党群服务中心`. */
  subject: string;
  /** What of the subject it measures, e.g. `总面积`. */
  metric: string;
  /** The period it covers, or empty. */
  period: string;
  /** The figure as printed, e.g. `1.3万平方米`. */
  figure: string;
  /** The number as printed, in its printed unit. */
  value: number;
  /** The number in the unit's base (yuan, square metres…), for sorting and comparing. */
  normalized: number;
  /** The unit's dimension (`count`, `currency`, `percent`…). */
  dimension: string;
  /** The unit as printed. */
  unit: string;
  /** `up` or `down` when the figure is a change (`下降3.2%`; `value` is its size, unsigned), else empty. */
  change: string;
  /** The high end of a range (`2300—2500元`) in the base unit, where `normalized` is the low end; else empty. */
  normalizedHigh: number | '';
  /** The unit a rate is counted per (`公斤` in `35.63元/公斤`), else empty. */
  per: string;
  /** Exact, about, more than… (the parsed qualifier's id). */
  qualifier: string;
  /** The qualifier in readers' words, in the casebook's language. */
  qualifierLabel: string;
  /** The id of the source it cites. */
  source: string;
  /** Whether it is one of its case's headline figures. */
  headline: boolean;
  /** The editor's verdict where sources disagree, or empty. */
  reconciliation: string;
  /** The editor's reconciliation note, or empty. */
  reconciliationNote: string;
  /** `verified` (printed in the source text), `unverified` (未核对原文: no text to check against) or `not-found`. */
  verification: Verification['status'];
  /** The reader's word for it, in the casebook's language: 已核对原文, 未核对原文 or 原文中未见; `Checked against the source`… */
  verificationLabel: string;
  /** Where a verified figure stands in the source text: paragraph, line and character offset; empty otherwise. */
  sourceParagraph: number | '';
  sourceLine: number | '';
  sourceOffset: number | '';
  /** The source sentence that prints a verified figure; empty otherwise. */
  sourceSentence: string;
}

/**
 * Every claim of the given cases as flat rows, in case order then frontmatter
 * order, each with what the figure check established (`verifications`, per
 * statistic; a statistic without one is 未核对原文).
 */
export function statRows(cases: readonly { id: string; data: CaseData; verifications?: readonly Verification[] }[], siteUrl: string): StatRow[] {
  return cases.flatMap((entry) =>
    entry.data.stats.map((stat, index) => ({
      case: entry.id,
      caseTitle: entry.data.title,
      url: new URL(statUrl(entry.id, stat.id), siteUrl).href,
      id: stat.id,
      subject: stat.subject,
      metric: stat.metric,
      period: stat.period ?? '',
      figure: stat.figure,
      value: stat.value.value,
      normalized: stat.value.normalized,
      dimension: stat.value.unit.dimension,
      unit: stat.value.unit.symbol,
      change: stat.value.change ?? '',
      normalizedHigh: stat.value.range ? stat.value.range.high * stat.value.unit.factor : '',
      per: stat.value.per?.symbol ?? '',
      qualifier: stat.value.qualifier,
      qualifierLabel: ui.figures.qualifiers[stat.value.qualifier],
      source: stat.source.id,
      headline: stat.headline,
      reconciliation: stat.reconciliation?.verdict ?? '',
      reconciliationNote: stat.reconciliation?.note ?? '',
      ...verificationColumns(entry.verifications?.[index]),
    })),
  );
}

function verificationColumns(verification: Verification | undefined): Pick<StatRow, 'verification' | 'verificationLabel' | 'sourceParagraph' | 'sourceLine' | 'sourceOffset' | 'sourceSentence'> {
  const status = verification?.status ?? 'unverified';
  const found = verification?.status === 'verified' ? verification : undefined;
  return {
    verification: status,
    verificationLabel: ui.figures.verification[status],
    sourceParagraph: found?.paragraph ?? '',
    sourceLine: found?.line ?? '',
    sourceOffset: found?.offset ?? '',
    sourceSentence: found ? `${found.quote.before}${found.quote.figure}${found.quote.after}` : '',
  };
}
