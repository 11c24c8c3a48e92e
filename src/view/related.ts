import type { CaseData } from '../model/schemas/case.ts';

/** The minimum a relatedness score needs from a case. */
export interface RelatableCase {
  id: string;
  data: Pick<CaseData, 'series' | 'kind' | 'tags' | 'place'>;
}

/**
 * The cases most related to `current`, best first: the same series counts
 * most, then the same kind, then each shared tag and the same city. Cases
 * with nothing in common are left out; ties keep the input order. One pass
 * keeping the best `limit`, so a casebook of n cases costs n² simple
 * comparisons in all, not n sorts of n.
 */
export function relatedCases<T extends RelatableCase>(current: T, all: readonly T[], limit = 3): T[] {
  const { series, kind, tags, place } = current.data;
  const best: { other: T; score: number }[] = [];
  for (const other of all) {
    if (other.id === current.id) continue;
    let score = (other.data.series.id === series.id ? 4 : 0) + (other.data.kind === kind ? 2 : 0) + (other.data.place.city === place.city ? 1 : 0);
    for (const tag of other.data.tags) if (tags.includes(tag)) score++;
    if (score === 0 || (best.length === limit && score <= best[limit - 1]!.score)) continue;
    // Insert after every entry scoring at least as much, so earlier cases win ties.
    let at = best.length;
    while (at > 0 && best[at - 1]!.score < score) at--;
    best.splice(at, 0, { other, score });
    if (best.length > limit) best.pop();
  }
  return best.map((item) => item.other);
}
