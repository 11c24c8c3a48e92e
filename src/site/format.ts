import type { PartialDate } from '../model/schemas/partial-date.ts';
import { ui } from '../site.config.ts';

/** A full date in the interface's language: `2026年11月5日`, `5 November 2026`. */
export function formatDay(date: Date): string {
  return ui.format.day(date);
}

/** A date to the precision known, in the interface's language: `2021年6月`, `June 2021`. */
export function formatPartialDate(date: PartialDate): string {
  return ui.format.partialDate(date);
}

/** Machine-readable form for `<time datetime>`: `2026-11-05`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
