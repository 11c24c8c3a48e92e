import type { CaseData } from '../casebook/schemas/case.ts';

/** The minimum a relatedness score needs from a case. */
export interface RelatableCase {
  id: string;
  data: Pick<CaseData, 'series' | 'kind' | 'tags' | 'place'>;
}

/**
 * The cases most related to `current`, best first: the same series counts
 * most, then the same kind, then each shared tag and the same city. Cases
 * with nothing in common are left out; ties keep the input order.
 */
export function relatedCases<T extends RelatableCase>(current: T, all: readonly T[], limit = 3): T[] {
  const score = (other: T) =>
    (other.data.series.id === current.data.series.id ? 4 : 0) +
    (other.data.kind === current.data.kind ? 2 : 0) +
    other.data.tags.filter((tag) => current.data.tags.includes(tag)).length +
    (other.data.place.city === current.data.place.city ? 1 : 0);
  return all
    .filter((other) => other.id !== current.id)
    .map((other, index) => ({ other, index, score: score(other) }))
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((candidate) => candidate.other);
}
