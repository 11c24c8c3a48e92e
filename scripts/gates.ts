#!/usr/bin/env node
// `npm run gates`: the built-site gates `npm test` runs on the bundled casebook (valid HTML, links and
// anchors, page metadata, accessibility), over any built site. Exits 1 when a gate finds a problem.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PER_KIND } from '../src/gates/a11y.ts';
import { NotABuiltSite, openBuiltSite } from '../src/gates/built-site.ts';
import { GATE_NAMES, type GateName } from '../src/gates/result.ts';
import { GATE_SUMMARIES, problemLines, runGates, summaryTable } from '../src/gates/run.ts';
import { commandLine } from './cli.ts';
import { caseLastmods } from './gates/case-dates.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { text, texts, positionals } = commandLine({
  name: 'gates',
  usage: '-- [<built site folder>] [--content <dir>] [--only html,links,meta,a11y] [--a11y-pages <n|all>]',
  summary: [
    'Runs the built-site gates over a built site (default dist/): the same checks npm test runs on the bundled casebook.',
    'Prints one line per problem (the page, where on it, what is wrong), a table per gate, and exits 1 if any gate fails.',
  ].join('\n'),
  options: {
    content: { type: 'string', value: '<dir>', description: 'the content folder the site was built from: the sitemap must date each case page as its case file does' },
    only: { type: 'string', value: '<gates>', multiple: true, description: `run only these gates, comma-separated: ${GATE_NAMES.join(', ')}` },
    'a11y-pages': { type: 'string', value: '<n|all>', description: `pages of each kind the a11y gate loads (default ${DEFAULT_PER_KIND}; all: every page)` },
  },
  notes: [
    '  <built site folder>   the folder `npm run build` wrote (default dist/); its address and base path are read from',
    '                        its home page\'s canonical link, so a site built with CASEBOOK_BASE is checked as served.',
    '',
    'The gates:',
    ...GATE_NAMES.map((gate) => `  ${gate.padEnd(6)} ${GATE_SUMMARIES[gate]}`),
    '',
    'The a11y gate runs the Chromium reports print with (CHROMIUM_PATH, an installed Chrome or Chromium, else the',
    'one in the npm package @sparticuz/chromium). See docs/operators/check-your-site.md.',
  ],
  example: 'npm run gates -- dist --only html,links',
  positionals: 1,
});

/** Prints a one-line problem with the command line and exits 2, as `commandLine` does for its own checks. */
function wrong(problem: string): never {
  console.error(`npm run gates: ${problem}; see npm run gates -- --help`);
  process.exit(2);
}

const only = texts('only').flatMap((value) => value.split(',')).map((name) => name.trim()).filter(Boolean);
const unknown = only.filter((name) => !(GATE_NAMES as readonly string[]).includes(name));
if (unknown.length) wrong(`unknown gate ${unknown.join(', ')} in --only (the gates are ${GATE_NAMES.join(', ')})`);
const pagesOption = text('a11y-pages');
const perKind = pagesOption === undefined ? undefined : pagesOption === 'all' ? Infinity : Number(pagesOption);
if (perKind !== undefined && !(Number.isInteger(perKind) || perKind === Infinity)) wrong(`--a11y-pages takes a whole number or all, not ${pagesOption}`);
if (perKind !== undefined && perKind < 1) wrong(`--a11y-pages takes a number of at least 1, not ${pagesOption}`);

const folder = positionals[0] ?? 'dist';
let site;
try {
  site = openBuiltSite(folder);
} catch (error) {
  if (!(error instanceof NotABuiltSite)) throw error;
  console.error(`npm run gates: ${error.message}`);
  process.exit(1);
}

let lastmod: Map<string, string> | undefined;
const content = text('content');
if (content !== undefined) {
  // The model is read only here, for the case dates; the gates themselves read built files alone.
  const { loadCasebook } = await import('../src/model/load.ts');
  const folderOfContent = path.resolve(process.cwd(), content);
  lastmod = caseLastmods(await loadCasebook(root, path.relative(root, folderOfContent) || '.'));
  if (lastmod.size === 0) wrong(`--content ${content}: no published case there`);
}

console.log(`Checking ${folder} (${site.origin}${site.base}, "${site.title}", ${site.lang || 'no language'})`);
const results = await runGates(site, {
  only: only.length ? (only as GateName[]) : undefined,
  meta: { lastmod },
  a11y: { perKind },
  onStart: (gate) => console.log(`… ${gate}`),
});
const lines = problemLines(results);
if (lines.length) console.log(`\n${lines.join('\n')}`);
console.log(`\n${summaryTable(results)}`);
const failed = results.filter((result) => result.problems.length > 0);
console.log(failed.length ? `\n✗ ${failed.map((result) => result.gate).join(', ')} failed` : `\n✓ every gate passed`);
process.exit(failed.length ? 1 : 0);
