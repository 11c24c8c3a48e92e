import { randomUUID } from 'node:crypto';
import { copyFileSync, linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile, link, rename, rm, writeFile } from 'node:fs/promises';

/**
 * A temporary name beside `file`, its own to this write: two builds sharing a
 * cache may write the same entry at once, and a shared `.tmp` name let one
 * rename the other's half-written file.
 */
export function temporaryName(file: string): string {
  return `${file}.${process.pid}.${randomUUID()}.tmp`;
}

/**
 * Writes `file` whole or not at all: aside under a temporary name, then
 * renamed, so a build stopped mid-write never leaves a truncated entry in a
 * cache. The temporary file is removed if the write fails.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporaryName(file);
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * `writeFileAtomic` without waiting: for a thread of its own writing many
 * small files (a worker making data files beside the rendering), where each
 * call queued on the thread pool costs more than the write, and the thread
 * sat waiting for the pool's threads on a busy machine.
 */
export function writeFileAtomicSync(file: string, data: string | Uint8Array): void {
  const temporary = temporaryName(file);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Puts a stored file at `target` in the site: a hard link (no copy), or a copy where links cannot go (another disk). */
export async function linkOrCopy(from: string, target: string): Promise<void> {
  await rm(target, { force: true });
  await link(from, target).catch(() => copyFile(from, target));
}

/**
 * `linkOrCopy` without waiting, for many small files in a row (a thread of
 * their own linking a site's worth): each queued on the thread pool costs
 * several times the link itself. A file already at `target` (an earlier
 * build into the same folder) is replaced.
 */
export function linkOrCopySync(from: string, target: string): void {
  try {
    linkSync(from, target);
  } catch {
    rmSync(target, { force: true });
    try {
      linkSync(from, target);
    } catch {
      copyFileSync(from, target);
    }
  }
}
