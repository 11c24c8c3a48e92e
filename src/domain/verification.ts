import type { Receipt } from './figure/locate.ts';

/**
 * What the figure check established about one statistic, for readers:
 * - `verified`: the source's text prints the figure whole; where and in what sentence.
 * - `unverified` (未核对原文): there was no text to check against, because the
 *   source has none (`no-text`) or the build ran without source texts (`not-checked`).
 * - `not-found`: the text does not print it; the check reports an error, so a
 *   built site never shows this, but the dev server may.
 */
export type Verification =
  | ({ status: 'verified'; source: string } & Receipt)
  | { status: 'unverified'; source: string; reason: 'no-text' | 'not-checked' }
  | { status: 'not-found'; source: string };

/** Counts of each status, for the check's summary line. */
export function verificationCounts(verifications: Iterable<readonly Verification[]>): Record<Verification['status'], number> {
  const counts = { verified: 0, unverified: 0, 'not-found': 0 };
  for (const list of verifications) for (const item of list) counts[item.status]++;
  return counts;
}
