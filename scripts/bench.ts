#!/usr/bin/env node
// `npm run bench`: the brief's budgets, measured. Builds are timed against a bare Astro build of the same
// synthetic pages made in the same run; search, cards and reports have absolute budgets.
// Usage: npm run bench [-- --only figures|build|search|quality|cards|charts|reports|dev] [--sizes 1000,5000] [--search-sizes 100,1000,5000]
// Progress goes to stderr, the Markdown tables to stdout; docs/contributors/benchmarks.md says what each one means.
import { cpus, loadavg, totalmem } from 'node:os';

const PARTS = ['figures', 'build', 'search', 'quality', 'cards', 'charts', 'reports', 'dev'] as const;
type Part = (typeof PARTS)[number];

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(
    [
      'Usage: npm run bench [-- --only PARTS] [--sizes 1000,5000] [--search-sizes 100,1000,5000]',
      '',
      `  --only PARTS         run only these parts, comma-separated: ${PARTS.join(', ')} (default: all)`,
      '  --sizes N,…          casebook sizes for the cost per case, the built search sites and the card count (default 1000)',
      '  --search-sizes N,…   casebook sizes for the search engine measured in Node (default 100,1000,5000)',
      '',
      'The build part times Casebook against a bare Astro build of the same 1,000 synthetic pages, built in turn:',
      '(a) cold, (b) cards cached, (c) nothing changed, (d) one case edited, all with PDF reports off; then, after one',
      'build that prints every report, (e) nothing changed and (f) one case edited with reports on.',
      'Tables go to stdout, progress to stderr.',
    ].join('\n'),
  );
  process.exit(0);
}

/** The value after `--name`, split at commas. */
function listFlag(name: string, fallback: string[]): string[] {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]!.split(',') : fallback;
}

const numbers = (name: string, fallback: number[]) => {
  const values = listFlag(name, fallback.map(String)).map(Number);
  if (values.some((value) => !Number.isInteger(value) || value < 1)) throw new Error(`${name} wants whole numbers, e.g. ${name} 1000,5000`);
  return values;
};
const only = listFlag('--only', [...PARTS]);
const unknown = only.filter((part) => !PARTS.includes(part as Part));
if (unknown.length) {
  console.error(`--only ${unknown.join(',')}: choose from ${PARTS.join(', ')}`);
  process.exit(2);
}
// 5,000 cases take minutes per build, so the default builds 1,000 only; `--sizes 1000,5000` shows the growth.
const sizes = numbers('--sizes', [1000]);
const searchSizes = numbers('--search-sizes', [100, 1000, 5000]);
const root = process.cwd();

// The load average tells a reader whether other work shared the cores: on 2 cores it moves build times by seconds.
const load = () => loadavg()[0]!.toFixed(1);
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${load()} at the start\n`);
// Each part is imported only when it runs, so timing the builds does not load the browser or card code.
const run: Record<Part, () => Promise<string>> = {
  figures: async () => (await import('./bench/figures.ts')).benchFigures(root),
  build: async () => (await import('./bench/builds.ts')).benchBuilds(root, sizes),
  search: async () => (await import('./bench/search.ts')).benchSearch(root, sizes, searchSizes),
  quality: async () => (await import('./bench/search-quality.ts')).benchSearchQuality(root),
  cards: async () => (await import('./bench/cards.ts')).benchCards(root, sizes.at(-1)!),
  charts: async () => (await import('./bench/charts.ts')).benchCharts(root, sizes.at(-1)!),
  reports: async () => (await import('./bench/reports.ts')).benchReports(root),
  dev: async () => (await import('./bench/dev.ts')).benchDev(root),
};
for (const part of PARTS) if (only.includes(part)) console.log(`${await run[part]()}\n`);
console.log(`Load average at the end: ${load()}`);
