// The record of a build: the integration lists every file the build wrote, and `npm run build`
// (src/publish/) checks the new folder against it before swapping it in.
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * The environment variable through which `npm run build` asks the build's
 * `astro build` child to write its manifest (a file outside the site). Not a
 * setting: a plain `astro build` writes none.
 */
export const MANIFEST_ENV = 'CASEBOOK_BUILD_MANIFEST';

/** The files a build wrote, relative to the site folder (`/`-separated), and what it was asked to write. */
export interface SiteManifest {
  /** Every file the build reports: Astro's pages and endpoints, the search index meta, cards, PDFs, `_headers`. */
  files: string[];
  /** The path the site is served under (`/`, `/casebook/`): links in pages start with it. */
  base: string;
  cards: boolean;
  reports: boolean;
  /** The folder it was published to, in the record `npm run build` keeps of the last published site. */
  outDir?: string;
}

/** Writes the manifest where `npm run build` asked for it (see `MANIFEST_ENV`). */
export async function writeSiteManifest(file: string, manifest: SiteManifest): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...manifest, files: [...new Set(manifest.files)].sort() }));
}

/** A manifest file as written by `writeSiteManifest`; undefined if it is missing or not one. */
export function readSiteManifest(file: string): SiteManifest | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as SiteManifest;
    return Array.isArray(parsed.files) && typeof parsed.base === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

