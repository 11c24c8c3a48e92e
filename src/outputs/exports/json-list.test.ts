import { describe, expect, it } from 'vitest';
import { jsonListPieces } from './json-list.ts';

describe('jsonListPieces', () => {
  const head = { version: 1, site: 'https://casebook.example.org' };
  const items = [{ id: 'a', place: { city: '烟台', district: null }, tags: ['园区', '党建'] }, { id: 'b"\n', value: -3.2, tags: [] }];

  it('joins to exactly what JSON.stringify writes, with an empty list, one item and several', () => {
    for (const list of [[], items.slice(0, 1), items]) {
      expect([...jsonListPieces(head, 'cases', list, list.length)].join('')).toBe(JSON.stringify({ ...head, count: list.length, cases: list }, null, 2));
    }
  });

  it('gives one piece per item, so no piece grows with the list', () => {
    const many = Array.from({ length: 1000 }, (_, index) => ({ id: `case-${index}` }));
    const pieces = [...jsonListPieces(head, 'cases', many.values(), many.length)];
    expect(pieces).toHaveLength(1002);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(200);
  });
});
