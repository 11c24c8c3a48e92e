import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { MISSING, problemWith, problemWithFile } from './checks.ts';
import { linkOrCopySync, temporaryName, writeFileAtomic, writeFileAtomicSync } from './files.ts';
import { mapLimited } from './limited.ts';

export { MISSING } from './checks.ts';

/** A file refused by the store's check for its kind: it was neither stored nor published. */
export class DamagedArtefactError extends Error {}

// A temporary file this old was left by a run that was killed: no live run writes one for so long.
const TEMPORARY_MAX_AGE_MS = 3600 * 1000;
// Separates an entry's scope (the report it belongs to) from its key; the last one counts (keys are hex).
const SCOPE_SEPARATOR = '--';

/** Which entries a prune may remove. */
export interface PruneOptions {
  /**
   * Only entries of these scopes (see `ArtefactStore.name`), and no entry
   * without one: a run that worked on some scopes (printed one report) keeps
   * every other scope's entries. Default: every entry.
   */
  scopes?: readonly string[];
  /** Instead of "not used by this run": not used (read, stored or touched) for this long. */
  unusedForMs?: number;
}

/**
 * One content-addressed cache: a folder of files named by a digest of what
 * they were made from, kept between builds. Every cache of Casebook is one
 * of these (model shards, search shares and files, cards, charts, report
 * parts and PDFs, compressed files), so each gets the same guarantees:
 *
 * - the folder is `<folder>/<code digest>/` when opened with the digest of
 *   the code that makes its entries (see `codeDigest`): entries made by other
 *   code are never found, and their folders are deleted;
 * - a file enters it whole (written aside and renamed) and only after the
 *   check for its kind (`problemWith`: a PDF's header and trailer, a PNG's
 *   signature and end, non-empty SVG, parseable JSON…);
 * - an entry is checked again (cheaply, by its ends) before it is served, and
 *   a damaged one is dropped and reported in `damaged`;
 * - entries are put into the site as hard links (copies across disks);
 * - `prune()` removes what this run did not use, within the scopes it worked on.
 */
export class ArtefactStore {
  /** The folder holding the entries. */
  readonly folder: string;
  /** Entries found damaged, dropped: `x.pdf: is cut short (no %%EOF at its end)`. */
  readonly damaged: string[] = [];
  private readonly entries: Set<string>;
  private readonly used = new Set<string>();

  private constructor(folder: string, entries: Iterable<string>) {
    this.folder = folder;
    this.entries = new Set([...entries].filter((name) => !name.endsWith('.tmp')));
  }

  /**
   * Opens (creating it) the store at `folder`, or with `code`, at
   * `folder/<code>` after deleting the folders of other code digests beside
   * it. Synchronous, for callers that cannot wait (the model cache).
   */
  static open(folder: string, { code }: { code?: string } = {}): ArtefactStore {
    const dir = code ? path.join(folder, code) : folder;
    mkdirSync(dir, { recursive: true });
    if (code) {
      for (const name of readdirSync(folder)) if (name !== code) rmSync(path.join(folder, name), { recursive: true, force: true });
    }
    return new ArtefactStore(dir, readdirSync(dir));
  }

  /** An entry's name: `<key><extension>`, or `<scope>--<key><extension>` for an entry pruned with its scope. */
  static name(key: string, extension: string, scope?: string): string {
    return `${scope === undefined ? '' : `${scope}${SCOPE_SEPARATOR}`}${key}${extension}`;
  }

  /** The path of an entry (which may not exist). */
  path(name: string): string {
    return path.join(this.folder, name);
  }

  /** Whether an earlier run (or this one) stored `name`, as far as this run knows; counts it as used. */
  has(name: string): boolean {
    if (!this.entries.has(name)) return false;
    this.used.add(name);
    return true;
  }

  /** Counts `name` as used by this run, so `prune()` keeps it. */
  use(name: string): void {
    this.used.add(name);
  }

  /** Drops a damaged entry, noting why. */
  private async drop(name: string, problem: string): Promise<void> {
    this.damaged.push(`${name}: ${problem}`);
    this.entries.delete(name);
    await rm(this.path(name), { force: true });
  }

  /** `drop` without waiting, for the synchronous readers. */
  private dropSync(name: string, problem: string): void {
    this.damaged.push(`${name}: ${problem}`);
    this.entries.delete(name);
    rmSync(this.path(name), { force: true });
  }

  /** An entry's content, checked; undefined (and the entry dropped) when it is missing or damaged. */
  async read(name: string): Promise<Buffer | undefined> {
    const bytes = await readFile(this.path(name)).catch(() => undefined);
    const problem = bytes && problemWith(name, bytes);
    if (problem) await this.drop(name, problem);
    return this.accept(name, problem ? undefined : bytes);
  }

  /** `read` without waiting, for callers that cannot (the model cache reads shards on first use). */
  readSync(name: string): Buffer | undefined {
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(this.path(name));
    } catch {
      bytes = undefined;
    }
    const problem = bytes && problemWith(name, bytes);
    if (problem) this.dropSync(name, problem);
    return this.accept(name, problem ? undefined : bytes);
  }

  /** Notes what a read found: an entry used, or none. */
  private accept(name: string, bytes: Buffer | undefined): Buffer | undefined {
    if (bytes === undefined) this.entries.delete(name);
    else this.used.add(name);
    return bytes;
  }

  /** Marks an entry as used now (its modification time), for stores pruned by age. */
  async touch(name: string): Promise<void> {
    this.used.add(name);
    const now = new Date();
    await utimes(this.path(name), now, now).catch(() => {});
  }

  /**
   * Stores `data` as `name`, whole or not at all. Throws
   * `DamagedArtefactError` (storing nothing) when it fails the check for its
   * kind: a damaged file never enters the store.
   */
  async write(name: string, data: string | Uint8Array): Promise<void> {
    const bytes = this.checked(name, data);
    await writeFileAtomic(this.path(name), bytes);
    this.added(name);
  }

  /** `write` without waiting, for worker threads writing many small entries (see `writeFileAtomicSync`). */
  writeSync(name: string, data: string | Uint8Array): void {
    const bytes = this.checked(name, data);
    writeFileAtomicSync(this.path(name), bytes);
    this.added(name);
  }

  /** `data` as bytes, when it passes the check for its kind; throws `DamagedArtefactError` otherwise. */
  private checked(name: string, data: string | Uint8Array): Uint8Array {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    const problem = problemWith(name, bytes);
    if (problem) throw new DamagedArtefactError(`${name}: the new file ${problem}; it was not stored`);
    return bytes;
  }

  /** Notes an entry just stored. */
  private added(name: string): void {
    this.entries.add(name);
    this.used.add(name);
  }

  /**
   * Moves a file written elsewhere (a printed PDF) into the store as `name`,
   * after the check for its kind; throws `DamagedArtefactError`, leaving the
   * file where it is, when it fails. Must be on the store's disk.
   */
  async adopt(name: string, file: string): Promise<void> {
    const problem = problemWithFile(name, file);
    if (problem) throw new DamagedArtefactError(`${name}: the new file ${problem}; it was not stored`);
    await rename(file, this.path(name));
    this.entries.add(name);
    this.used.add(name);
  }

  /**
   * Stores the file at `file` (a page Astro wrote into the site) as `name`,
   * leaving it where it is: a hard link (a copy across disks), put in place
   * under a temporary name, so the entry is whole or absent. Returns the
   * problem, storing nothing, when the file fails the check of its ends.
   */
  keep(name: string, file: string): string | undefined {
    const problem = problemWithFile(name, file);
    if (problem) return problem;
    const temporary = temporaryName(this.path(name));
    linkOrCopySync(file, temporary);
    renameSync(temporary, this.path(name));
    this.entries.add(name);
    this.used.add(name);
    return undefined;
  }

  /**
   * What is wrong with entry `name`, by a cheap check of its ends (run on
   * every entry a build serves): undefined when it is whole (it then counts
   * as used), `MISSING` when there is none, else the problem, and the
   * damaged entry is dropped and noted in `damaged`.
   */
  verify(name: string): string | undefined {
    const problem = problemWithFile(name, this.path(name));
    if (problem === MISSING) {
      this.entries.delete(name);
      return problem;
    }
    if (problem) {
      this.dropSync(name, problem);
      return problem;
    }
    this.entries.add(name);
    this.used.add(name);
    return undefined;
  }

  /**
   * Whether entry `name` is stored and whole, so it can be served as it is
   * (`has`, then `verify`'s cheap check of its ends; a damaged one is dropped).
   */
  hasWhole(name: string): boolean {
    return this.has(name) && this.verify(name) === undefined;
  }

  /**
   * Puts entry `name` at `target` in the site: a hard link, or a copy where
   * links cannot go (another disk). With `atomic`, through a temporary name
   * renamed over the target, so the site has the old file or the new one at
   * every instant (a PDF a reader may be downloading). Fails when the entry
   * is gone (another build sharing the store pruned it).
   */
  async place(name: string, target: string, { atomic = false } = {}): Promise<void> {
    this.used.add(name);
    await placeFile(this.path(name), target, { atomic });
  }

  /** `place` without waiting (see `linkOrCopySync`), for many small files in a row. */
  placeSync(name: string, target: string): void {
    this.used.add(name);
    linkOrCopySync(this.path(name), target);
  }

  /**
   * Removes the entries this run did not use (see PruneOptions for the
   * scoped and the age-bound variants), and temporary files of killed runs.
   */
  async prune({ scopes, unusedForMs }: PruneOptions = {}): Promise<void> {
    const now = Date.now();
    const age = async (name: string) => now - ((await stat(this.path(name)).catch(() => undefined))?.mtimeMs ?? now);
    const names = await readdir(this.folder).catch(() => [] as string[]);
    await mapLimited(
      names,
      async (name) => {
        if (name.endsWith('.tmp')) {
          if ((await age(name)) > TEMPORARY_MAX_AGE_MS) await rm(this.path(name), { force: true });
          return;
        }
        if (this.used.has(name)) return;
        if (scopes) {
          const separator = name.lastIndexOf(SCOPE_SEPARATOR);
          if (separator < 0 || !scopes.includes(name.slice(0, separator))) return;
        }
        if (unusedForMs !== undefined && (await age(name)) <= unusedForMs) return;
        this.entries.delete(name);
        await rm(this.path(name), { force: true });
      },
    );
  }
}

/** Puts `source` at `target`: a hard link or a copy, in place or (`atomic`) through a temporary name renamed over it. */
export async function placeFile(source: string, target: string, { atomic = false } = {}): Promise<void> {
  if (!atomic) {
    await link(source, target).catch(async () => {
      // A file left there by an earlier build into the same folder, or a store on another disk.
      await rm(target, { force: true });
      await link(source, target).catch(() => copyFile(source, target));
    });
    return;
  }
  const temporary = temporaryName(target);
  try {
    await link(source, temporary).catch(() => copyFile(source, temporary));
    await rename(temporary, target);
  } finally {
    await rm(temporary, { force: true });
  }
}

/** Creates the folders the targets are in, each once. */
export async function makeFolders(targets: Iterable<string>): Promise<void> {
  await mapLimited(new Set([...targets].map((target) => path.dirname(target))), (dir) => mkdir(dir, { recursive: true }));
}

/**
 * `makeFolders` without waiting, for a folder per target (a page each): at
 * 10,000 pages, mkdir queued on the thread pool took 0.4 s of a rebuild
 * in which the thread waited, where the calls themselves take a tenth of it.
 */
export function makeFoldersSync(targets: Iterable<string>): void {
  for (const dir of new Set([...targets].map((target) => path.dirname(target)))) mkdirSync(dir, { recursive: true });
}
