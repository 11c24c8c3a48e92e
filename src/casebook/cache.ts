import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { digestOf } from '../domain/digest.ts';

/**
 * Results of per-file work (a case read, parsed, rendered and checked)
 * kept between runs, keyed by a digest of everything they depend on: the
 * file's text, the source records, and the code that computes them. `npm run
 * build`, `npm run check` and the dev server share it, so a rebuild re-reads
 * only the files that changed. Stored with `node:v8` serialisation, which
 * keeps dates and nested objects as they were.
 */
export class ModelCache {
  private readonly file: string | undefined;
  private readonly previous: Map<string, unknown>;
  private readonly next = new Map<string, unknown>();
  /** How many results came from the cache and how many were computed in this run. */
  readonly stats = { hits: 0, misses: 0 };

  private constructor(file: string | undefined, previous: Map<string, unknown>) {
    this.file = file;
    this.previous = previous;
  }

  /** A cache kept in `file` (read now, written by `save`); without a file, one that remembers nothing. */
  static async open(file?: string): Promise<ModelCache> {
    if (!file) return new ModelCache(undefined, new Map());
    try {
      return new ModelCache(file, deserialize(await readFile(file)) as Map<string, unknown>);
    } catch {
      return new ModelCache(file, new Map());
    }
  }

  /** The result stored under `key` (any JSON-able value), or `compute()`'s, which is then stored. */
  memo<T>(key: unknown, compute: () => T): T {
    const digest = digestOf(key);
    if (this.next.has(digest)) return this.next.get(digest) as T;
    if (this.previous.has(digest)) {
      this.stats.hits++;
      const value = this.previous.get(digest) as T;
      this.next.set(digest, value);
      return value;
    }
    this.stats.misses++;
    const value = compute();
    this.next.set(digest, value);
    return value;
  }

  /** Writes this run's results (only those used, so stale ones drop out), atomically. */
  async save(): Promise<void> {
    if (!this.file || this.stats.misses === 0) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, serialize(this.next));
    await rename(temporary, this.file);
  }
}
