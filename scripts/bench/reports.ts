// Report measurements for `npm run bench`: builds the bundled casebook and prints every report to PDF.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../src/build/reports/browser.ts';
import { printReport } from '../../src/build/reports/pdf.ts';
import { serveStatic } from '../../src/build/reports/static-server.ts';
import { site } from '../../src/site.config.ts';
import { table } from './table.ts';

/** Seconds to print each report of the bundled casebook, and all of them. */
export async function measureReports(root: string) {
  // Inside the project, as `npm run build` builds dist/: Astro then keeps its server bundle inside the output,
  // where a build running at the same time cannot overwrite it.
  mkdirSync(path.join(root, 'node_modules/.cache/casebook-bench'), { recursive: true });
  const outDir = mkdtempSync(path.join(root, 'node_modules/.cache/casebook-bench', 'reports-'));
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  const { url, server } = await serveStatic(outDir);
  const browser = await launchChromium();
  const each: { id: string; pages: number; seconds: number }[] = [];
  const started = performance.now();
  try {
    for (const id of readdirSync(path.join(outDir, 'reports'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)) {
      const reportStarted = performance.now();
      const pages = await printReport(browser, `${url}/reports/${id}/`, path.join(outDir, 'reports', `${id}.pdf`), { title: id, author: site.publisher, subject: '', language: site.lang });
      each.push({ id, pages, seconds: (performance.now() - reportStarted) / 1000 });
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  return { each, totalSeconds: (performance.now() - started) / 1000 };
}

/** The reports part of `npm run bench`: {@link measureReports} as a Markdown table. */
export async function benchReports(root: string): Promise<string> {
  const reports = await measureReports(root);
  const rows = reports.each.map((report) => [`PDF report ${report.id} (${report.pages} pages)`, `${report.seconds.toFixed(1)} s`]);
  rows.push(['every PDF report of the bundled casebook', `${reports.totalSeconds.toFixed(1)} s (${reports.each.length} reports)`]);
  return `### Reports\n\n${table(['what', 'time'], rows)}`;
}
