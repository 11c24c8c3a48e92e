#!/usr/bin/env node
// `npm run report`: prints every report page of the built site (dist/reports/<id>/) to dist/reports/<id>.pdf.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromiumMissingMessage, hasChromium, launchChromium } from '../src/build/reports/browser.ts';
import { printReport } from '../src/build/reports/pdf.ts';
import { serveStatic } from '../src/build/reports/static-server.ts';
import { site } from '../src/site.config.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
if (!hasChromium()) {
  console.error(chromiumMissingMessage());
  process.exit(1);
}
const reportsDir = path.join(dist, 'reports');
const reports = (await readdir(reportsDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
if (reports.length === 0) {
  console.error(`No reports in ${reportsDir}: run npm run build first.`);
  process.exit(1);
}
const { url, server } = await serveStatic(dist);
const browser = await launchChromium();
try {
  const started = performance.now();
  for (const id of reports) {
    const html = await readFile(path.join(reportsDir, id, 'index.html'), 'utf8');
    const title = /<meta property="og:title" content="([^"]*)"/.exec(html)?.[1] ?? id;
    const subject = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    const reportStarted = performance.now();
    const pages = await printReport(browser, `${url}/reports/${id}/`, path.join(reportsDir, `${id}.pdf`), { title, author: site.publisher, subject, language: site.lang });
    console.log(`dist/reports/${id}.pdf  ${pages} pages  ${((performance.now() - reportStarted) / 1000).toFixed(1)} s`);
  }
  console.log(`${reports.length} reports in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await browser.close();
  server.close();
}
