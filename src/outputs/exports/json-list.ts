// A versioned list document (`{ "version": 1, …, "count": n, "cases": [ … ] }`) written a piece at a time: the
// casebook-wide exports are hundreds of megabytes at 50,000 cases, past what one string can hold.

/**
 * The text of `JSON.stringify({ ...head, count, [listName]: items }, null, 2)`,
 * byte for byte, as pieces of one item each: joined, they are the document;
 * written one after another, no piece holds more than one item. `items` may
 * make each item as it is asked for; `count` is how many it gives.
 */
export function* jsonListPieces(head: Record<string, unknown>, listName: string, items: Iterable<unknown>, count: number): Generator<string> {
  const empty = JSON.stringify({ ...head, count, [listName]: [] }, null, 2);
  if (count === 0) {
    yield empty;
    return;
  }
  // The empty document ends `"name": []\n}`: the list opens where its `]` was.
  yield `${empty.slice(0, -'[]\n}'.length)}[\n`;
  let first = true;
  for (const item of items) {
    // A JSON text has no raw line breaks inside its strings, so each of its lines takes the list's indent.
    yield `${first ? '' : ',\n'}    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`;
    first = false;
  }
  yield '\n  ]\n}';
}
