/**
 * Appends every item of `items` to `target`, in order. `target.push(...items)`
 * passes each item as an argument, and a few hundred thousand of them (the
 * files of a 50,000-case build, every diagnostic of a broken casebook)
 * overflow the call stack ("Maximum call stack size exceeded").
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
