/**
 * A map that keeps the `limit` entries used last: reading or writing an entry
 * makes it the newest, and adding one past the limit drops the oldest (a Map
 * iterates in the order keys were added in). For a thread's caches of things
 * seen again and again (a card's recurring pieces, bands and parts).
 */
export class RecentlyUsed<K, V> {
  private readonly entries = new Map<K, V>();
  private readonly limit: number;

  /** @param limit the most entries kept */
  constructor(limit: number) {
    this.limit = limit;
  }

  /** The entry for `key`, made the newest; undefined when none is kept. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Keeps `value` for `key` as the newest entry, dropping the oldest past the limit. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }
}
