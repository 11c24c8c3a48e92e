import { z } from 'astro/zod';

/** How much of a date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A calendar date known to a stated precision, e.g. only the year. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
  /** The date as written: `2021`, `2021-06` or `2021-06-01`. */
  iso: string;
}

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The UTC midnight of a day, the year as written: `Date.UTC` reads years 0–99
 * as 1900–1999, so `0026-11-20` would become 1926 and `0000-01-01` 1900.
 */
export function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns undefined when not a real date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && utcDay(year, month!, day).getUTCDate() !== day) return undefined;
  const precision: DatePrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return { year, month, day, precision, iso: text };
}

// YAML turns an unquoted 2021-06-01 into a Date; an editor should not have to quote it.
const dateText = z.union([z.string(), z.number(), z.date()]).transform((value) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value),
);

/**
 * A date with its precision: `2021`, `2021-06` or `2021-06-01`.
 * Source documents often show only a year or month; write what is known.
 */
export const partialDateSchema = dateText.transform((text, ctx) => {
  const parsed = parsePartialDate(text);
  if (!parsed) {
    ctx.addIssue({
      code: 'custom',
      message: `"${text}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021-06)`,
    });
    return z.NEVER;
  }
  return parsed;
});

/**
 * A full calendar day, `YYYY-MM-DD`, returned as a UTC Date.
 * Used where an exact day is always known, such as when a case was published.
 */
export const dayDateSchema = dateText.transform((text, ctx) => {
  const parsed = parsePartialDate(text);
  if (!parsed || parsed.precision !== 'day') {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a day: write YYYY-MM-DD (e.g. 2026-11-21)` });
    return z.NEVER;
  }
  return utcDay(parsed.year, parsed.month!, parsed.day!);
});
