// Sorted lists of doc indexes with a value each, in typed arrays: a postings list of a word most cases of a large
// casebook share holds tens of thousands of docs, and a Map per list (decoded, intersected, scored, merged) cost the
// first query more than fetching it did.

/** Doc indexes in ascending order, each with its value (`values[i]` is the value of `docs[i]`). */
export interface DocList {
  readonly docs: Int32Array;
  readonly values: Float64Array;
}

const EMPTY: DocList = { docs: new Int32Array(0), values: new Float64Array(0) };

/** A list with no docs. */
export const emptyList = (): DocList => EMPTY;

/** Postings `[doc gap, value, …]` (the index's form) as a list. */
export function decodePostings(list: readonly number[]): DocList {
  const length = list.length >> 1;
  if (length === 0) return EMPTY;
  const docs = new Int32Array(length);
  const values = new Float64Array(length);
  let doc = 0;
  for (let index = 0; index < length; index++) {
    doc += list[index * 2]!;
    docs[index] = doc;
    values[index] = list[index * 2 + 1]!;
  }
  return { docs, values };
}

/** Entries of `docs` and `values` (parallel arrays, docs ascending), at most `length` of them, as a list. */
export function listOf(docs: ArrayLike<number>, values: ArrayLike<number>, length = docs.length): DocList {
  if (length === 0) return EMPTY;
  return { docs: Int32Array.from({ length }, (_, index) => docs[index]!), values: Float64Array.from({ length }, (_, index) => values[index]!) };
}

/** The docs in every list, each with its values combined by `combine` (empty for no lists). */
export function intersectLists(lists: readonly DocList[], combine: (a: number, b: number) => number): DocList {
  if (lists.length === 0) return EMPTY;
  const sorted = [...lists].sort((a, b) => a.docs.length - b.docs.length);
  let result = sorted[0]!;
  for (const other of sorted.slice(1)) {
    const docs = new Int32Array(result.docs.length);
    const values = new Float64Array(result.docs.length);
    let count = 0;
    let at = 0;
    for (let index = 0; index < result.docs.length; index++) {
      const doc = result.docs[index]!;
      // Gallop-free merge: the other list is at least as long, so a step at a time is linear in both.
      while (at < other.docs.length && other.docs[at]! < doc) at++;
      if (at < other.docs.length && other.docs[at] === doc) {
        docs[count] = doc;
        values[count++] = combine(result.values[index]!, other.values[at]!);
      }
    }
    result = { docs: docs.subarray(0, count), values: values.subarray(0, count) };
  }
  return result;
}

/**
 * The docs of either list, each valued by `value(a's value or undefined,
 * b's value or undefined)`; a doc whose value comes out undefined is left out.
 */
export function mergeLists(a: DocList, b: DocList, value: (inA: number | undefined, inB: number | undefined) => number | undefined): DocList {
  const docs = new Int32Array(a.docs.length + b.docs.length);
  const values = new Float64Array(a.docs.length + b.docs.length);
  let count = 0;
  let i = 0;
  let j = 0;
  while (i < a.docs.length || j < b.docs.length) {
    const docA = i < a.docs.length ? a.docs[i]! : Infinity;
    const docB = j < b.docs.length ? b.docs[j]! : Infinity;
    const doc = Math.min(docA, docB);
    const result = value(docA === doc ? a.values[i++] : undefined, docB === doc ? b.values[j++] : undefined);
    if (result !== undefined) {
      docs[count] = doc;
      values[count++] = result;
    }
  }
  return count === 0 ? EMPTY : { docs: docs.subarray(0, count), values: values.subarray(0, count) };
}

/** Where `doc` is in `list`, or -1. */
export function findDoc(list: DocList, doc: number): number {
  let low = 0;
  let high = list.docs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = list.docs[middle]!;
    if (at === doc) return middle;
    if (at < doc) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
