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

/** The cases of one series and kind, in input order. */
interface Bucket {
  series: string;
  kind: string;
  /** Positions in the input, ascending. */
  members: number[];
  /** The longest tag list among the members: the most their tags can add to a score. */
  maxTags: number;
}

/**
 * `relatedCases` for every case of `all` at once, with the same result:
 * returns a function giving the cases most related to one case of `all`.
 * Cases are grouped by series and kind; the groups are visited the most
 * promising first (same series and kind, same series, same kind, the rest),
 * and a group none of whose cases can beat the worst of the best found so
 * far (or tie with it earlier in the input) is skipped whole. A casebook of
 * thousands of cases in a few series then costs a small share of the n²
 * comparisons of calling `relatedCases` for each case.
 */
export function relatedIndex<T extends RelatableCase>(all: readonly T[], limit = 3): (current: T) => T[] {
  const buckets = new Map<string, Bucket>();
  const tagIds = new Map<string, number>();
  const tagsOf: Int32Array[] = [];
  all.forEach((entry, index) => {
    const { series, kind, tags } = entry.data;
    const key = `${series.id}\0${kind}`;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { series: series.id, kind, members: [], maxTags: 0 }));
    bucket.members.push(index);
    bucket.maxTags = Math.max(bucket.maxTags, tags.length);
    tagsOf.push(Int32Array.from(tags, (tag) => tagIds.get(tag) ?? (tagIds.set(tag, tagIds.size), tagIds.size - 1)));
  });
  // Most tags first: among groups of the same standing, those that can score highest.
  const groups = [...buckets.values()].sort((a, b) => b.maxTags - a.maxTags);
  const bySeries = Map.groupBy(groups, (bucket) => bucket.series);
  const byKind = Map.groupBy(groups, (bucket) => bucket.kind);
  const positions = new Map(all.map((entry, index) => [entry.id, index]));
  const cities = all.map((entry) => entry.data.place.city);
  // 1 for each tag of the current case (`tags.includes` counts an other's tag once if the current case has it).
  const weight = new Uint8Array(tagIds.size);
  return (current) => {
    const self = positions.get(current.id);
    const { series, kind, tags, place } = current.data;
    const setWeights = (value: number) => {
      for (const tag of tags) {
        const id = tagIds.get(tag);
        if (id !== undefined) weight[id] = value;
      }
    };
    setWeights(1);
    // The best so far, by score (highest first), then position (earliest first), as `relatedCases` orders them.
    const best: { index: number; score: number }[] = [];
    const beats = (score: number, index: number, other: { index: number; score: number }) => score > other.score || (score === other.score && index < other.index);
    const visited = new Set<Bucket>();
    const visit = (bucket: Bucket) => {
      if (visited.has(bucket)) return;
      visited.add(bucket);
      const base = (bucket.series === series.id ? 4 : 0) + (bucket.kind === kind ? 2 : 0);
      const bound = base + 1 + bucket.maxTags;
      const first = best.length === limit ? best[limit - 1]! : undefined;
      if (first && !beats(bound, bucket.members[0]!, first)) return;
      for (const index of bucket.members) {
        if (index === self) continue;
        const worst = best.length === limit ? best[limit - 1]! : undefined;
        // Members come in input order: once past the worst's position, only a higher score than its could enter.
        if (worst && index > worst.index && bound <= worst.score) return;
        let score = base + (cities[index] === place.city ? 1 : 0);
        for (const tag of tagsOf[index]!) score += weight[tag]!;
        if (score === 0 || (worst && !beats(score, index, worst))) continue;
        let at = best.length;
        while (at > 0 && beats(score, index, best[at - 1]!)) at--;
        best.splice(at, 0, { index, score });
        if (best.length > limit) best.pop();
      }
    };
    const own = buckets.get(`${series.id}\0${kind}`);
    if (own) visit(own);
    for (const bucket of bySeries.get(series.id) ?? []) visit(bucket);
    for (const bucket of byKind.get(kind) ?? []) visit(bucket);
    for (const bucket of groups) visit(bucket);
    setWeights(0);
    return best.map((item) => all[item.index]!);
  };
}
