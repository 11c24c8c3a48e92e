import { createHash } from 'node:crypto';
import path from 'node:path';
import { ArtefactStore, makeFolders } from './artefact-store.ts';
import { mapLimited } from './limited.ts';

/**
 * Writes generated files into the built site through a content-addressed
 * store: a file whose content an earlier build already wrote is hard-linked
 * from the store instead of written again (creating a thousand small files
 * costs more than linking them). Falls back to copying where links cannot
 * go (another disk). Keeps in the store only what this build published.
 * With a `key` (a digest of everything the files were made from), the list of
 * files is kept under it too, so a later build with the same key can place
 * them without making them (see {@link placeStoredSet}). Returns how many
 * files had to be written.
 */
export async function publishFiles(files: ReadonlyMap<string, string>, outDir: string, storeDir: string, key?: string): Promise<number> {
  const store = ArtefactStore.open(storeDir);
  const { named, written } = await storeAll(store, files, key);
  await placeAll(store, named, outDir);
  return written;
}

/**
 * Stores `files` as {@link publishFiles} does, under `key`, without placing
 * them in a site: for a worker thread that makes a build's files before the
 * site's folder is there, so the build places them with
 * {@link placeStoredSet}. Returns how many files had to be written.
 */
export async function storeFiles(files: ReadonlyMap<string, string>, storeDir: string, key: string): Promise<number> {
  return (await storeAll(ArtefactStore.open(storeDir), files, key)).written;
}

/** Whether an earlier build stored a set of files under `key` (its files are checked when it is placed). */
export function hasStoredSet(key: string, storeDir: string): boolean {
  try {
    return ArtefactStore.open(storeDir).has(setName(key));
  } catch {
    return false;
  }
}

async function storeAll(store: ArtefactStore, files: ReadonlyMap<string, string>, key: string | undefined): Promise<{ named: { file: string; name: string }[]; written: number }> {
  const named = [...files].map(([file, content]) => ({ file, content, name: `${createHash('sha1').update(content).digest('hex')}${path.extname(file)}` }));
  // Files with the same content (two empty shards) share one stored file. A stored file is served only when it
  // passes its check (a damaged one is written again).
  const whole = new Map(named.map(({ name }) => [name, store.hasWhole(name)]));
  const fresh = [...new Map(named.filter((item) => !whole.get(item.name)).map((item) => [item.name, item])).values()];
  await mapLimited(fresh, ({ content, name }) => store.write(name, content));
  // Written last: a set is listed only once every file of it is stored.
  if (key) await store.write(setName(key), JSON.stringify(named.map(({ file, name }) => [file, name])));
  return { named, written: fresh.length };
}

/** The store entry listing the files published under `key`: `[site path, entry name]` pairs. */
const setName = (key: string) => `${key}.set.json`;

/**
 * Places the files an earlier {@link publishFiles} published under `key`,
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
  await placeAll(store, named, outDir);
  return named.map(({ file }) => file);
}

/** Links every file into the site, then drops from the store what this build did not use. */
async function placeAll(store: ArtefactStore, named: readonly { file: string; name: string }[], outDir: string): Promise<void> {
  await makeFolders(named.map(({ file }) => path.join(outDir, file)));
  await mapLimited(named, ({ file, name }) => store.place(name, path.join(outDir, file)));
  await store.prune();
}
