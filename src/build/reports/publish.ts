import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { digestOf } from '../../domain/digest.ts';
import { basePath, reportPdfPath, reportUrl } from '../../domain/urls.ts';
import { findChromium, launchChromium, type FoundChromium } from './browser.ts';
import { PART_FORMAT, printReport, type PartCache, type PdfInfo } from './pdf.ts';
import { serveStatic } from './static-server.ts';

/** What publishing the reports did, for the build's log and the bench. */
export interface ReportsPublished {
  reports: { id: string; pages: number | undefined; printed: number; reused: number; fromCache: boolean; seconds: number }[];
  /** The Chromium that printed, when any report had to be printed. */
  chromium?: FoundChromium;
  seconds: number;
}

/** Who wrote the reports, and in what language. */
export interface ReportSettings {
  author: string;
  language: string;
  /** Publish only these reports (the bench prints one series); default every report. */
  only?: readonly string[];
}

// A printed part not used for this long is dropped from the cache.
const PART_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/**
 * Prints every report page of the built site in `outDir`
 * (`reports/<id>/index.html`) to the PDF the site links to
 * (`reports/<id>.pdf`). A report whose HTML and styles are unchanged since
 * an earlier build is taken from `cacheDir` (hard-linked) without starting
 * a browser; otherwise Chromium prints it, reusing every unchanged part
 * (see `printReport`). Reports are printed two at a time.
 */
export async function publishReports(outDir: string, cacheDir: string, settings: ReportSettings): Promise<ReportsPublished> {
  const started = performance.now();
  const reportsDir = path.join(outDir, 'reports');
  const ids = (await readdir(reportsDir, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isDirectory() && (!settings.only || settings.only.includes(entry.name))).map((entry) => entry.name).sort();
  await mkdir(path.join(cacheDir, 'parts'), { recursive: true });
  const jobs = await Promise.all(
    ids.map(async (id) => {
      const html = await readFile(path.join(reportsDir, id, 'index.html'), 'utf8');
      const info: PdfInfo = {
        title: decode(/<meta property="og:title" content="([^"]*)"/.exec(html)?.[1] ?? id),
        author: settings.author,
        subject: decode(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? ''),
        language: settings.language,
      };
      const styles = await Promise.all([...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => readFile(path.join(outDir, match[1]!)).then(String, () => match[1]!)));
      const key = digestOf([PART_FORMAT, html, styles, info]);
      return { id, info, cached: path.join(cacheDir, `${key}.pdf`), target: path.join(outDir, reportPdfPath(id)) };
    }),
  );
  const result: ReportsPublished = { reports: [], seconds: 0 };
  const toPrint = [];
  for (const job of jobs) {
    if (await exists(job.cached)) {
      await place(job.cached, job.target);
      result.reports.push({ id: job.id, pages: undefined, printed: 0, reused: 0, fromCache: true, seconds: 0 });
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
          const printed = await printReport(browser, `${url}${reportUrl(job.id)}`, temporary, job.info, partCache(cacheDir));
          await rename(temporary, job.cached);
          await place(job.cached, job.target);
          result.reports.push({ id: job.id, ...printed, fromCache: false, seconds: (performance.now() - reportStarted) / 1000 });
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
