import { deserialize, serialize } from 'node:v8';
import { digestOf } from '../domain/digest.ts';
import { ArtefactStore } from '../store/artefact-store.ts';

// Results are kept in this many files, by the first hex digits of their key: a cold run writes a few
// dozen files, not thousands (creating files is slow on some disks), and an edit rewrites one small file.
const SHARDS = 64;
// The file index: each case file's fingerprint and digest, so an unchanged file is neither read nor hashed.
const FILE_INDEX = 'files.v8';
const shardOf = (digest: string) => Number.parseInt(digest.slice(0, 4), 16) % SHARDS;

/**
 * Results of per-file work (a case read, parsed, rendered and checked)
 * kept between runs, keyed by a digest of everything they depend on: the
 * file's text, the source records, and the code that computes them. `npm run
 * build`, `npm run check` and the dev server share it, so a rebuild re-reads
 * only the files that changed. `node:v8` serialisation keeps dates and
 * nested objects as they were. The shards are entries of an `ArtefactStore`
 * (written whole, checked, a damaged one read as empty).
 */
export class ModelCache {
  private readonly store: ArtefactStore | undefined;
  private readonly shards = new Map<number, Map<string, unknown>>();
  private readonly used = new Map<string, unknown>();
  private readonly changed = new Set<number>();
  /** How many results came from the cache and how many were computed in this run. */
  readonly stats = { hits: 0, misses: 0 };
  /** How many files were known unchanged by their fingerprint (neither read nor hashed) in this run. */
  readonly files = { unchanged: 0 };
  // Each file's fingerprint (see `knownDigest`) and the digest of its text then: an earlier run's, and this run's.
  private fileIndex: Map<string, [string, string]> | undefined;
  private readonly filesSeen = new Map<string, [string, string]>();

  private constructor(store: ArtefactStore | undefined) {
    this.store = store;
  }

  /** A cache kept in the folder `dir` (created if need be); without one (or when it cannot be made), a cache that remembers nothing. */
  static async open(dir?: string): Promise<ModelCache> {
    let store: ArtefactStore | undefined;
    try {
      store = dir ? ArtefactStore.open(dir) : undefined;
    } catch {
      store = undefined;
    }
    return new ModelCache(store);
  }

  /** What an earlier run stored in one shard (read on first use). */
  private shard(index: number): Map<string, unknown> {
    let shard = this.shards.get(index);
    if (!shard) {
      try {
        const bytes = this.store?.readSync(`${index}.v8`);
        shard = bytes ? (deserialize(bytes) as Map<string, unknown>) : new Map();
      } catch {
        shard = new Map();
      }
      this.shards.set(index, shard);
    }
    return shard;
  }

  /** The result stored under `key` (any JSON-able value), or `compute()`'s, which is then stored. */
  memo<T>(key: unknown, compute: () => T): T {
    return this.memoDigest(digestOf(key), compute);
  }

  /** `memo` for a key already digested (`digestOf(key)`), when the caller keeps the digest too. */
  memoDigest<T>(digest: string, compute: () => T): T {
    if (this.used.has(digest)) return this.used.get(digest) as T;
    const shard = this.shard(shardOf(digest));
    if (shard.has(digest)) {
      this.stats.hits++;
      const value = shard.get(digest) as T;
      this.used.set(digest, value);
      return value;
    }
    this.stats.misses++;
    const value = compute();
    this.used.set(digest, value);
    this.changed.add(shardOf(digest));
    return value;
  }

  /**
   * The digest a file's text had when it was last read, if its fingerprint
   * (its size, times and inode, and everything else its result depends on,
   * see src/model/load.ts) is the same now: the file need not be read or
   * hashed again. Undefined when it changed, or was never recorded.
   */
  knownDigest(file: string, fingerprint: string): string | undefined {
    if (!this.fileIndex) {
      try {
        const bytes = this.store?.readSync(FILE_INDEX);
        this.fileIndex = bytes ? (deserialize(bytes) as Map<string, [string, string]>) : new Map();
      } catch {
        this.fileIndex = new Map();
      }
    }
    const known = this.fileIndex.get(file);
    if (!known || known[0] !== fingerprint) return undefined;
    this.files.unchanged++;
    return known[1];
  }

  /** Records that `file`, with this fingerprint, read as text whose digest is `digest` (see `knownDigest`). */
  rememberFile(file: string, fingerprint: string, digest: string): void {
    this.filesSeen.set(file, [fingerprint, digest]);
  }

  /** The result stored under `digest` by this run or an earlier one, without computing it; counted as used. */
  peek<T>(digest: string): T | undefined {
    if (this.used.has(digest)) return this.used.get(digest) as T;
    const shard = this.shard(shardOf(digest));
    if (!shard.has(digest)) return undefined;
    this.stats.hits++;
    const value = shard.get(digest) as T;
    this.used.set(digest, value);
    return value;
  }

  /** Whether the file index gained, changed or lost an entry in this run. */
  private filesChanged(): boolean {
    const before = this.fileIndex ?? new Map<string, [string, string]>();
    if (before.size !== this.filesSeen.size) return true;
    for (const [file, [fingerprint, digest]] of this.filesSeen) {
      const known = before.get(file);
      if (!known || known[0] !== fingerprint || known[1] !== digest) return true;
    }
    return false;
  }

  /**
   * Rewrites each shard that gained a result, keeping only what this run
   * used, atomically. Two runs may save at once (the dev server re-checks
   * on every save, and saves can come faster than checks), so each writes
   * its own temporary file; the last rename wins, and either result is a
   * whole shard. A shard that cannot be written is skipped: the cache only
   * saves time, so failing to keep it must never fail a check.
   */
  async save(): Promise<void> {
    const store = this.store;
    if (!store) return;
    const kept = new Map<number, Map<string, unknown>>([...this.changed].map((index) => [index, new Map()]));
    for (const [digest, value] of this.used) kept.get(shardOf(digest))?.set(digest, value);
    // One shard serialised at a time: all at once held a second, serialised copy of the whole model (1.6 GB at
    // 50,000 cases) beside the model itself.
    for (const [index, shard] of kept) await store.write(`${index}.v8`, serialize(shard)).catch(() => {});
    // Only the files this run looked at are kept: a deleted case leaves no entry behind.
    if (this.filesChanged()) await store.write(FILE_INDEX, serialize(this.filesSeen)).catch(() => {});
  }
}
