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
 * Returns how many files had to be written.
 */
export async function publishFiles(files: ReadonlyMap<string, string>, outDir: string, storeDir: string): Promise<number> {
  const store = ArtefactStore.open(storeDir);
  const named = [...files].map(([file, content]) => ({ file, content, name: `${createHash('sha1').update(content).digest('hex')}${path.extname(file)}` }));
  // Files with the same content (two empty shards) share one stored file. A stored file is served only when it
  // passes its check (a damaged one is written again).
  const whole = new Map(named.map(({ name }) => [name, store.hasWhole(name)]));
  const fresh = [...new Map(named.filter((item) => !whole.get(item.name)).map((item) => [item.name, item])).values()];
  await mapLimited(fresh, ({ content, name }) => store.write(name, content));
  await makeFolders(named.map(({ file }) => path.join(outDir, file)));
  await mapLimited(named, ({ file, name }) => store.place(name, path.join(outDir, file)));
  await store.prune();
  return fresh.length;
}
