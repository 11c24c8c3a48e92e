import { describe, expect, it } from 'vitest';
import { decodePostings, findDoc, intersectLists, mergeLists, type DocList } from './doc-lists.ts';

const entries = (list: DocList) => [...list.docs].map((doc, index) => [doc, list.values[index]]);
/** Postings `[gap, value, …]` of doc → value pairs in doc order. */
const postings = (pairs: [number, number][]) => pairs.flatMap(([doc, value], index) => [doc - (index ? pairs[index - 1]![0] : 0), value]);

describe('sorted doc lists', () => {
  const a = decodePostings(postings([[0, 5], [3, 1], [4, 7], [9, 2]]));
  const b = decodePostings(postings([[3, 4], [4, 2], [8, 1], [9, 6], [12, 3]]));

  it('decode doc gaps into doc indexes with their values', () => {
    expect(entries(a)).toEqual([[0, 5], [3, 1], [4, 7], [9, 2]]);
    expect(entries(decodePostings([]))).toEqual([]);
  });

  it('intersect to the docs every list holds, combining their values', () => {
    expect(entries(intersectLists([a, b], Math.min))).toEqual([[3, 1], [4, 2], [9, 2]]);
    expect(entries(intersectLists([a, b, decodePostings(postings([[4, 1]]))], (x, y) => x + y))).toEqual([[4, 10]]);
    expect(entries(intersectLists([], Math.min))).toEqual([]);
  });

  it('merge to the docs either list holds, leaving out those valued undefined', () => {
    expect(entries(mergeLists(a, b, (x, y) => (x ?? 0) + (y ?? 0)))).toEqual([[0, 5], [3, 5], [4, 9], [8, 1], [9, 8], [12, 3]]);
    expect(entries(mergeLists(a, b, (x, y) => (x !== undefined && y !== undefined ? x * y : undefined)))).toEqual([[3, 4], [4, 14], [9, 12]]);
  });

  it('find a doc by binary search', () => {
    expect(findDoc(b, 8)).toBe(2);
    expect(findDoc(b, 12)).toBe(4);
    expect(findDoc(b, 5)).toBe(-1);
  });
});
