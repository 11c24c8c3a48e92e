// The output folder and its neighbours: `<dist>.next` (the build being made), `<dist>.previous` (the last site,
// for the instant of the swap) and `<dist>.old-<id>` (the last site, being deleted after the swap). Called only
// while holding the folder's lock (src/publish/lock.ts).
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { shownPath } from './lock.ts';
import { checkSite, describeProblems, readSiteManifest, type SiteManifest } from './site-manifest.ts';

/** The folders beside an output folder. */
export function neighbours(outDir: string): { next: string; previous: string } {
  return { next: `${outDir}.next`, previous: `${outDir}.previous` };
}

/**
 * Puts the output folder back in order after a run that was killed: a swap
 * stopped between its two renames leaves no `dist/` but the last site in
 * `dist.previous/`, which is moved back; a leftover `dist.previous/` or
 * `dist.next/` is deleted. Returns what it did, for the log.
 */
export function settleOutput(outDir: string): string | undefined {
  const { next, previous } = neighbours(outDir);
  let restored: string | undefined;
  if (!existsSync(outDir) && existsSync(previous)) {
    renameSync(previous, outDir);
    restored = `${shownPath(outDir)} was missing after an interrupted swap: restored the last site from ${shownPath(previous)}.`;
  }
  rmSync(previous, { recursive: true, force: true });
  rmSync(next, { recursive: true, force: true });
  // A deletion still running from the last build is left to finish; one older than that was killed.
  for (const { folder, since } of leftOldSites(outDir)) if (Date.now() - since > OLD_SITE_GRACE_MS) rmSync(folder, { recursive: true, force: true });
  return restored;
}

/**
 * Swaps the new site in: `dist` becomes `dist.previous`, `dist.next` becomes
 * `dist`, and the previous one is renamed out of the way (`dist.old-<id>`)
 * and deleted by a process of its own, which goes on after the build has
 * returned: deleting the 73,000 files of a 10,000-case site took 1.2 s,
 * a tenth of an unchanged rebuild, for nothing the user waits on. The
 * renames are synchronous, so no signal handler runs between them; a
 * process killed between them leaves the last site in `dist.previous`,
 * which `settleOutput` puts back; what a killed deletion leaves, the next
 * build's `settleOutput` deletes.
 */
export async function swapIn(outDir: string): Promise<void> {
  const { next, previous } = neighbours(outDir);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(next, outDir);
  if (!existsSync(previous)) return;
  const old = `${outDir}${OLD_MARK}${Date.now()}-${randomBytes(4).toString('hex')}`;
  renameSync(previous, old);
  removeDetached(old);
}

// What a replaced site is renamed to before it is deleted: `dist.old-<time of the swap>-<random>`.
const OLD_MARK = '.old-';
// A replaced site older than this was left by a deletion that was killed: none takes so long.
const OLD_SITE_GRACE_MS = 10 * 60 * 1000;

/** Deletes `folder` in a process that outlives this one; deleted here instead when no such process can start. */
function removeDetached(folder: string): void {
  try {
    const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder], { detached: true, stdio: 'ignore' });
    child.on('error', () => rmSync(folder, { recursive: true, force: true }));
    child.unref();
  } catch {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Replaced sites beside `dist` still there (`dist.old-…`), with when each was swapped out. */
function leftOldSites(outDir: string): { folder: string; since: number }[] {
  const parent = path.dirname(path.resolve(outDir));
  const prefix = `${path.basename(path.resolve(outDir))}${OLD_MARK}`;
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .filter((name) => name.startsWith(prefix))
    .map((name) => ({ folder: path.join(parent, name), since: Number(name.slice(prefix.length).split('-')[0]) || 0 }));
}

/** The folder `npm run build` keeps its own files in, outside every site: its scratch folders and the published manifests. */
export const buildsFolder = (root: string) => path.join(root, 'node_modules/.cache/casebook-builds');

/** Where the manifest of the site last published to `outDir` is kept (outside the site), so a later failure can say whether that site is still whole. */
export function publishedRecord(root: string, outDir: string): string {
  return path.join(buildsFolder(root), 'published', `${createHash('sha1').update(path.resolve(outDir)).digest('hex').slice(0, 16)}.json`);
}

/** Remembers the manifest of the site just published to `outDir`, and forgets those of folders that are gone (a test's). */
export function recordPublished(root: string, outDir: string, manifest: SiteManifest): void {
  const file = publishedRecord(root, outDir);
  mkdirSync(path.dirname(file), { recursive: true });
  for (const name of readdirSync(path.dirname(file))) {
    const record = path.join(path.dirname(file), name);
    const folder = readSiteManifest(record)?.outDir;
    if (folder && !existsSync(folder)) rmSync(record, { force: true });
  }
  writeFileSync(file, JSON.stringify({ ...manifest, outDir: path.resolve(outDir) }));
}

/**
 * What the output folder holds after a run that published nothing, as the
 * end of a sentence: `dist still holds the last good site` only when that
 * is true: the folder passes the check against the manifest it was
 * published with (or, for a site published before manifests were kept, the
 * core files).
 */
export function whatIsLeft(root: string, outDir: string): string {
  const shown = shownPath(outDir);
  if (!existsSync(outDir)) return `nothing was published, and there is no site in ${shown} yet`;
  const { problems } = checkSite(outDir, readSiteManifest(publishedRecord(root, outDir)));
  if (problems.length === 0) return `${shown} still holds the last good site`;
  return `${shown} was left as it was, but it is not a complete site either (${describeProblems(problems, 3)})`;
}
