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

/**
 * Adds `value` to the list `groups` keeps under `key`, in place.
 * `groups.set(key, [...(groups.get(key) ?? []), value])` copies the list on
 * every add, which is quadratic in a group's size: a tag on all 50,000 cases
 * of a casebook was 1.25 billion copies, most of a rebuild's checks.
 */
export function addTo<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}
