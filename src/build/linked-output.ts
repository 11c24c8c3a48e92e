import { createHash, randomUUID } from 'node:crypto';
import { copyFile, link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
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
    fresh.map(async ({ content, name }) => {
      const temporary = path.join(storeDir, `${name}.${process.pid}.${randomUUID()}.tmp`);
      await writeFile(temporary, content);
      await rename(temporary, path.join(storeDir, name));
    }),
  );
  await Promise.all([...new Set(named.map(({ file }) => path.dirname(path.join(outDir, file))))].map((dir) => mkdir(dir, { recursive: true })));
  await Promise.all(
    named.map(async ({ file, name }) => {
      const target = path.join(outDir, file);
      await rm(target, { force: true });
      await link(path.join(storeDir, name), target).catch(() => copyFile(path.join(storeDir, name), target));
    }),
  );
  // Keep only what this build published, so the store does not grow without end.
  const kept = new Set(named.map(({ name }) => name));
  await Promise.all([...stored].filter((name) => !kept.has(name) && !name.endsWith('.tmp')).map((name) => rm(path.join(storeDir, name), { force: true })));
  return fresh.length;
}
