import type { Casebook } from '../load.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { utcDay, type PartialDate } from '../schemas/partial-date.ts';
import { UNKNOWN } from '../schemas/unknown.ts';

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Dates that cannot be meant: a case's `date` or `updated`, or a source's
 * `date`, before the casebook's earliest year (`dates.earliest` in
 * casebook.yaml, default 1900) or more than `dates.futureDays` days after
 * `today` (default 31). A year is read as its four digits, never shifted, so
 * `0026-11-20` (a dropped digit) is refused here rather than published as
 * 1926, and `9999-12-31` does not top the feed.
 */
export function checkDates(casebook: Casebook, today: Date = new Date()): Diagnostic[] {
  const { earliest, futureDays } = casebook.settings.dates;
  const latest = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + futureDays * DAY);
  const settings = casebook.settingsFile.file;
  const problem = (written: string, first: Date, year: number): string | undefined => {
    if (year < earliest) {
      const hint = year < 100 ? ' (a digit may be missing from the year)' : '';
      return `${written} is before ${earliest}, the earliest year this casebook accepts${hint}: write the year in four digits as it is; a casebook of older documents sets dates: { earliest: … } in ${settings}`;
    }
    if (first > latest) {
      return `${written} is more than ${futureDays} days after today: date a case when it is published and a source when it appeared; to allow later dates set dates: { futureDays: … } in ${settings}`;
    }
    return undefined;
  };
  const diagnostics: Diagnostic[] = [];
  for (const entry of casebook.cases) {
    for (const field of ['date', 'updated'] as const) {
      const date = entry.data[field];
      if (!date) continue;
      const message = problem(isoDay(date), date, date.getUTCFullYear());
      if (message) diagnostics.push({ file: entry.file, ...entry.source.locate([field]), field, message });
    }
  }
  for (const entry of casebook.sources) {
    const date = entry.data.date;
    if (date === UNKNOWN) continue;
    const { year, month, day, iso } = date as PartialDate;
    const message = problem(iso, utcDay(year, month ?? 1, day ?? 1), year);
    if (message) diagnostics.push({ file: entry.file, ...entry.source.locate(['date']), field: 'date', message });
  }
  return diagnostics;
}
