import type { PartialDate } from '../model/schemas/partial-date.ts';

/** A full date in Chinese reading order: `2026年11月5日`. */
export function formatDay(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** A date to the precision known: `2021年`, `2021年6月`, `2021年6月1日`. */
export function formatPartialDate(date: PartialDate): string {
  if (date.precision === 'year') return `${date.year}年`;
  if (date.precision === 'month') return `${date.year}年${date.month}月`;
  return `${date.year}年${date.month}月${date.day}日`;
}

/** Machine-readable form for `<time datetime>`: `2026-11-05`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
