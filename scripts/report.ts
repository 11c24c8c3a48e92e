#!/usr/bin/env node
// `npm run report`: prints the report pages of an already built site (dist/reports/<id>/, and each volume's page
// dist/reports/<id>/<n>/) to the PDFs it links to (dist/reports/<id>.pdf, dist/reports/<id>.<n>.pdf), as `npm run build` does, reusing unchanged reports and chapters from the cache.
// Usage: npm run report [-- <built site folder>]
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cacheFolder } from '../src/build/casebook.ts';
import { publishReports } from '../src/build/reports/publish.ts';
import { optionsFromEnv } from '../src/options.ts';
import { useBase } from '../src/domain/urls.ts';
import { site } from '../src/site.config.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const options = optionsFromEnv(process.cwd());
// The pages were built under this base path (CASEBOOK_BASE); the reports are served under it to be printed.
useBase(options.base);
if (!existsSync(path.join(dist, 'reports'))) {
  console.error(`No reports in ${path.join(dist, 'reports')}: run npm run build first.`);
  process.exit(1);
}
try {
  const published = await publishReports(dist, cacheFolder(options, 'reports'), { author: site.publisher, language: site.lang });
  for (const report of published.reports) {
    const where = path.relative(process.cwd(), path.join(dist, report.pdf));
    console.log(report.fromCache ? `${where}  unchanged, from cache` : `${where}  ${report.pages} pages  ${report.printed} parts printed, ${report.reused} reused  ${report.seconds.toFixed(1)} s`);
  }
  console.log(`${published.reports.length} reports in ${published.seconds.toFixed(1)} s${published.chromium ? ` (Chromium: ${published.chromium.source})` : ''}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
