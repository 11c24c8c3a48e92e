// What a complete site is: the build records the files it wrote, and `npm run build` checks the new folder
// against that record before swapping it in, so a site with files missing is never published.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { unescapeHtml } from '../domain/html.ts';
import { escapeForTerminal } from '../domain/text-policy.ts';
import { indexFilePaths, type SearchMeta } from '../domain/search-index.ts';
import type { SiteManifest } from '../integration/manifest.ts';

// The record itself is written by the integration; the publish step reads it through here.
export { MANIFEST_ENV, readSiteManifest, type SiteManifest } from '../integration/manifest.ts';

/**
 * Files every Casebook site has, whatever the build's manifest says: a
 * build that never reached its last step (and so wrote no manifest, or a
 * short one) is caught by these.
 */
export const CORE_FILES = ['index.html', '404.html', '_headers', 'search/meta.json', 'rss.xml', 'sitemap-index.xml', 'api/cases.json', 'api/stats.json', 'api/stats.csv'];


/** A file of the site that is missing or damaged, and the page that links to it when that is how it was found. */
export interface SiteProblem {
  file: string;
  problem: 'missing' | 'not a PDF';
  linkedFrom?: string;
}

/** What checking a site folder found. */
export interface SiteCheck {
  /** Files in the folder. */
  files: number;
  problems: SiteProblem[];
}

/**
 * Checks a built site folder: the core files, every file of `manifest`,
 * every file the search index's `meta.json` and the sitemap index name,
 * and every file with an extension that a few pages of each route link to
 * under the base path (style sheets, scripts, the favicon, data files,
 * and the PDFs and cards when they are on: with them off, pages still
 * link to the files the build does not make). Each PDF of the manifest must start like
 * one. Synchronous, so nothing else of the process runs between the check and the swap.
 */
export function checkSite(dir: string, manifest?: SiteManifest): SiteCheck {
  const required = new Map<string, string | undefined>(CORE_FILES.map((file) => [file, undefined]));
  for (const file of manifest?.files ?? []) required.set(file, undefined);
  for (const file of searchIndexFiles(dir)) if (!required.has(file)) required.set(file, 'search/meta.json');
  for (const file of sitemaps(dir)) if (!required.has(file)) required.set(file, 'sitemap-index.xml');
  if (manifest) {
    for (const page of samplePages(manifest.files)) {
      for (const file of linkedFiles(dir, page, manifest)) if (!required.has(file)) required.set(file, page);
    }
  }
  const problems: SiteProblem[] = [];
  // A set, not the list: with a PDF per case, looking each one up in the list of every file grew with the square of the casebook.
  const listed = new Set(manifest?.files ?? []);
  // One walk of the folder, not a stat per file: 73,000 of them took 0.7 s at 10,000 cases.
  const present = filesUnder(dir);
  for (const [file, linkedFrom] of required) {
    const full = path.join(dir, file);
    if (!present.has(file) && !isFile(full)) problems.push({ file, problem: 'missing', ...(linkedFrom ? { linkedFrom } : {}) });
    else if (file.endsWith('.pdf') && listed.has(file) && !startsWith(full, '%PDF-')) problems.push({ file, problem: 'not a PDF' });
  }
  return { files: present.size, problems };
}

// Pages read for the files they link to, per route. Pages of one route link to the same style sheets and scripts, and
// the files one page has of its own (its card, a report's PDF) are in the manifest already: reading every page of a
// thousand-case site (some 60 MB) cost more than half a second a build and found nothing more.
const PAGES_PER_ROUTE = 3;

/** A few pages of each route (`cases/…/index.html`, `tags/…/index.html`, `index.html`…), in the manifest's order. */
function samplePages(files: readonly string[]): string[] {
  const taken = new Map<string, number>();
  return files.filter((file) => {
    if (!file.endsWith('.html')) return false;
    const parts = file.split('/');
    const route = `${parts.length > 1 ? parts[0] : ''}/${parts.length}`;
    const count = taken.get(route) ?? 0;
    taken.set(route, count + 1);
    return count < PAGES_PER_ROUTE;
  });
}

/** The case pages a manifest lists, by id (`cases/<id>/index.html`). */
export function casePages(manifest: SiteManifest | undefined): Set<string> {
  const ids = new Set<string>();
  for (const file of manifest?.files ?? []) {
    const match = /^cases\/([^/]+)\/index\.html$/.exec(file);
    if (match) ids.add(match[1]!);
  }
  return ids;
}

/**
 * A sentence when the new site publishes fewer cases than the last good one
 * (a case deleted, made a draft, or missing because a file was being saved
 * while the build read it), naming the cases it no longer has; undefined
 * when none went. Said at every build, so a case never disappears in silence.
 */
export function lostCases(previous: SiteManifest | undefined, next: SiteManifest): string | undefined {
  const before = casePages(previous);
  const after = casePages(next);
  const gone = [...before].filter((id) => !after.has(id)).sort();
  // As many cases or more (a case renamed, one added): nothing was lost.
  if (gone.length === 0 || after.size >= before.size) return undefined;
  const shown = gone.slice(0, 8).map((id) => escapeForTerminal(id)).join(', ');
  return `the new site publishes ${after.size} case${after.size === 1 ? '' : 's'}, ${before.size - after.size} fewer than the last good site (${before.size}); no longer published: ${shown}${gone.length > 8 ? `, and ${gone.length - 8} more` : ''}. If that is not meant, check those files (deleted, made drafts, or saved during the build) and build again`;
}

/** Problems as one line: `404.html missing; _astro/a.css missing (linked from index.html); … and 3 more`. */
export function describeProblems(problems: readonly SiteProblem[], limit = 8): string {
  const shown = problems.slice(0, limit).map(({ file, problem, linkedFrom }) => `${file} ${problem}${linkedFrom ? ` (linked from ${linkedFrom})` : ''}`);
  return `${shown.join('; ')}${problems.length > limit ? `; and ${problems.length - limit} more` : ''}`;
}

const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;

function startsWith(file: string, text: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(text.length);
    return readSync(fd, buffer, 0, buffer.length, 0) === buffer.length && buffer.toString('latin1') === text;
  } finally {
    closeSync(fd);
  }
}

/** The regular files under `dir`, as site paths (`cases/a/index.html`); a link to a file counts as one. */
function filesUnder(dir: string): Set<string> {
  const files = new Set<string>();
  if (!existsSync(dir)) return files;
  const root = path.resolve(dir);
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() && !(entry.isSymbolicLink() && isFile(path.join(entry.parentPath, entry.name)))) continue;
    // The entry's folder is `root` or under it: its site path is what follows, with forward slashes.
    const folder = entry.parentPath.length > root.length ? `${entry.parentPath.slice(root.length + 1)}/` : '';
    files.add(`${path.sep === '/' ? folder : folder.replaceAll(path.sep, '/')}${entry.name}`);
  }
  return files;
}

/** The shards, cases' files, fuzzy fields and pinyin table of the index `search/meta.json` describes (the search page fetches them). */
function searchIndexFiles(dir: string): string[] {
  try {
    const meta = JSON.parse(readFileSync(path.join(dir, 'search/meta.json'), 'utf8')) as SearchMeta;
    return indexFilePaths(meta).map((name) => `search/${name}`);
  } catch {
    return [];
  }
}

/** The sitemaps `sitemap-index.xml` lists; they sit beside it, at the root of the site. */
function sitemaps(dir: string): string[] {
  const index = existsSync(path.join(dir, 'sitemap-index.xml')) ? readFileSync(path.join(dir, 'sitemap-index.xml'), 'utf8') : '';
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => path.posix.basename(new URL(match[1]!.trim(), 'https://x/').pathname));
}

/** Files under the base path with an extension that a page links to (`href`, `src`); PDFs and cards only when the build makes them. */
function linkedFiles(dir: string, page: string, manifest: SiteManifest): string[] {
  let html: string;
  try {
    html = readFileSync(path.join(dir, page), 'utf8');
  } catch {
    return [];
  }
  const files = new Set<string>();
  for (const match of html.matchAll(/\s(?:href|src)="([^"#?]+)[^"]*"/g)) {
    const url = unescapeHtml(match[1]!);
    if (!url.startsWith(manifest.base) || url.startsWith('//')) continue;
    let file: string;
    try {
      file = decodeURIComponent(url.slice(manifest.base.length));
    } catch {
      continue;
    }
    if (!/\.[a-z0-9]+$/i.test(file) || file.includes('..')) continue;
    // With reports or cards off, pages still link to the PDFs and cards the build does not make.
    if ((file.endsWith('.pdf') && !manifest.reports) || (file.startsWith('cards/') && !manifest.cards)) continue;
    files.add(file);
  }
  return [...files];
}
