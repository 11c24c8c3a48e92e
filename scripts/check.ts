#!/usr/bin/env node
// `npm run check`: every content check the build runs, without building. Exits 1 on any error.
// cli.ts first: it is in place before the modules below are evaluated (see its uncaughtException handler).
import { commandLine, settingsOrExit } from './cli.ts';
import { loadSiteCasebook } from '../src/integration/casebook.ts';
import { formatReport } from '../src/model/diagnostics.ts';
import { verificationSummary } from '../src/model/checks/summary.ts';
import { optionsFromEnv } from '../src/options.ts';
import { escapeForTerminal } from '../src/domain/text-policy.ts';
import { withBuildHeap } from './with-build-heap.ts';

commandLine({
  name: 'check',
  usage: '',
  summary: [
    'Runs every content check the build runs, without building: frontmatter, sections, sources, and each',
    'statistic against its source text (CASEBOOK_SOURCE_TEXTS). Exits 1 on any error, naming file, line and field.',
  ].join('\n'),
  options: {},
  notes: ['The content folder is --content or CASEBOOK_CONTENT (default content/), relative or absolute.'],
  example: 'npm run check -- --content ../my-casebook',
});

// After the options are read (--help and a wrong option answer at once), before the casebook is.
await withBuildHeap();

/** `1 case`, `7 cases`. */
const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const started = performance.now();
const model = await loadSiteCasebook(settingsOrExit('check', () => optionsFromEnv(process.cwd())));
const { casebook, diagnostics, skipped } = model;
const seconds = ((performance.now() - started) / 1000).toFixed(2);
for (const reason of skipped) console.warn(`skipped: ${escapeForTerminal(reason)}`);
if (diagnostics.length > 0) {
  console.error(formatReport(diagnostics));
  process.exit(1);
}
const stats = casebook.cases.reduce((total, entry) => total + entry.data.stats.length, 0);
console.log(
  `✓ ${counted(casebook.cases.length, 'case')}, ${casebook.series.length} series, ${counted(casebook.sources.length, 'source')}, ${counted(stats, 'statistic')} checked in ${seconds} s`,
);
console.log(`  ${verificationSummary(model)}`);
