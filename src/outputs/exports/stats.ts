// The statistics as files for other tools: CSV and JSON of the rows the published view lists (see src/view/stat-rows.ts).
import type { StatRow } from '../../view/stat-rows.ts';
import { jsonListPieces } from './json-list.ts';

/** Version of the stats export shape; bump when a field changes meaning or goes away. */
export const STATS_EXPORT_VERSION = 1;

/** The field order of the CSV, which is also the JSON rows' key order. */
export const STAT_COLUMNS: (keyof StatRow)[] = [
  'case', 'caseTitle', 'url', 'id', 'subject', 'metric', 'period', 'figure', 'value', 'normalized', 'dimension', 'unit',
  'change', 'normalizedHigh', 'per',
  'qualifier', 'qualifierLabel', 'source', 'headline', 'reconciliation', 'reconciliationNote',
  'verification', 'verificationLabel', 'sourceParagraph', 'sourceLine', 'sourceOffset', 'sourceSentence',
];

/**
 * RFC 4180 CSV with a UTF-8 byte-order mark, so spreadsheet programs open the
 * Chinese text correctly. Quoting is the whole of CSV writing, so it is done
 * here rather than with a dependency. Text cells are neutralised against
 * formula injection (see {@link csvText}).
 */
export function toCsv(rows: readonly StatRow[]): string {
  return [...csvPieces(rows)].join('');
}

/** The CSV of {@link toCsv} as pieces of one line each, for a file too large to hold as one string. */
export function* csvPieces(rows: readonly StatRow[]): Generator<string> {
  const cell = (value: unknown) => {
    const text = typeof value === 'string' ? csvText(value) : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  yield `\uFEFF${STAT_COLUMNS.join(',')}\r\n`;
  for (const row of rows) yield `${STAT_COLUMNS.map((column) => cell(row[column])).join(',')}\r\n`;
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
  return [...jsonPieces(rows, siteUrl)].join('');
}

/** The JSON of {@link toJson} as pieces of one row each, for a file too large to hold as one string. */
export function jsonPieces(rows: readonly StatRow[], siteUrl: string): Generator<string> {
  return jsonListPieces({ version: STATS_EXPORT_VERSION, site: siteUrl }, 'statistics', rows, rows.length);
}
