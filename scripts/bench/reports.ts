// Report measurements for `npm run bench`: printing the bundled casebook's reports, and one 250-case series
// report of the synthetic casebook cold and after one case is edited.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { publishReports, type ReportsPublished } from '../../src/outputs/reports/publish.ts';
import { site } from '../../src/site.config.ts';
import { buildBundledSite, CasebookBuild } from './casebook.ts';
import { writeSyntheticCasebook } from './synthetic.ts';
import { seconds, table } from './table.ts';

const settings = { author: site.publisher, language: site.lang };
const BENCH = 'node_modules/.cache/casebook-bench';

/** The bundled casebook built without reports, then every report printed with an empty cache, then again. */
async function bundledReports(root: string): Promise<{ cold: ReportsPublished; cached: ReportsPublished }> {
  mkdirSync(path.join(root, BENCH), { recursive: true });
  const work = mkdtempSync(path.join(root, BENCH, 'reports-'));
  const outDir = path.join(work, 'site');
  try {
    buildBundledSite(root, outDir);
    const cold = await publishReports(outDir, path.join(work, 'cache'), settings);
    const cached = await publishReports(outDir, path.join(work, 'cache'), settings);
    return { cold, cached };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * What publishing the PDFs of one report (`id`, every volume; all reports when omitted) did, summed: how many,
 * their pages and parts, which were printed again, and the seconds spent printing them (two print at a time, so
 * one report's sum is its own cost, not the wall time).
 */
function summary(published: ReportsPublished, id?: string) {
  const reports = published.reports.filter((report) => !id || report.id === id || report.id.startsWith(`${id}.`));
  const printed = reports.filter((report) => !report.fromCache);
  return {
    pdfs: reports.length,
    pages: printed.reduce((total, report) => total + (report.pages ?? 0), 0),
    parts: printed.reduce((total, report) => total + report.printed, 0),
    reused: printed.reduce((total, report) => total + report.reused, 0),
    reprinted: printed.map((report) => report.id),
    seconds: id ? printed.reduce((total, report) => total + report.seconds, 0) : published.seconds,
  };
}

/**
 * One series report of the 1,000-case synthetic casebook (250 cases, five
 * volumes) and the whole-casebook report (twenty volumes), each printed
 * cold, then both after one case of the series is edited: what a one-case
 * rebuild with reports on adds to the build.
 */
async function seriesReport(root: string, series = 'penglai-chain') {
  mkdirSync(path.join(root, BENCH), { recursive: true });
  const work = mkdtempSync(path.join(root, BENCH, 'series-'));
  const content = path.join(work, 'content');
  await writeSyntheticCasebook(content, 1000, path.join(root, 'content'));
  const build = new CasebookBuild(root, content);
  const cache = path.join(work, 'reports-cache');
  try {
    await build.build({ cards: false });
    // Both reports in one run, as the build publishes them: a run keeps in its cache only the PDFs it published. Every
    // case's own PDF is made from its chapter of the whole-casebook report, as a build with reports.casePdfs does.
    const cold = await publishReports(build.outDir, cache, { ...settings, only: [series, 'casebook'], casePdfs: true });
    const seriesCold = summary(cold, series);
    const casebookCold = summary(cold, 'casebook');
    const casesDir = path.join(content, 'cases');
    const edited = readdirSync(casesDir).find((name) => readFileSync(path.join(casesDir, name), 'utf8').includes(`series: ${series}`))!;
    const file = path.join(casesDir, edited);
    writeFileSync(file, readFileSync(file, 'utf8').replace('\n## 启示\n', '\n## 启示\n\n编者补记：这一句是为测量报告重印而补写的。\n'));
    await build.build({ cards: false });
    const republished = await publishReports(build.outDir, cache, { ...settings, only: [series, 'casebook'], casePdfs: true });
    const afterEdit = summary(republished);
    return { seriesCold, casebookCold, bothCold: cold.seconds, afterEdit, casesCold: cold.cases, casesAfterEdit: republished.cases };
  } finally {
    build.dispose();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The reports part of `npm run bench` as a Markdown table. */
export async function benchReports(root: string): Promise<string> {
  const { cold, cached } = await bundledReports(root);
  const { seriesCold, casebookCold, bothCold, afterEdit, casesCold, casesAfterEdit } = await seriesReport(root);
  const perCase = (cases: typeof casesCold) => `${((cases.seconds * 1000) / Math.max(1, cases.pdfs.length)).toFixed(1)} ms a case`;
  const rows = [
    ...cold.reports.map((report) => [`bundled report ${report.id}, cold (${report.pages} pages, ${report.printed} parts)`, seconds(report.seconds)]),
    [`every report of the bundled casebook, cold (${cold.reports.length}, two at a time; Chromium: ${cold.chromium?.source ?? '—'})`, seconds(cold.seconds)],
    ['every report again, nothing changed (taken from the cache, no browser started)', seconds(cached.seconds)],
    [`250-case series report of 1,000 synthetic cases, cold (${seriesCold.pdfs} volumes, ${seriesCold.pages} pages, ${seriesCold.parts} parts; printing time summed)`, seconds(seriesCold.seconds)],
    [`whole-casebook report of the 1,000 cases, cold (${casebookCold.pdfs} volumes, ${casebookCold.pages} pages, ${casebookCold.parts} parts; printing time summed)`, seconds(casebookCold.seconds)],
    ['both, cold, two at a time (wall time)', seconds(bothCold)],
    [
      `both after editing one case of the series: what a one-case rebuild with reports on adds (${afterEdit.reprinted.length} of ${afterEdit.pdfs} PDFs printed again: ${afterEdit.reprinted.join(', ')}; ${afterEdit.parts} parts printed, ${afterEdit.reused} reused)`,
      seconds(afterEdit.seconds),
    ],
    [`every case's own PDF, made from its chapter (no printing), cold: ${casesCold.made} made, ${casesCold.fromCache} from cache, ${perCase(casesCold)}; included in \`both, cold\``, seconds(casesCold.seconds)],
    [`the cases' PDFs after the edit: ${casesAfterEdit.made} made, ${casesAfterEdit.fromCache} from cache (${perCase(casesAfterEdit)}); included in the edit's row`, seconds(casesAfterEdit.seconds)],
  ];
  return `### Reports\n\n${table(['what', 'time'], rows)}`;
}
