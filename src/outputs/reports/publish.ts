import { copyFile, link, mkdir, open, readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { digestOf } from '../../domain/digest.ts';
import { basePath } from '../../domain/urls.ts';
import { unescapeHtml } from '../../domain/html.ts';
import { temporaryName, writeFileAtomic } from '../../store/files.ts';
import type { FoundChromium } from './browser.ts';
import { PART_FORMAT, printReport, type PartCache, type PdfInfo } from './pdf.ts';
import { serveStatic } from './static-server.ts';

/** What publishing the reports did, for the build's log and the bench. */
export interface ReportsPublished {
  /** Each PDF: `id` is its name (`penglai-chain`, or `casebook.2` for a volume), `pdf` its path in the site. */
  reports: { id: string; pdf: string; pages: number | undefined; printed: number; reused: number; fromCache: boolean; seconds: number }[];
  /** The Chromium that printed, when any report had to be printed. */
  chromium?: FoundChromium;
  /** Cached PDFs found damaged, dropped and printed again: `reports/x.pdf: the cached copy …`. */
  damaged: string[];
  seconds: number;
}

/** Who wrote the reports, and in what language. */
export interface ReportSettings {
  author: string;
  language: string;
  /** Publish only these reports, every volume of each (the bench prints one series); default every report. */
  only?: readonly string[];
}

// A printed part not used for this long is dropped from the cache.
const PART_MAX_AGE_MS = 30 * 24 * 3600 * 1000;
// A temporary file this old was left by a run that was killed: no live run writes one for so long.
const TEMPORARY_MAX_AGE_MS = 3600 * 1000;

/**
 * Prints every report page of the built site in `outDir` (a page under
 * `reports/` that names its PDF with `<link rel="alternate"
 * type="application/pdf">`: `reports/<id>/` to `reports/<id>.pdf`, or each
 * volume `reports/<id>/<n>/` to `reports/<id>.<n>.pdf`). A report whose HTML and styles are unchanged since
 * an earlier build is taken from `cacheDir` (hard-linked) without starting
 * a browser, after a cheap check that it is a whole PDF (a damaged one is
 * dropped and printed again); otherwise Chromium prints it, reusing every
 * unchanged part (see `printReport`), and the printed PDF enters the cache
 * only after pdf-lib has read it back with the pages the merge made.
 * Reports are printed two at a time. Every file is written under a name of
 * its own and renamed into place, so another build sharing the cache, or a
 * run killed half-way, never leaves a partial PDF in the cache or the site.
 */
export async function publishReports(outDir: string, cacheDir: string, settings: ReportSettings): Promise<ReportsPublished> {
  const started = performance.now();
  await mkdir(path.join(cacheDir, 'parts'), { recursive: true });
  await removeTemporaries(path.join(outDir, 'reports'), 0);
  const pages = (await reportPages(outDir)).filter((page) => !settings.only || settings.only.some((id) => page.id === id || page.id.startsWith(`${id}.`)));
  // Every report page links the same few style sheets: each is read once.
  const stylesheets = new Map<string, Promise<string>>();
  const stylesheet = (href: string) => {
    if (!stylesheets.has(href)) stylesheets.set(href, readFile(path.join(outDir, withoutBase(href))).then(String, () => href));
    return stylesheets.get(href)!;
  };
  const jobs = await Promise.all(
    pages.map(async ({ id, page, html, pdf }) => {
      const info: PdfInfo = {
        title: unescapeHtml(/<meta property="og:title" content="([^"]*)"/.exec(html)?.[1] ?? id),
        author: settings.author,
        subject: unescapeHtml(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? ''),
        language: settings.language,
      };
      const styles = await Promise.all([...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => stylesheet(match[1]!)));
      const key = digestOf([PART_FORMAT, html, styles, info]);
      // Each part prints on a page of its own at least: a PDF with fewer pages lost some.
      const parts = html.match(/\sdata-part="/g)?.length ?? 0;
      return { id, page, pdf, info, parts, cached: path.join(cacheDir, `${key}.pdf`), target: path.join(outDir, pdf) };
    }),
  );
  const result: ReportsPublished = { reports: [], damaged: [], seconds: 0 };
  const toPrint = [];
  for (const job of jobs) {
    const problem = await pdfProblem(job.cached);
    if (problem && problem !== NOT_CACHED) {
      // Dropped, so no later build takes it either.
      await rm(job.cached, { force: true });
      result.damaged.push(`${job.pdf}: the cached copy ${problem}, dropped`);
    }
    // Placing fails when another build sharing this cache pruned the file since: then it is printed again.
    if (problem === undefined && (await place(job.cached, job.target).then(() => true, () => false))) {
      result.reports.push({ id: job.id, pdf: job.pdf, pages: undefined, printed: 0, reused: 0, fromCache: true, seconds: 0 });
    } else toPrint.push(job);
  }
  if (toPrint.length) {
    // Loaded only when a report is printed: playwright-core takes half a second to load, and a rebuild that changed
    // no report takes every PDF from the cache.
    const { findChromium, launchChromium } = await import('./browser.ts');
    result.chromium = await findChromium();
    const { url, server } = await serveStatic(outDir, basePath());
    const browser = await launchChromium(result.chromium);
    const parts = partCache(cacheDir);
    try {
      const queue = [...toPrint];
      const worker = async () => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          const reportStarted = performance.now();
          const temporary = temporaryName(job.cached);
          try {
            const printed = await printReport(browser, `${url}${job.page}`, temporary, job.info, parts);
            await checkPrinted(temporary, printed.pages, job.parts, job.pdf);
            // Into the site from the printed file itself, then into the cache: another build pruning the cache
            // in between cannot take the site's copy away.
            await place(temporary, job.target);
            await rename(temporary, job.cached);
            result.reports.push({ id: job.id, pdf: job.pdf, ...printed, fromCache: false, seconds: (performance.now() - reportStarted) / 1000 });
          } finally {
            await rm(temporary, { force: true });
          }
        }
      };
      await Promise.all([worker(), worker()]);
    } finally {
      await browser.close();
      server.close();
    }
  }
  await prune(cacheDir, new Set(jobs.map((job) => path.basename(job.cached))));
  result.reports.sort((a, b) => a.id.localeCompare(b.id));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/** A report page of the built site: its URL path (under the base), its HTML, and the PDF it names, relative to the site. */
interface ReportPage {
  id: string;
  page: string;
  html: string;
  pdf: string;
}

/** Every page under `reports/` that names a PDF of itself, in a stable order. */
async function reportPages(outDir: string): Promise<ReportPage[]> {
  const files = ((await readdir(path.join(outDir, 'reports'), { recursive: true }).catch(() => [])) as string[]).filter((file) => file.endsWith('index.html')).sort();
  const pages = await Promise.all(
    files.map(async (file) => {
      const html = await readFile(path.join(outDir, 'reports', file), 'utf8');
      const href = /<link rel="alternate" type="application\/pdf" href="([^"]+)"/.exec(html)?.[1];
      if (!href) return undefined;
      const pdf = withoutBase(unescapeHtml(href));
      return { id: path.basename(pdf, '.pdf'), page: `${basePath()}reports/${path.dirname(file) === '.' ? '' : `${path.dirname(file).split(path.sep).join('/')}/`}`, html, pdf };
    }),
  );
  return pages.filter((page): page is ReportPage => page !== undefined);
}

/** A site URL path as a path inside the built site: the base path taken off. */
const withoutBase = (url: string) => (url.startsWith(basePath()) ? url.slice(basePath().length) : url.replace(/^\//, ''));

/**
 * Printed parts (and the print fonts, `font-…` keys) as files under
 * `cacheDir/parts`, touched on use so pruning keeps what builds still use.
 * Each is written under a name of its own and renamed into place: two
 * reports, or two builds, writing the same part never meet half-way.
 */
function partCache(cacheDir: string): PartCache {
  const file = (key: string) => path.join(cacheDir, 'parts', `${key}.pdf`);
  return {
    async get(key) {
      const bytes = await readFile(file(key)).catch(() => undefined);
      if (!bytes) return undefined;
      if (!(key.startsWith('font-') ? isFont(bytes) : isWholePdf(bytes))) {
        await rm(file(key), { force: true });
        return undefined;
      }
      await utimes(file(key), new Date(), new Date()).catch(() => {});
      return bytes;
    },
    set: (key, pdf) => writeFileAtomic(file(key), pdf),
  };
}

/** Keeps the reports this build published and the parts used within the last month; drops temporaries of killed runs. */
async function prune(cacheDir: string, kept: ReadonlySet<string>): Promise<void> {
  for (const name of await readdir(cacheDir)) {
    if (name.endsWith('.pdf') && !kept.has(name)) await rm(path.join(cacheDir, name), { force: true });
  }
  await removeTemporaries(cacheDir, TEMPORARY_MAX_AGE_MS);
  const now = Date.now();
  for (const name of await readdir(path.join(cacheDir, 'parts'))) {
    const file = path.join(cacheDir, 'parts', name);
    const age = now - ((await stat(file).catch(() => undefined))?.mtimeMs ?? now);
    if (age > (name.endsWith('.tmp') ? TEMPORARY_MAX_AGE_MS : PART_MAX_AGE_MS)) await rm(file, { force: true });
  }
}

/** Deletes the `.tmp` files in `dir` older than `maxAgeMs` (in the site folder: all of them, left by a killed `npm run report`). */
async function removeTemporaries(dir: string, maxAgeMs: number): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.endsWith('.tmp')) continue;
    const modified = (await stat(path.join(dir, name)).catch(() => undefined))?.mtimeMs;
    if (modified !== undefined && now - modified >= maxAgeMs) await rm(path.join(dir, name), { force: true });
  }
}

/**
 * Puts a PDF at its place in the site: a hard link (or a copy across disks)
 * under a temporary name, renamed over the target, so the site has the old
 * PDF or the new one at every instant, never none or half of one.
 */
async function place(source: string, target: string): Promise<void> {
  const temporary = temporaryName(target);
  try {
    await link(source, temporary).catch(() => copyFile(source, temporary));
    await rename(temporary, target);
  } finally {
    await rm(temporary, { force: true });
  }
}

/**
 * Why a cached PDF cannot be used, or undefined when it looks whole:
 * cheap (its size, the header and the end-of-file marker, not a parse), as
 * it runs for every report of every build. `NOT_CACHED` for no file.
 */
async function pdfProblem(file: string): Promise<string | undefined> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return NOT_CACHED;
  try {
    const { size } = await handle.stat();
    if (size < MIN_PDF_BYTES) return `is ${size} bytes, too short for a PDF`;
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    if (head.toString('latin1') !== '%PDF-') return 'is not a PDF (no %PDF- header)';
    const tail = Buffer.alloc(Math.min(size, 1024));
    await handle.read(tail, 0, tail.length, size - tail.length);
    if (!tail.toString('latin1').includes('%%EOF')) return 'is cut short (no %%EOF at its end)';
    return undefined;
  } finally {
    await handle.close();
  }
}

const NOT_CACHED = 'not cached';

// Smaller than any PDF with a page (pdf-lib's one blank page is about 600 bytes).
const MIN_PDF_BYTES = 64;

/** The same checks as `pdfProblem`, on bytes in memory (a cached part). */
function isWholePdf(bytes: Uint8Array): boolean {
  const text = (from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');
  return bytes.length >= MIN_PDF_BYTES && text(0, 5) === '%PDF-' && text(Math.max(0, bytes.length - 1024), bytes.length).includes('%%EOF');
}

/** A TrueType or OpenType font, by its first four bytes (a cached print font). */
function isFont(bytes: Uint8Array): boolean {
  const tag = Buffer.from(bytes.subarray(0, 4)).toString('latin1');
  return bytes.length > 12 && (tag === '\0\x01\0\0' || tag === 'true' || tag === 'OTTO');
}

/**
 * Checks a printed PDF before it enters the cache: a whole file (the cheap
 * checks of `pdfProblem`) with the pages the merge made, at least one and at
 * least one per part of the report page. A report printed from a page that
 * changed under the printer (a site folder deleted by another build) failed
 * this.
 */
async function checkPrinted(file: string, pages: number, parts: number, pdf: string): Promise<void> {
  const problem = await pdfProblem(file);
  if (problem) throw new Error(`${pdf}: the printed PDF ${problem}; it was neither cached nor published`);
  if (pages < 1 || pages < parts) {
    throw new Error(`${pdf}: the printed PDF has ${pages} pages from ${parts} parts; it was neither cached nor published`);
  }
}

