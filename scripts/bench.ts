#!/usr/bin/env node
// `npm run bench`: the brief's budgets, measured. Builds are timed against a bare Astro build of the same
// synthetic pages made in the same run; search, cards and reports have absolute budgets.
// Usage: npm run bench [-- --only figures|build|sizes|search|quality|cards|charts|reports|dev] [--sizes 1000,5000] [--search-sizes 100,1000,5000]
// (npm run bench -- --help says the same).
// Progress goes to stderr, the Markdown tables to stdout; docs/contributors/benchmarks.md says what each one means.
import { cpus, loadavg, totalmem } from 'node:os';
import { commandLine } from './cli.ts';

const PARTS = ['figures', 'build', 'sizes', 'search', 'quality', 'cards', 'charts', 'reports', 'dev'] as const;
type Part = (typeof PARTS)[number];

const { text } = commandLine({
  name: 'bench',
  usage: '[-- --only <parts>] [--sizes 1000,5000] [--search-sizes 100,1000,5000]',
  summary: [
    'Measures the brief\'s budgets. The build part times Casebook against a bare Astro build of the same 1,000',
    'synthetic pages, built in turn: (a) cold, (b) cards cached, (c) nothing changed, (d) one case edited, all with',
    'PDF reports off; then, after one build that prints every report, (e) nothing changed and (f) one case edited',
    'with reports on. Tables go to stdout, progress to stderr.',
  ].join('\n'),
  options: {
    only: { type: 'string', value: '<parts>', description: `run only these parts, comma-separated: ${PARTS.join(', ')} (default: all)` },
    sizes: { type: 'string', value: '<N,…>', description: 'casebook sizes for the cost per case, the built search sites and the card count (default 1000)' },
    'search-sizes': { type: 'string', value: '<N,…>', description: 'casebook sizes for the search engine measured in Node (default 100,1000,5000)' },
  },
  notes: ['The synthetic casebooks are made from the bundled content/, so bench takes no --content.'],
  example: 'npm run bench -- --only figures,search --sizes 1000,5000',
  content: false,
});

/** A comma-separated option's values, or the fallback when it is not given. */
const listFlag = (name: string, fallback: string[]): string[] => text(name)?.split(',').filter(Boolean) ?? fallback;

/** A list of whole numbers; anything else is one line and exit code 2, like every wrong argument. */
const numbers = (name: string, fallback: number[]) => {
  const values = listFlag(name, fallback.map(String)).map(Number);
  if (!values.length || values.some((value) => !Number.isInteger(value) || value < 1)) {
    console.error(`npm run bench: --${name} wants whole numbers, e.g. --${name} 1000,5000; see npm run bench -- --help`);
    process.exit(2);
  }
  return values;
};
const only = listFlag('only', [...PARTS]);
const unknown = only.filter((part) => !PARTS.includes(part as Part));
if (unknown.length) {
  console.error(`npm run bench: --only ${unknown.join(',')}: choose from ${PARTS.join(', ')}; see npm run bench -- --help`);
  process.exit(2);
}
// 5,000 cases take minutes per build, so the default builds 1,000 only; `--sizes 1000,5000` shows the growth.
const sizes = numbers('sizes', [1000]);
const searchSizes = numbers('search-sizes', [100, 1000, 5000]);
const root = process.cwd();

// The load average tells a reader whether other work shared the cores: on 2 cores it moves build times by seconds.
const load = () => loadavg()[0]!.toFixed(1);
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${load()} at the start\n`);
// Each part is imported only when it runs, so timing the builds does not load the browser or card code.
const run: Record<Part, () => Promise<string>> = {
  figures: async () =>
    `${await (await import('./bench/figures.ts')).benchFigures(root)}\n\n${await (await import('./bench/figure-genres.ts')).benchFigureGenres(root)}`,
  build: async () => (await import('./bench/builds.ts')).benchBuilds(root, only.includes('sizes') ? [] : sizes),
  sizes: async () => (await import('./bench/builds.ts')).perSize(root, sizes),
  search: async () => (await import('./bench/search.ts')).benchSearch(root, sizes, searchSizes),
  quality: async () => (await import('./bench/search-quality.ts')).benchSearchQuality(root),
  cards: async () => (await import('./bench/cards.ts')).benchCards(root, sizes.at(-1)!),
  charts: async () => (await import('./bench/charts.ts')).benchCharts(root, sizes.at(-1)!),
  reports: async () => (await import('./bench/reports.ts')).benchReports(root),
  dev: async () => (await import('./bench/dev.ts')).benchDev(root),
};
for (const part of PARTS) if (only.includes(part)) console.log(`${await run[part]()}\n`);
console.log(`Load average at the end: ${load()}`);
