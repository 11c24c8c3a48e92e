import { createHash } from 'node:crypto';
import path from 'node:path';
import { ArtefactStore, makeFoldersSync } from './artefact-store.ts';

// Generated files (the search index's) reach the built site through a content-addressed store: a file whose
// content an earlier build already wrote is hard-linked from the store instead of written again (creating a
// thousand small files costs more than linking them), or copied where links cannot go (another disk). The list
// of a build's files is kept under a key (a digest of everything they were made from), so a later build with the
// same key places them without making them.

/** Whether an earlier build stored a set of files under `key` (its files are checked when it is placed). */
export function hasStoredSet(key: string, storeDir: string): boolean {
  try {
    return ArtefactStore.open(storeDir).has(setName(key));
  } catch {
    return false;
  }
}

/**
 * Stores the content of each of `files` (`[file, content]`, taken one at a
 * time from the iterable, so a generator of files, the search index's 700 MB
 * of text at 50,000 cases, is never held whole) under a name made of its
 * digest and the file's extension, unless the store has it whole already;
 * returns each file with its entry's name, and how many were written. Files
 * with the same content (two empty shards) share one entry. A stored file
 * is served only when it passes its check (a damaged one is written again).
 * Written without waiting: each write queued on the thread pool is a trip
 * through another thread, and the thread storing the index does nothing
 * else meanwhile (with the text store written the same way, a 10,000-case
 * build's index step after the pages went from 8.8–9.5 s to 7.4–8.4 s).
 */
export function storeEach(files: Iterable<readonly [string, string]>, store: ArtefactStore): { named: NamedFile[]; written: number } {
  const named: NamedFile[] = [];
  const seen = new Set<string>();
  let written = 0;
  for (const [file, content] of files) {
    const name = `${createHash('sha1').update(content).digest('hex')}${path.extname(file)}`;
    named.push({ file, name });
    if (seen.has(name)) continue;
    seen.add(name);
    if (store.hasWhole(name)) continue;
    store.writeSync(name, content);
    written++;
  }
  return { named, written };
}

/** A file of a stored set: its path in the site, and its entry in the store. */
export interface NamedFile {
  file: string;
  name: string;
}

/** Lists `named` under `key` in the store, for {@link placeStoredSet}: only once every file of it is stored. */
export async function keepSet(store: ArtefactStore, key: string, named: readonly NamedFile[]): Promise<void> {
  await store.write(setName(key), JSON.stringify(named.map(({ file, name }) => [file, name])));
}

/** The store entry listing the files published under `key`: `[site path, entry name]` pairs. */
const setName = (key: string) => `${key}.set.json`;

/**
 * Places the files stored and listed under `key` ({@link storeEach}, {@link keepSet}),
 * from the store, without making them again: the site paths placed, or
 * undefined (and nothing placed) when there is no such set or one of its
 * files is missing or damaged.
 */
export async function placeStoredSet(key: string, outDir: string, storeDir: string): Promise<string[] | undefined> {
  const store = ArtefactStore.open(storeDir);
  const listing = await store.read(setName(key));
  if (!listing) return undefined;
  const named = (JSON.parse(listing.toString('utf8')) as [string, string][]).map(([file, name]) => ({ file, name }));
  if (!named.every(({ name }) => store.hasWhole(name))) return undefined;
  await placeSet(store, named, outDir);
  return named.map(({ file }) => file);
}

/**
 * Links each of `named` (stored by {@link storeEach}) into the site at
 * `outDir`, then drops from the store what this build did not use. Linked
 * without waiting, like the writes: a link takes microseconds, a trip through
 * the thread pool several times that.
 */
export async function placeSet(store: ArtefactStore, named: readonly NamedFile[], outDir: string): Promise<void> {
  makeFoldersSync(named.map(({ file }) => path.join(outDir, file)));
  for (const { file, name } of named) store.placeSync(name, path.join(outDir, file));
  await store.prune();
}
