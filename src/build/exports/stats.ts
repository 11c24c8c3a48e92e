import type { CaseData } from '../../casebook/schemas/case.ts';
import { QUALIFIER_LABELS } from '../../domain/figure/parse.ts';
import { statUrl } from '../../domain/urls.ts';

/** Version of the stats export shape; bump when a field changes meaning or goes away. */
export const STATS_EXPORT_VERSION = 1;

/** One claim as exported to CSV and JSON (documented in the README, "Stats explorer"). */
export interface StatRow {
  case: string;
  caseTitle: string;
  url: string;
  id: string;
  subject: string;
  metric: string;
  period: string;
  figure: string;
  value: number;
  normalized: number;
  dimension: string;
  unit: string;
  qualifier: string;
  qualifierLabel: string;
  source: string;
  headline: boolean;
  reconciliation: string;
  reconciliationNote: string;
}

/** The field order of the CSV, which is also the JSON rows' key order. */
export const STAT_COLUMNS: (keyof StatRow)[] = [
  'case', 'caseTitle', 'url', 'id', 'subject', 'metric', 'period', 'figure', 'value', 'normalized', 'dimension', 'unit',
  'qualifier', 'qualifierLabel', 'source', 'headline', 'reconciliation', 'reconciliationNote',
];

/** Every claim of the given cases as flat rows, in case order then frontmatter order. */
export function statRows(cases: readonly { id: string; data: CaseData }[], siteUrl: string): StatRow[] {
  return cases.flatMap((entry) =>
    entry.data.stats.map((stat) => ({
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
      qualifier: stat.value.qualifier,
      qualifierLabel: QUALIFIER_LABELS[stat.value.qualifier],
      source: stat.source.id,
      headline: stat.headline,
      reconciliation: stat.reconciliation?.verdict ?? '',
      reconciliationNote: stat.reconciliation?.note ?? '',
    })),
  );
}

/**
 * RFC 4180 CSV with a UTF-8 byte-order mark, so spreadsheet programs open the
 * Chinese text correctly. Quoting is the whole of CSV writing, so it is done
 * here rather than with a dependency.
 */
export function toCsv(rows: readonly StatRow[]): string {
  const cell = (value: unknown) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [STAT_COLUMNS.join(','), ...rows.map((row) => STAT_COLUMNS.map((column) => cell(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The JSON document: a version, the site and the rows. */
export function toJson(rows: readonly StatRow[], siteUrl: string): string {
  return JSON.stringify({ version: STATS_EXPORT_VERSION, site: siteUrl, count: rows.length, statistics: rows }, null, 2);
}
