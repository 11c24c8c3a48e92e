import { sameQuantity, type ParsedFigure } from './figure/parse.ts';
import { fnv1a } from './hash.ts';
import * as normalise from './normalise.ts';

/** What the claim rules need of a statistic (the content schema's `Statistic` has this shape and more). */
export interface Claim {
  id: string;
  figure: string;
  value: ParsedFigure;
  subject: string;
  metric: string;
  period?: string;
  source: { id: string };
  reconciliation?: { verdict: string; note: string };
}

/** One statistic with the case that states it. */
export interface ClaimRecord<S extends Claim = Claim> {
  caseId: string;
  /** Index of the statistic in the case's `stats`. */
  index: number;
  stat: S;
}

/** Statistics that state the same subject and metric (and period) with figures that differ. */
export interface Disagreement<S extends Claim = Claim> {
  /** `subject · metric` (and period), as readers see it. */
  label: string;
  /** Stable anchor for the 数据核对 page. */
  key: string;
  claims: ClaimRecord<S>[];
  /** Whether every statistic in the group carries a reconciliation note. */
  reconciled: boolean;
}

/** Every statistic of every case, in case order: the claims the casebook makes. */
export function claimRecords<S extends Claim>(cases: readonly { id: string; data: { stats: readonly S[] } }[]): ClaimRecord<S>[] {
  return cases.flatMap((entry) => entry.data.stats.map((stat, index) => ({ caseId: entry.id, index, stat })));
}

/** The key under which two statements are about the same thing. */
export function claimKey(stat: Pick<Claim, 'subject' | 'metric' | 'period'>): string {
  return [stat.subject, stat.metric, stat.period ?? ''].map(normalise.claim).join('|');
}

/**
 * Groups every statistic by subject, metric and period, and returns the
 * groups whose figures do not all state the same quantity. `5分钟` and
 * `五分钟` agree; `7个` and `22个` do not, nor do `40个` and `40余个`.
 */
export function findDisagreements<S extends Claim>(records: readonly ClaimRecord<S>[]): Disagreement<S>[] {
  const groups = new Map<string, ClaimRecord<S>[]>();
  for (const record of records) {
    const key = claimKey(record.stat);
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  const disagreements: Disagreement<S>[] = [];
  for (const [key, claims] of groups) {
    const [first, ...rest] = claims;
    if (!first || rest.every((other) => sameQuantity(first.stat.value, other.stat.value))) continue;
    const { subject, metric, period } = first.stat;
    disagreements.push({
      // A short stable id for URLs; collisions only merge two anchors on one page.
      key: `claim-${fnv1a(key).toString(36)}`,
      label: `${subject} · ${metric}${period ? `（${period}）` : ''}`,
      claims,
      reconciled: claims.every((claim) => claim.stat.reconciliation !== undefined),
    });
  }
  return disagreements;
}

/** The statistics that carry a reconciliation although no other statement disagrees with them. */
export function needlessReconciliations<S extends Claim>(records: readonly ClaimRecord<S>[], disagreements: readonly Disagreement<S>[]): ClaimRecord<S>[] {
  const disputed = new Set(disagreements.flatMap((group) => group.claims));
  return records.filter((record) => record.stat.reconciliation && !disputed.has(record));
}

