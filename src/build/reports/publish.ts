import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { digestOf } from '../../domain/digest.ts';
import { basePath } from '../../domain/urls.ts';
import { findChromium, launchChromium, type FoundChromium } from './browser.ts';
import { PART_FORMAT, printReport, type PartCache, type PdfInfo } from './pdf.ts';
import { serveStatic } from './static-server.ts';

/** What publishing the reports did, for the build's log and the bench. */
export interface ReportsPublished {
  /** Each PDF: `id` is its name (`penglai-chain`, or `casebook.2` for a volume), `pdf` its path in the site. */
  reports: { id: string; pdf: string; pages: number | undefined; printed: number; reused: number; fromCache: boolean; seconds: number }[];
  /** The Chromium that printed, when any report had to be printed. */
  chromium?: FoundChromium;
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

/**
 * Prints every report page of the built site in `outDir` (a page under
 * `reports/` that names its PDF with `<link rel="alternate"
 * type="application/pdf">`: `reports/<id>/` to `reports/<id>.pdf`, or each
 * volume `reports/<id>/<n>/` to `reports/<id>.<n>.pdf`). A report whose HTML and styles are unchanged since
 * an earlier build is taken from `cacheDir` (hard-linked) without starting
 * a browser; otherwise Chromium prints it, reusing every unchanged part
 * (see `printReport`). Reports are printed two at a time.
 */
export async function publishReports(outDir: string, cacheDir: string, settings: ReportSettings): Promise<ReportsPublished> {
  const started = performance.now();
  await mkdir(path.join(cacheDir, 'parts'), { recursive: true });
  const pages = (await reportPages(outDir)).filter((page) => !settings.only || settings.only.some((id) => page.id === id || page.id.startsWith(`${id}.`)));
  const jobs = await Promise.all(
    pages.map(async ({ id, page, html, pdf }) => {
      const info: PdfInfo = {
        title: decode(/<meta property="og:title" content="([^"]*)"/.exec(html)?.[1] ?? id),
        author: settings.author,
        subject: decode(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? ''),
        language: settings.language,
      };
      const styles = await Promise.all([...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => readFile(path.join(outDir, withoutBase(match[1]!))).then(String, () => match[1]!)));
      const key = digestOf([PART_FORMAT, html, styles, info]);
      return { id, page, pdf, info, cached: path.join(cacheDir, `${key}.pdf`), target: path.join(outDir, pdf) };
    }),
  );
  const result: ReportsPublished = { reports: [], seconds: 0 };
  const toPrint = [];
  for (const job of jobs) {
    if (await exists(job.cached)) {
      await place(job.cached, job.target);
      result.reports.push({ id: job.id, pdf: job.pdf, pages: undefined, printed: 0, reused: 0, fromCache: true, seconds: 0 });
    } else toPrint.push(job);
  }
  if (toPrint.length) {
    result.chromium = await findChromium();
    const { url, server } = await serveStatic(outDir, basePath());
    const browser = await launchChromium(result.chromium);
    try {
      const queue = [...toPrint];
      const worker = async () => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          const reportStarted = performance.now();
          const temporary = `${job.cached}.${process.pid}.tmp`;
          const printed = await printReport(browser, `${url}${job.page}`, temporary, job.info, partCache(cacheDir));
          await rename(temporary, job.cached);
          await place(job.cached, job.target);
          result.reports.push({ id: job.id, pdf: job.pdf, ...printed, fromCache: false, seconds: (performance.now() - reportStarted) / 1000 });
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
      const pdf = withoutBase(decode(href));
      return { id: path.basename(pdf, '.pdf'), page: `${basePath()}reports/${path.dirname(file) === '.' ? '' : `${path.dirname(file).split(path.sep).join('/')}/`}`, html, pdf };
    }),
  );
  return pages.filter((page): page is ReportPage => page !== undefined);
}

/** A site URL path as a path inside the built site: the base path taken off. */
const withoutBase = (url: string) => (url.startsWith(basePath()) ? url.slice(basePath().length) : url.replace(/^\//, ''));

/** Printed parts as files under `cacheDir/parts`, touched on use so pruning keeps what builds still use. */
function partCache(cacheDir: string): PartCache {
  const file = (key: string) => path.join(cacheDir, 'parts', `${key}.pdf`);
  return {
    async get(key) {
      const bytes = await readFile(file(key)).catch(() => undefined);
      if (bytes) await utimes(file(key), new Date(), new Date()).catch(() => {});
      return bytes;
    },
    async set(key, pdf) {
      const temporary = `${file(key)}.${process.pid}.tmp`;
      await writeFile(temporary, pdf);
      await rename(temporary, file(key));
    },
  };
}

/** Keeps the reports this build published and the parts used within the last month. */
async function prune(cacheDir: string, kept: ReadonlySet<string>): Promise<void> {
  for (const name of await readdir(cacheDir)) {
    if (name.endsWith('.pdf') && !kept.has(name)) await rm(path.join(cacheDir, name), { force: true });
  }
  const now = Date.now();
  for (const name of await readdir(path.join(cacheDir, 'parts'))) {
    const file = path.join(cacheDir, 'parts', name);
    if (now - (await stat(file)).mtimeMs > PART_MAX_AGE_MS) await rm(file, { force: true });
  }
}

/** Puts a cached PDF at its place in the site: a hard link, or a copy across disks. */
async function place(cached: string, target: string): Promise<void> {
  await rm(target, { force: true });
  await link(cached, target).catch(() => copyFile(cached, target));
}

const exists = (file: string) => stat(file).then(() => true, () => false);

/** The HTML entities Astro writes in attribute values. */
function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
