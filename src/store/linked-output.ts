import { createHash } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { linkOrCopy, writeFileAtomic } from './files.ts';
import path from 'node:path';

/**
 * Writes generated files into the built site through a content-addressed
 * store: a file whose content an earlier build already wrote is hard-linked
 * from the store instead of written again (creating a thousand small files
 * costs more than linking them). Falls back to copying where links cannot
 * go (another disk). Returns how many files had to be written.
 */
export async function publishFiles(files: ReadonlyMap<string, string>, outDir: string, storeDir: string): Promise<number> {
  await mkdir(storeDir, { recursive: true });
  const stored = new Set(await readdir(storeDir));
  const named = [...files].map(([file, content]) => ({ file, content, name: `${createHash('sha1').update(content).digest('hex')}${path.extname(file)}` }));
  // Files with the same content (two empty shards) share one stored file.
  const fresh = [...new Map(named.filter((item) => !stored.has(item.name)).map((item) => [item.name, item])).values()];
  await Promise.all(
    fresh.map(({ content, name }) => writeFileAtomic(path.join(storeDir, name), content)),
  );
  await Promise.all([...new Set(named.map(({ file }) => path.dirname(path.join(outDir, file))))].map((dir) => mkdir(dir, { recursive: true })));
  await Promise.all(
    named.map(({ file, name }) => linkOrCopy(path.join(storeDir, name), path.join(outDir, file))),
  );
  // Keep only what this build published, so the store does not grow without end.
  const kept = new Set(named.map(({ name }) => name));
  await Promise.all([...stored].filter((name) => !kept.has(name) && !name.endsWith('.tmp')).map((name) => rm(path.join(storeDir, name), { force: true })));
  return fresh.length;
}
