#!/usr/bin/env node
// `npm run report`: prints the report pages of an already built site (dist/reports/<id>/, and each volume's page
// dist/reports/<id>/<n>/) to the PDFs it links to (dist/reports/<id>.pdf, dist/reports/<id>.<n>.pdf), as `npm run build` does, reusing unchanged reports and chapters from the cache.
// It holds the folder's lock (dist.lock) as `npm run build` does, so the two never work on one folder at once.
// Usage: npm run report [-- <built site folder>]
// cli.ts first: it is in place before the modules below are evaluated (see its uncaughtException handler).
import { commandLine, settingsOrExit } from './cli.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { cacheFolder } from '../src/integration/casebook.ts';
import { lockFolder, lockWaitFromEnv, releaseOnSignals } from '../src/publish/lock.ts';
import { settleOutput } from '../src/publish/output-folder.ts';
import { publishReports } from '../src/outputs/reports/publish.ts';
import { optionsFromEnv } from '../src/options.ts';
import { useBase } from '../src/domain/urls.ts';
import { site } from '../src/site.config.ts';

const { positionals } = commandLine({
  name: 'report',
  usage: '[-- <built site folder>]',
  summary: [
    'Prints the report pages of an already built site to the PDFs they link to, as npm run build does,',
    'reusing unchanged reports and chapters from the cache. Holds the folder\'s lock, as npm run build does.',
  ].join('\n'),
  options: {},
  notes: ['  <built site folder>   the output of npm run build (default dist)'],
  example: 'npm run report -- dist',
  positionals: 1,
});
const dist = path.resolve(positionals[0] ?? 'dist');
try {
  const options = settingsOrExit('report', () => optionsFromEnv(process.cwd()));
  // The pages were built under this base path (CASEBOOK_BASE); the reports are served under it to be printed.
  useBase(options.base);
  const lock = await lockFolder(dist, { command: 'npm run report', waitSeconds: lockWaitFromEnv(), refused: 'nothing was printed' });
  // Each PDF is renamed into place whole, so stopping here leaves every PDF old or new; the lock is given up.
  releaseOnSignals(lock);
  const restored = settleOutput(dist);
  if (restored) console.error(restored);
  if (!existsSync(path.join(dist, 'reports'))) throw new Error(`No reports in ${path.join(dist, 'reports')}: run npm run build first.`);
  const published = await publishReports(dist, cacheFolder(options, 'reports'), { author: site.publisher, language: site.lang, casePdfs: site.casePdfs });
  for (const damaged of published.damaged) console.warn(`${damaged}; printed again`);
  for (const report of published.reports) {
    const where = path.relative(process.cwd(), path.join(dist, report.pdf));
    console.log(report.fromCache ? `${where}  unchanged, from cache` : `${where}  ${report.pages} pages  ${report.printed} parts printed, ${report.reused} reused  ${report.seconds.toFixed(1)} s`);
  }
  console.log(`${published.reports.length} reports in ${published.seconds.toFixed(1)} s${published.chromium ? ` (Chromium: ${published.chromium.source})` : ''}`);
  if (published.cases.pdfs.length) console.log(`${published.cases.pdfs.length} case PDFs: ${published.cases.made} made from their chapters, ${published.cases.fromCache} from cache, in ${published.cases.seconds.toFixed(1)} s`);
  lock.release();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
