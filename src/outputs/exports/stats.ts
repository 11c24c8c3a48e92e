import type { CaseData } from '../../model/schemas/case.ts';
import { QUALIFIER_LABELS } from '../../domain/figure/parse.ts';
import { statUrl } from '../../domain/urls.ts';
import { VERIFICATION_LABELS, type Verification } from '../../domain/verification.ts';

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
  /** `verified` (printed in the source text), `unverified` (未核对原文: no text to check against) or `not-found`. */
  verification: Verification['status'];
  /** The reader's word for it: 已核对原文, 未核对原文 or 原文中未见. */
  verificationLabel: string;
  /** Where a verified figure stands in the source text: paragraph, line and character offset; empty otherwise. */
  sourceParagraph: number | '';
  sourceLine: number | '';
  sourceOffset: number | '';
  /** The source sentence that prints a verified figure; empty otherwise. */
  sourceSentence: string;
}

/** The field order of the CSV, which is also the JSON rows' key order. */
export const STAT_COLUMNS: (keyof StatRow)[] = [
  'case', 'caseTitle', 'url', 'id', 'subject', 'metric', 'period', 'figure', 'value', 'normalized', 'dimension', 'unit',
  'qualifier', 'qualifierLabel', 'source', 'headline', 'reconciliation', 'reconciliationNote',
  'verification', 'verificationLabel', 'sourceParagraph', 'sourceLine', 'sourceOffset', 'sourceSentence',
];

/**
 * Every claim of the given cases as flat rows, in case order then frontmatter
 * order, each with what the figure check established (`verifications`, per
 * statistic; a statistic without one is 未核对原文).
 */
export function statRows(cases: readonly { id: string; data: CaseData & { verifications?: readonly Verification[] } }[], siteUrl: string): StatRow[] {
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
      qualifier: stat.value.qualifier,
      qualifierLabel: QUALIFIER_LABELS[stat.value.qualifier],
      source: stat.source.id,
      headline: stat.headline,
      reconciliation: stat.reconciliation?.verdict ?? '',
      reconciliationNote: stat.reconciliation?.note ?? '',
      ...verificationColumns(entry.data.verifications?.[index]),
    })),
  );
}

/**
 * RFC 4180 CSV with a UTF-8 byte-order mark, so spreadsheet programs open the
 * Chinese text correctly. Quoting is the whole of CSV writing, so it is done
 * here rather than with a dependency. Text cells are neutralised against
 * formula injection (see {@link csvText}).
 */
export function toCsv(rows: readonly StatRow[]): string {
  const cell = (value: unknown) => {
    const text = typeof value === 'string' ? csvText(value) : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [STAT_COLUMNS.join(','), ...rows.map((row) => STAT_COLUMNS.map((column) => cell(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"): = + - @, and tab and carriage return.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet will show it, never run it: text that would
 * start a formula (`=HYPERLINK(…)`, `+1`, `-2+3`, `@SUM(…)`) gets a leading
 * `'`, which spreadsheets take as "this is text". Text comes from editors
 * (subjects, notes, titles); numbers and booleans are written by the code
 * and stay as they are, so a negative value is still a number.
 */
export function csvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The JSON document: a version, the site and the rows. */
export function toJson(rows: readonly StatRow[], siteUrl: string): string {
  return JSON.stringify({ version: STATS_EXPORT_VERSION, site: siteUrl, count: rows.length, statistics: rows }, null, 2);
}

function verificationColumns(verification: Verification | undefined): Pick<StatRow, 'verification' | 'verificationLabel' | 'sourceParagraph' | 'sourceLine' | 'sourceOffset' | 'sourceSentence'> {
  const status = verification?.status ?? 'unverified';
  const found = verification?.status === 'verified' ? verification : undefined;
  return {
    verification: status,
    verificationLabel: VERIFICATION_LABELS[status],
    sourceParagraph: found?.paragraph ?? '',
    sourceLine: found?.line ?? '',
    sourceOffset: found?.offset ?? '',
    sourceSentence: found ? `${found.quote.before}${found.quote.figure}${found.quote.after}` : '',
  };
}
