import { describe, expect, it } from 'vitest';
import { relatedCases, relatedIndex, type RelatableCase } from './related.ts';
import type { Kind } from '../model/schemas/kind.ts';

const make = (id: string, series: string, kind: Kind, tags: string[], city = '烟台市'): RelatableCase => ({
  id,
  data: { series: { collection: 'series', id: series }, kind, tags, place: { province: '山东省', city } },
});

describe('related cases', () => {
  const current = make('a', 'penglai-chain', 'industrial-chain', ['海上风电']);
  const all = [
    current,
    make('same-series', 'penglai-chain', 'park', []),
    make('same-kind-tag', 'yantai-parks', 'industrial-chain', ['海上风电'], '青岛市'),
    make('unrelated', 'yunfu', 'new-employment', [], '云浮市'),
    make('same-city', 'yantai-parks', 'park', []),
  ];

  it('ranks the same series first and never lists the case itself', () => {
    expect(relatedCases(current, all).map((entry) => entry.id)).toEqual(['same-series', 'same-kind-tag', 'same-city']);
  });

  it('leaves out cases with nothing in common', () => {
    // Room for every case: all the related ones are listed, the unrelated one is not.
    expect(relatedCases(current, all, 10).map((entry) => entry.id)).toEqual(['same-series', 'same-kind-tag', 'same-city']);
  });

  it('keeps the best few, earlier cases first among equals', () => {
    const many = [current, ...['p', 'q', 'r', 's'].map((id) => make(id, 'penglai-chain', 'park', [])), make('t', 'penglai-chain', 'industrial-chain', [])];
    expect(relatedCases(current, many).map((entry) => entry.id)).toEqual(['t', 'p', 'q']);
  });

  it('gives the same cases, in the same order, when worked out for the whole casebook at once', () => {
    // A small deterministic generator: many ties, repeated tags, cases with nothing in common.
    let state = 7;
    const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % n);
    const kinds: Kind[] = ['park', 'industrial-chain', 'cluster', 'new-employment'];
    for (const size of [1, 2, 5, 40, 300]) {
      const cases = Array.from({ length: size }, (_, i) =>
        make(`c${i}`, `s${next(5)}`, kinds[next(4)]!, Array.from({ length: next(4) }, () => `t${next(8)}`), `city${next(6)}`),
      );
      for (const limit of [1, 3, 10]) {
        const index = relatedIndex(cases, limit);
        for (const entry of cases) expect(index(entry).map((other) => other.id)).toEqual(relatedCases(entry, cases, limit).map((other) => other.id));
      }
    }
  });
});
