import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { digestOf } from '../domain/digest.ts';

/**
 * Results of per-file work (a case read, parsed, rendered and checked)
 * kept between runs, keyed by a digest of everything they depend on: the
 * file's text, the source records, and the code that computes them. `npm run
 * build`, `npm run check` and the dev server share it, so a rebuild re-reads
 * only the files that changed. One file per result in a folder, so an edit
 * rewrites one small file; `node:v8` serialisation keeps dates and nested
 * objects as they were.
 */
export class ModelCache {
  private readonly dir: string | undefined;
  private readonly stored: Set<string>;
  private readonly used = new Map<string, unknown>();
  private readonly added = new Set<string>();
  /** How many results came from the cache and how many were computed in this run. */
  readonly stats = { hits: 0, misses: 0 };

  private constructor(dir: string | undefined, stored: Set<string>) {
    this.dir = dir;
    this.stored = stored;
  }

  /** A cache kept in the folder `dir` (created if need be); without one, a cache that remembers nothing. */
  static async open(dir?: string): Promise<ModelCache> {
    if (!dir) return new ModelCache(undefined, new Set());
    mkdirSync(dir, { recursive: true });
    return new ModelCache(dir, new Set(readdirSync(dir).filter((name) => name.endsWith('.v8')).map((name) => name.slice(0, -3))));
  }

  /** The result stored under `key` (any JSON-able value), or `compute()`'s, which is then stored. */
  memo<T>(key: unknown, compute: () => T): T {
    const digest = digestOf(key);
    if (this.used.has(digest)) return this.used.get(digest) as T;
    if (this.dir && this.stored.has(digest)) {
      try {
        const value = deserialize(readFileSync(path.join(this.dir, `${digest}.v8`))) as T;
        this.stats.hits++;
        this.used.set(digest, value);
        return value;
      } catch {
        // Unreadable (another run was writing it): compute it again.
      }
    }
    this.stats.misses++;
    const value = compute();
    this.used.set(digest, value);
    this.added.add(digest);
    return value;
  }

  /** Writes this run's new results, each atomically, and removes those this run did not use. */
  async save(): Promise<void> {
    const dir = this.dir;
    if (!dir) return;
    await Promise.all(
      [...this.added].map(async (digest) => {
        const temporary = path.join(dir, `${digest}.${process.pid}.tmp`);
        await writeFile(temporary, serialize(this.used.get(digest)));
        await rename(temporary, path.join(dir, `${digest}.v8`));
      }),
    );
    await Promise.all([...this.stored].filter((digest) => !this.used.has(digest)).map((digest) => unlink(path.join(dir, `${digest}.v8`)).catch(() => {})));
  }
}
