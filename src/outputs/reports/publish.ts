import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestOf } from '../../domain/digest.ts';
import { basePath } from '../../domain/urls.ts';
import { unescapeHtml } from '../../domain/html.ts';
import { ArtefactStore, MISSING, placeFile } from '../../store/artefact-store.ts';
import { problemWithFile } from '../../store/checks.ts';
import { codeDigest, type CodeSpec } from '../../store/code-digest.ts';
import { temporaryName } from '../../store/files.ts';
import type { FoundChromium } from './browser.ts';
import { startChromium, type StartedBrowser } from './early-browser.ts';
import { assembleCasePdf, PART_FORMAT, printReport, type PartCache, type PdfInfo } from './pdf.ts';
import { serveStatic } from './static-server.ts';

/** What publishing the reports did, for the build's log and the bench. */
export interface ReportsPublished {
  /** Each PDF: `id` is its name (`penglai-chain`, or `casebook.2` for a volume), `pdf` its path in the site. */
  reports: { id: string; pdf: string; pages: number | undefined; printed: number; reused: number; fromCache: boolean; seconds: number }[];
  /** The Chromium that printed, when any report had to be printed. */
  chromium?: FoundChromium;
  /** Cached PDFs found damaged, dropped and printed again: `reports/x.pdf: the cached copy …`. */
  damaged: string[];
  /** Each case's PDF (`cases/<id>.pdf`, made from its chapter of the whole-casebook report), when `casePdfs` is on. */
  cases: { pdfs: string[]; made: number; fromCache: number; seconds: number };
  seconds: number;
}

/** Who wrote the reports, and in what language. */
export interface ReportSettings {
  author: string;
  language: string;
  /** Publish only these reports, every volume of each (the bench prints one series); default every report. */
  only?: readonly string[];
  /** The browser to print with, when one is needed (e.g. one started early, see `EarlyBrowser`); default: started then. It is closed after printing. */
  browser?: () => Promise<StartedBrowser>;
  /** Also publish each case's PDF, `cases/<id>.pdf`, made from the printed chapter (`reports.casePdfs` in casebook.yaml). */
  casePdfs?: boolean;
}

// A printed part not used for this long is dropped from the cache.
const PART_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/**
 * The code that decides a printed PDF: this module, the printer (pdf.ts),
 * the browser it drives and every module and package they use (pdf-lib,
 * playwright-core, the Chromium package), and the part format. A Chromium
 * found on the system is not covered: its version is known only once it
 * is started.
 */
export const REPORT_CODE: CodeSpec = { entries: ['src/outputs/reports/publish.ts'], salt: PART_FORMAT };

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The folders of the report stores under `cacheDir`: the published PDFs (scoped by report, each with its parts' keys), the printed parts and the cases' PDFs. */
function reportStores(cacheDir: string): { pdfs: ArtefactStore; parts: ArtefactStore; cases: ArtefactStore } {
  const code = codeDigest(ROOT, REPORT_CODE);
  const open = (folder: string) => ArtefactStore.open(path.join(cacheDir, folder), { code });
  return { pdfs: open('pdf'), parts: open('parts'), cases: open('cases') };
}

// Cases' PDFs placed or made at a time.
const CASE_PDF_WORKERS = 8;

/** The report whose chapters make the cases' PDFs: every case is a chapter of one of its volumes. */
const WHOLE_CASEBOOK = 'casebook';
const isWholeCasebook = (id: string) => id === WHOLE_CASEBOOK || id.startsWith(`${WHOLE_CASEBOOK}.`);

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
  const stores = reportStores(cacheDir);
  await removeTemporaries(path.join(outDir, 'reports'));
  const pages = (await reportPages(outDir)).filter((page) => !settings.only || settings.only.some((id) => page.id === id || page.id.startsWith(`${id}.`)));
  // Every report page links the same few style sheets: each is read once.
  const stylesheets = new Map<string, Promise<string>>();
  const stylesheet = (href: string) => {
    if (!stylesheets.has(href)) stylesheets.set(href, readFile(path.join(outDir, withoutBase(href))).then(String, () => href));
    return stylesheets.get(href)!;
  };
  const jobs = await Promise.all(
    pages.map(async ({ id, page, head, bytes, pdf }) => {
      const info: PdfInfo = {
        title: unescapeHtml(/<meta property="og:title" content="([^"]*)"/.exec(head)?.[1] ?? id),
        author: settings.author,
        subject: unescapeHtml(/<meta name="description" content="([^"]*)"/.exec(head)?.[1] ?? ''),
        language: settings.language,
      };
      const styles = await Promise.all([...head.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => stylesheet(match[1]!)));
      // The page's bytes are hashed as they are: a volume's HTML is megabytes, and decoding and serialising the
      // forty of them took a third of a second on every build.
      const key = digestOf([PART_FORMAT, createHash('sha1').update(bytes).digest('hex'), styles, info]);
      // Named with the report's id: a run that prints some reports prunes only their older copies.
      return { id, page, pdf, info, bytes, cached: ArtefactStore.name(key, '.pdf', id), partList: ArtefactStore.name(key, '.parts.json', id), target: path.join(outDir, pdf) };
    }),
  );
  const result: ReportsPublished = { reports: [], damaged: [], cases: { pdfs: [], made: 0, fromCache: 0, seconds: 0 }, seconds: 0 };
  const parts = partCache(stores.parts);
  // The parts of each whole-casebook volume, by chapter: from its printing, or kept beside its cached PDF.
  const chapterKeys = new Map<string, string>();
  const keepChapters = (printed: { id: string; key: string }[]) => {
    for (const part of printed) if (part.id.startsWith('chapter-')) chapterKeys.set(part.id.slice('chapter-'.length), part.key);
  };
  const toPrint = [];
  for (const job of jobs) {
    // The store drops a damaged copy, so no later build takes it either.
    const problem = stores.pdfs.has(job.cached) ? stores.pdfs.verify(job.cached) : MISSING;
    if (problem && problem !== MISSING) result.damaged.push(`${job.pdf}: the cached copy ${problem}, dropped`);
    // A whole-casebook volume makes the cases' PDFs from its parts: without the list of them, or without a part (long
    // unused and pruned), it is printed again.
    const chapters = settings.casePdfs && isWholeCasebook(job.id) && problem === undefined ? await casePartsOf(stores, job.partList) : [];
    const whole = !settings.casePdfs || !isWholeCasebook(job.id) || chapters !== undefined;
    // Placing fails when another build sharing this cache pruned the file since: then it is printed again.
    if (problem === undefined && whole && (await stores.pdfs.place(job.cached, job.target, { atomic: true }).then(() => true, () => false))) {
      keepChapters(chapters ?? []);
      result.reports.push({ id: job.id, pdf: job.pdf, pages: undefined, printed: 0, reused: 0, fromCache: true, seconds: 0 });
    } else toPrint.push(job);
  }
  if (toPrint.length) {
    // Started only when a report is printed (or early, by the caller): playwright-core takes half a second to load,
    // and a rebuild that changed no report takes every PDF from the cache.
    const { url, server } = await serveStatic(outDir, basePath());
    const started = await (settings.browser ?? startChromium)().catch((error: unknown) => {
      server.close();
      throw error;
    });
    const browser = started.browser;
    result.chromium = started.chromium;
    try {
      const queue = [...toPrint];
      const worker = async () => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          const reportStarted = performance.now();
          // Printed beside the store's entries, so it enters the store by a rename.
          const temporary = temporaryName(stores.pdfs.path(job.cached));
          try {
            const printed = await printReport(browser, `${url}${job.page}`, temporary, job.info, parts);
            // Each part prints on a page of its own at least: a PDF with fewer pages lost some.
            await checkPrinted(temporary, printed.pages, countParts(job.bytes), job.pdf);
            // Into the site from the printed file itself, then into the store: another build pruning the store
            // in between cannot take the site's copy away.
            await placeFile(temporary, job.target, { atomic: true });
            await stores.pdfs.adopt(job.cached, temporary);
            await stores.pdfs.write(job.partList, JSON.stringify(printed.parts));
            if (isWholeCasebook(job.id)) keepChapters(printed.parts);
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
  if (settings.casePdfs) result.cases = await publishCasePdfs(outDir, stores, parts, chapterKeys, settings);
  // A run that printed only some reports (`only`) keeps every other report's PDFs.
  await stores.pdfs.prune(settings.only ? { scopes: jobs.map((job) => job.id) } : {});
  await stores.parts.prune({ unusedForMs: PART_MAX_AGE_MS });
  if (settings.casePdfs && !settings.only) await stores.cases.prune();
  result.reports.sort((a, b) => a.id.localeCompare(b.id));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/** A report page of the built site: its URL path (under the base), its HTML (the bytes, and the head as text), and the PDF it names, relative to the site. */
interface ReportPage {
  id: string;
  page: string;
  head: string;
  bytes: Uint8Array;
  pdf: string;
}

/** Every page under `reports/` that names a PDF of itself, in a stable order. */
async function reportPages(outDir: string): Promise<ReportPage[]> {
  const files = ((await readdir(path.join(outDir, 'reports'), { recursive: true }).catch(() => [])) as string[]).filter((file) => file.endsWith('index.html')).sort();
  const pages = await Promise.all(
    files.map(async (file): Promise<ReportPage | undefined> => {
      const bytes = await readFile(path.join(outDir, 'reports', file));
      // Only the head is read as text (the PDF link, title, description, style sheets); the body is megabytes.
      const end = bytes.indexOf('</head>');
      const head = bytes.toString('utf8', 0, end < 0 ? bytes.length : end);
      const href = /<link rel="alternate" type="application\/pdf" href="([^"]+)"/.exec(head)?.[1];
      if (!href) return undefined;
      const pdf = withoutBase(unescapeHtml(href));
      return { id: path.basename(pdf, '.pdf'), page: `${basePath()}reports/${path.dirname(file) === '.' ? '' : `${path.dirname(file).split(path.sep).join('/')}/`}`, head, bytes, pdf };
    }),
  );
  return pages.filter((page) => page !== undefined);
}

const PART_ATTRIBUTE = Buffer.from('data-part="');
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0c, 0x0d]);

/** How many parts (elements with a `data-part` attribute) a report page's HTML holds. */
function countParts(bytes: Uint8Array): number {
  const html = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let at = html.indexOf(PART_ATTRIBUTE); at >= 0; at = html.indexOf(PART_ATTRIBUTE, at + PART_ATTRIBUTE.length)) {
    if (at > 0 && WHITESPACE.has(html[at - 1]!)) count++;
  }
  return count;
}

/** A site URL path as a path inside the built site: the base path taken off. */
const withoutBase = (url: string) => (url.startsWith(basePath()) ? url.slice(basePath().length) : url.replace(/^\//, ''));

/**
 * Printed parts (and the print fonts, `font-…` keys) as entries of the
 * parts store, checked when read (a damaged one is dropped and printed
 * again) and touched on use, so pruning by age keeps what builds still use.
 */
function partCache(store: ArtefactStore): PartCache {
  const nameOf = (key: string) => `${key}${key.startsWith('font-') ? '.font' : '.pdf'}`;
  return {
    async get(key) {
      const bytes = await store.read(nameOf(key));
      if (bytes) await store.touch(nameOf(key));
      return bytes;
    },
    set: (key, pdf) => store.write(nameOf(key), pdf),
  };
}

/** Deletes the `.tmp` files in `dir` (in the site folder, left by a killed `npm run report`; the stores clean their own). */
async function removeTemporaries(dir: string): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (name.endsWith('.tmp')) await rm(path.join(dir, name), { force: true });
  }
}

/**
 * Checks a printed PDF before it enters the cache: a whole file (the cheap
 * checks of the store for a PDF) with the pages the merge made, at least one and at
 * least one per part of the report page. A report printed from a page that
 * changed under the printer (a site folder deleted by another build) failed
 * this.
 */
async function checkPrinted(file: string, pages: number, parts: number, pdf: string): Promise<void> {
  const problem = problemWithFile('report.pdf', file);
  if (problem) throw new Error(`${pdf}: the printed PDF ${problem}; it was neither cached nor published`);
  if (pages < 1 || pages < parts) {
    throw new Error(`${pdf}: the printed PDF has ${pages} pages from ${parts} parts; it was neither cached nor published`);
  }
}

/**
 * The chapters listed beside a cached whole-casebook volume, if every
 * chapter's part is still kept (a case's PDF is made from it when it is not
 * in the store); undefined when the list is gone or a part was pruned, and
 * the volume is then printed again.
 */
async function casePartsOf(stores: ReturnType<typeof reportStores>, partList: string): Promise<{ id: string; key: string }[] | undefined> {
  const listed = await stores.pdfs.read(partList);
  if (!listed) return undefined;
  const parts = (JSON.parse(listed.toString('utf8')) as { id: string; key: string }[]).filter((part) => part.id.startsWith('chapter-'));
  return parts.every((part) => stores.parts.has(`${part.key}.pdf`)) ? parts : undefined;
}

/**
 * Each case's PDF, `cases/<id>.pdf`, made from its chapter of the
 * whole-casebook report as printed (see `assembleCasePdf`): no browser and
 * no printing. Kept in the cases' store by its chapter's key (which covers
 * the case's title and summary), so a rebuild places the unchanged ones
 * (hard links) and makes only those whose chapter changed, reading the
 * case page for the PDF's title and description.
 */
async function publishCasePdfs(
  outDir: string,
  stores: ReturnType<typeof reportStores>,
  parts: PartCache,
  chapterKeys: ReadonlyMap<string, string>,
  { author, language }: ReportSettings,
): Promise<ReportsPublished['cases']> {
  const started = performance.now();
  const result: ReportsPublished['cases'] = { pdfs: [], made: 0, fromCache: 0, seconds: 0 };
  const queue = [...chapterKeys].sort(([a], [b]) => a.localeCompare(b));
  // A few at a time: placing a kept one mostly waits for the disk, and those waits overlap.
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [caseId, partKey] = next;
      const pdf = `cases/${caseId}.pdf`;
      // The chapter's key covers its title and summary (the chapter prints both): the case page is read only to make one.
      const name = ArtefactStore.name(digestOf([partKey, author, language]), '.pdf');
      const target = path.join(outDir, pdf);
      if (stores.cases.hasWhole(name) && (await stores.cases.place(name, target, { atomic: true }).then(() => true, () => false))) {
        result.fromCache++;
      } else {
        const page = await readFile(path.join(outDir, 'cases', caseId, 'index.html')).catch(() => undefined);
        const chapter = await parts.get(partKey);
        if (!page || !chapter) continue;
        const end = page.indexOf('</head>');
        const head = page.toString('utf8', 0, end < 0 ? page.length : end);
        const info: PdfInfo = {
          title: unescapeHtml(/<meta property="og:title" content="([^"]*)"/.exec(head)?.[1] ?? caseId),
          author,
          subject: unescapeHtml(/<meta name="description" content="([^"]*)"/.exec(head)?.[1] ?? ''),
          language,
        };
        const temporary = temporaryName(stores.cases.path(name));
        try {
          await assembleCasePdf(chapter, `chapter-${caseId}`, temporary, info, parts);
          await placeFile(temporary, target, { atomic: true });
          await stores.cases.adopt(name, temporary);
          result.made++;
        } finally {
          await rm(temporary, { force: true });
        }
      }
      result.pdfs.push(pdf);
    }
  };
  await Promise.all(Array.from({ length: CASE_PDF_WORKERS }, worker));
  result.pdfs.sort();
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
