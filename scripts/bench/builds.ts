// The build budgets of the brief, measured against a bare Astro build of the same synthetic pages,
// built in the same run and alternating with Casebook's builds so machine noise hits both alike.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { buildBareAstro, clearBareCache, writeBareAstro } from './bare.ts';
import { CasebookBuild } from './casebook.ts';
import { cardCounts, casebookProfile, logPhases, pageCounts, renderTimes, reportCounts } from './profile.ts';
import { gigabytes } from './memory.ts';
import { run, tail, type Caps, type Run } from './run.ts';
import { writeSyntheticCasebook } from './synthetic.ts';
import { kb, median, seconds, table } from './table.ts';
import type { BrowserSearchFigures } from './search.ts';

const SCENARIO_SIZE = 1000;
// Plain Chinese with no figure in it, so the edited case still passes every claim check.
const EDIT = '这一做法随后在周边街道得到推广。';
// The second edit, for the build with reports on: another sentence, so the case's chapter changes again.
const SECOND_EDIT = '相关经验已在区内交流。';

const progress = (message: string) => console.error(`bench: ${message}`);
const ratio = (value: number, base: number) => `×${(value / base).toFixed(2)}`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const drawn = (result: Run) => {
  const cards = cardCounts(result);
  return cards ? `${cards.drawn} drawn, ${cards.cached} from cache` : 'no card line in the log';
};
const pages = (result: Run) => {
  const counts = pageCounts(result);
  return `${counts.rendered} rendered, ${counts.reused} from the page store`;
};
const pdfs = (result: Run) => {
  const reports = reportCounts(result);
  if (!reports) return 'off';
  // A few are named (which volumes an edit reprinted); a cold build's forty are counted.
  const names = reports.printed.length <= 4 ? reports.printed.join(', ') : `${reports.printed.length} PDFs`;
  const printed = reports.printed.length ? `${names} printed (${reports.parts} parts printed, ${reports.reusedParts} reused), ` : '';
  return `${printed}${reports.cached} of ${reports.total} from cache`;
};

/** A synthetic casebook of `size` cases in a fresh temp folder, with a bare-Astro project over the same files. */
async function workspace(root: string, size: number) {
  const dir = mkdtempSync(path.join(tmpdir(), `casebook-bench-${size}-`));
  await writeSyntheticCasebook(dir, size, path.join(root, 'content'));
  writeBareAstro(path.join(dir, 'bare'), path.join(dir, 'cases'), root);
  const casebook = new CasebookBuild(root, dir);
  return { dir, size, casebook, bare: (caps?: Caps) => buildBareAstro(path.join(dir, 'bare'), root, size, caps), clearBare: () => clearBareCache(path.join(dir, 'bare')) };
}

/** Appends `sentence` ({@link EDIT} unless given) to the last paragraph of one case in the middle of the casebook. */
function editOneBody(dir: string, sentence = EDIT): string {
  const cases = readdirSync(path.join(dir, 'cases')).sort();
  const file = path.join(dir, 'cases', cases[Math.floor(cases.length / 2)]!);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/\n*$/, `${sentence}\n`));
  return path.basename(file);
}

/**
 * The budget scenarios at 1,000 cases, each Casebook build between two bare
 * ones: (a)–(d) with the PDF reports off, then (e) and (f) with them on, as
 * a site that publishes its reports builds, after an untimed build that
 * prints every report once. Then the profiles of the cards-cached build and
 * of the one-edit build with reports.
 */
async function scenarios(root: string): Promise<string> {
  const space = await workspace(root, SCENARIO_SIZE);
  const { casebook } = space;
  try {
    const bare: Run[] = [];
    const bareBuild = async () => {
      progress(`bare Astro build ${bare.length + 1} of 7`);
      bare.push(await space.bare());
    };
    // Bare build 1 starts with no content store, as a fresh checkout's first `astro build`; the others find it warm.
    space.clearBare();
    await bareBuild();
    progress('Casebook (a): cold, every card drawn');
    casebook.clearCaches();
    casebook.clearCards();
    const cold = await casebook.build();
    const unknownCaches = casebook.unknownCaches();
    await bareBuild();
    progress('Casebook (b): content and page caches cleared, cards cached');
    casebook.clearCaches();
    const cached = await casebook.build();
    await bareBuild();
    progress('Casebook (c): rebuild, nothing changed');
    const unchanged = await casebook.build();
    await bareBuild();
    const edited = editOneBody(space.dir);
    progress(`Casebook (d): ${edited} edited, rebuilt`);
    const oneEdit = await casebook.build();
    await bareBuild();
    // Not compared with bare: it prints every report of the casebook cold (minutes at this size), so that (e) and
    // (f) find the report cache as a site's second build with reports does.
    progress('Casebook with reports: printing every report once (untimed)');
    const reportsCold = await casebook.build({ reports: true });
    progress('Casebook (e): reports on, rebuild, nothing changed');
    const reportsUnchanged = await casebook.build({ reports: true });
    await bareBuild();
    editOneBody(space.dir, SECOND_EDIT);
    progress(`Casebook (f): reports on, ${edited} edited again, rebuilt`);
    const reportsEdit = await casebook.build({ reports: true });
    await bareBuild();

    const base = median(bare.map((result) => result.seconds));
    const unchangedCards = cardCounts(unchanged);
    const unchangedReports = reportCounts(reportsUnchanged);
    const rows = [
      ['(a) cold: no caches, every card drawn', cold, '≤ ×2', cold.seconds <= 2 * base],
      ['(b) full build, cards cached (content and page caches cleared)', cached, '≤ ×1.3', cached.seconds <= 1.3 * base],
      ['(c) rebuild, nothing changed (every cache warm)', unchanged, 'no card drawn', unchangedCards?.drawn === 0],
      [`(d) one case body edited (${edited}), rebuilt`, oneEdit, '≤ ×0.5', oneEdit.seconds <= 0.5 * base],
      [
        '(e) reports on: rebuild, nothing changed',
        reportsUnchanged,
        'no card drawn, no PDF printed',
        cardCounts(reportsUnchanged)?.drawn === 0 && unchangedReports !== undefined && unchangedReports.printed.length === 0,
      ],
      [`(f) reports on: one case body edited (${edited}), rebuilt`, reportsEdit, '≤ ×0.5', reportsEdit.seconds <= 0.5 * base],
    ] as const;
    const cells = rows.map(([what, result, budget, ok]) => [what, seconds(result.seconds), ratio(result.seconds, base), budget, mark(ok), pages(result), drawn(result), pdfs(result)]);
    const bareTimes = bare.map((result, index) => `${result.seconds.toFixed(1)}${index === 0 ? ' (no content store)' : ''}`).join(', ');
    return [
      `### Build budgets, ${SCENARIO_SIZE} synthetic cases\n`,
      `Bare Astro (same .mdx files, @astrojs/mdx, default processor), built before and after each Casebook build: ${bareTimes} s. ` +
        `Ratios are to the median of all ${bare.length}, **${seconds(base)}**; the first had no content store, the others found the previous build's.\n`,
      table(['Casebook build', 'time', '× bare', 'budget', '', 'pages and endpoints', 'cards', 'PDF reports'], cells),
      `\nPrinting every report once before (e), untimed against bare: ${seconds(reportsCold.seconds)} (${pdfs(reportsCold)}).`,
      ...(unknownCaches.length
        ? [`\nThe cold build created ${unknownCaches.map((name) => `node_modules/.cache/${name}`).join(', ')}, which "cold" does not clear: add it to CACHE_FOLDERS in scripts/bench/casebook.ts if it is Casebook's.`]
        : []),
      '',
      profileTable(cached, '(b)'),
      '',
      profileTable(reportsEdit, '(f)'),
      '',
      renderTable(cached),
      '',
      phaseTable([
        ['bare, no content store (1)', bare[0]!],
        ['bare, warm store (2)', bare[1]!],
        ['Casebook (b)', cached],
        ['Casebook (f)', reportsEdit],
      ]),
    ].join('\n');
  } finally {
    casebook.dispose();
    rmSync(space.dir, { recursive: true, force: true });
  }
}

/** Casebook's own `[casebook:profile]` phases of build `name`, with their share of its wall time. */
function profileTable(result: Run, name: string): string {
  const heading = `### Where the ${seconds(result.seconds)} of build ${name} go, by Casebook's profile\n`;
  const profile = casebookProfile(result);
  if (!profile) return `${heading}\nprofile not available (the build printed no \`[casebook:profile]\` line)`;
  // `total` is the integration's own lifetime, not a phase; the rest is what Casebook timed.
  const { total, ...phases } = profile;
  const share = (ms: number) => `${((ms / 1000 / result.seconds) * 100).toFixed(0)} %`;
  const rows = Object.entries(phases).map(([phase, ms]) => [phase, seconds(ms / 1000), share(ms)]);
  const other = result.seconds * 1000 - Object.values(phases).reduce((sum, ms) => sum + ms, 0);
  rows.push(['other (Astro start-up, shutdown, untimed steps)', seconds(other / 1000), share(other)]);
  const alive = total === undefined ? '' : `\n\nCasebook's integration was alive for ${seconds(total / 1000)} of the ${seconds(result.seconds)}.`;
  // The reports print while the search index and the cards are made: their times overlap, so "other" is a lower bound.
  const overlap = phases.reports !== undefined ? ' The reports print while the search index and the cards are made, so their times overlap and "other" is at least what it shows.' : '';
  const note = alive || overlap ? `${alive || '\n\n'}${overlap}` : '';
  return `${heading}\n${table(['phase', 'time', 'share of wall time'], rows)}${note}`;
}

/** Astro's rendering time of one build by kind of route. */
function renderTable(result: Run): string {
  const rows = renderTimes(result).map(({ group, pages, seconds: time }) => [group, String(pages), seconds(time)]);
  return `### Rendering in build (b), by kind of route (Astro's per-page times)\n\n${table(['routes', 'pages rendered', 'render time'], rows)}`;
}

/** Astro's phases, told apart by when its log lines arrived, for several builds side by side. */
function phaseTable(columns: [name: string, result: Run][]): string {
  const maps = columns.map(([, result]) => new Map(logPhases(result).map(({ phase, seconds }) => [phase, seconds])));
  const phases = [...new Set(maps.flatMap((map) => [...map.keys()]))];
  const cell = (value: number | undefined) => (value === undefined ? '' : seconds(value));
  const rows = phases.map((phase) => [phase, ...maps.map((map) => cell(map.get(phase)))]);
  rows.push(['**wall time**', ...columns.map(([, result]) => seconds(result.seconds))]);
  return `### The same builds by Astro's log (each phase ends when its last line arrived)\n\n${table(['phase', ...columns.map(([name]) => name)], rows)}`;
}

// Bare Astro's memory grows with the casebook until the machine runs out (about 29 GB at 50,000 cases, by the
// 10,000-case figure); the bench stops it at this share of the machine's memory (8 GB of 24: above bare's 6 GB at
// 10,000 cases, and well before the machine would swap), or at the time cap, and says so.
const BARE_MEMORY_SHARE = 1 / 3;
const bareCaps = (size: number) => ({ memoryBytes: Math.floor(totalmem() * BARE_MEMORY_SHARE), seconds: 300 + size * 0.06 });

/** One build at one size, for the per-size table: its time, the per-case cost, the ratio and the peak memory. */
function sizeRow(what: string, result: Run, size: number, base: Run | undefined, budget: { ratio?: number; memory?: number }): string[] {
  const completed = base && !base.stopped;
  const ratioCell = completed ? ratio(result.seconds, base.seconds) : 'bare did not finish';
  const checks: boolean[] = [];
  if (budget.ratio !== undefined && completed) checks.push(result.seconds <= budget.ratio * base.seconds);
  if (budget.memory !== undefined && result.peakBytes !== undefined) checks.push(result.peakBytes <= budget.memory);
  const budgetCell = [budget.ratio === undefined ? '' : `≤ ×${budget.ratio}`, budget.memory === undefined ? '' : `≤ ${gigabytes(budget.memory).replace('.00', '')}`].filter(Boolean).join(', ');
  return [what, seconds(result.seconds), `${((result.seconds * 1000) / size).toFixed(1)} ms`, ratioCell, gigabytes(result.peakBytes), budgetCell, checks.length ? mark(checks.every(Boolean)) : ''];
}

// The brief's memory budgets by casebook size (peak of the build's process tree).
const memoryBudget = (size: number) => (size <= 10_000 ? 2e9 : size <= 50_000 ? 6e9 : undefined);
// The rebuild budgets hold from 10,000 cases up; below, the same ratios are shown against the smaller budgets of the scenarios.
const rebuildBudgets = (size: number) => (size >= 10_000 ? { cold: 1.2, unchanged: 0.15, edit: 0.2 } : { cold: 2, unchanged: 1, edit: 0.5 });

/**
 * The builds at each of `sizes`, each size in a fresh synthetic casebook:
 * bare Astro cold (no content store) and again with its store, beside
 * Casebook cold (no caches), rebuilt with nothing changed and after one
 * body edit, all with cards and reports off (cards cost the same per card
 * at any size; the cards part measures them). Each row gives the time, the
 * cost per case, the ratio to bare (cold to bare's cold build, the rebuilds
 * to bare's second) and the peak resident memory of the build's whole
 * process tree. A bare build over the bench's memory or time cap is stopped,
 * and the table says so.
 */
export async function perSize(root: string, sizes: number[]): Promise<string> {
  const sections: string[] = [];
  const perCaseMs: { size: number; casebook: number; bare?: number }[] = [];
  for (const size of sizes) {
    const space = await workspace(root, size);
    try {
      const caps = bareCaps(size);
      progress(`${size} cases: bare Astro, no content store`);
      space.clearBare();
      const bareCold = await space.bare(caps);
      progress(`${size} cases: Casebook cold, no caches, cards off`);
      space.casebook.clearCaches();
      const cold = await space.casebook.build({ cards: false });
      let bareWarm: Run | undefined;
      if (!bareCold.stopped) {
        progress(`${size} cases: bare Astro again, with its content store`);
        bareWarm = await space.bare(caps);
      }
      progress(`${size} cases: Casebook rebuild, nothing changed`);
      const unchanged = await space.casebook.build({ cards: false });
      const edited = editOneBody(space.dir);
      progress(`${size} cases: Casebook rebuild, ${edited} edited`);
      const oneEdit = await space.casebook.build({ cards: false });
      progress(`${size} cases: the search page's first queries, in Chromium, on the site just built`);
      // Imported here: the builds before it are timed without the browser code loaded.
      const search = await (await import('./search.ts')).measureSearchInBrowser(space.casebook.outDir);
      perCaseMs.push({ size, casebook: (cold.seconds * 1000) / size, ...(bareCold.stopped ? {} : { bare: (bareCold.seconds * 1000) / size }) });
      const budgets = rebuildBudgets(size);
      const memory = memoryBudget(size);
      const bareRow = (what: string, result: Run | undefined) =>
        result === undefined
          ? [what, 'not run (the first did not finish)', '', '', '', '', '']
          : result.stopped
            ? [what, `did not finish: ${result.stopped}`, '', '', gigabytes(result.peakBytes), '', '']
            : [what, seconds(result.seconds), `${((result.seconds * 1000) / size).toFixed(1)} ms`, '', gigabytes(result.peakBytes), '', ''];
      const rows = [
        bareRow('bare Astro, no content store', bareCold),
        bareRow('bare Astro, with its content store', bareWarm),
        sizeRow('Casebook cold (no caches)', cold, size, bareCold, { ratio: budgets.cold, memory }),
        sizeRow('Casebook rebuild, nothing changed', unchanged, size, bareWarm, { ratio: budgets.unchanged, memory }),
        sizeRow(`Casebook rebuild, one body edited`, oneEdit, size, bareWarm, { ratio: budgets.edit, memory }),
      ];
      const pagesLine = `Casebook's pages and endpoints: cold ${pages(cold)}; nothing changed ${pages(unchanged)}; one edit ${pages(oneEdit)}.`;
      const searchLine = searchSummary(search, size);
      const profiles = [['cold', cold], ['nothing changed', unchanged], ['one edit', oneEdit]] as const;
      const profileLines = profiles.map(([name, result]) => {
        const profile = casebookProfile(result);
        if (!profile) return `- ${name}: no profile`;
        const { total: _total, ...phases } = profile;
        return `- ${name}: ${Object.entries(phases).map(([phase, ms]) => `${phase} ${seconds(ms / 1000)}`).join(', ')}`;
      });
      sections.push([
        `### ${size.toLocaleString('en')} cases
`,
        table(['build', 'time', 'per case', '× bare', 'peak memory', 'budget', ''], rows),
        '',
        pagesLine,
        '',
        searchLine,
        '',
        "Casebook's profile (phases in seconds):\n",
        ...profileLines,
      ].join('\n'));
    } catch (error) {
      // A failed build at one size is that size's result: the sizes measured before it are kept, and printed.
      sections.push(`### ${size.toLocaleString('en')} cases\n\nA build failed, so this size has no table:\n\n\`\`\`text\n${error instanceof Error ? error.message : String(error)}\n\`\`\``);
      progress(`${size} cases: a build failed; going on with the next size`);
    } finally {
      space.casebook.dispose();
      rmSync(space.dir, { recursive: true, force: true });
    }
  }
  const [first, last] = [perCaseMs[0], perCaseMs.at(-1)];
  const growth =
    first && last && perCaseMs.length > 1
      ? `Per-case cost of a cold build at ${last.size.toLocaleString('en')} ÷ at ${first.size.toLocaleString('en')}: Casebook ${(last.casebook / first.casebook).toFixed(2)}` +
        (first.bare !== undefined && last.bare !== undefined ? `, bare ${(last.bare / first.bare).toFixed(2)}` : ', bare not measured at both sizes') +
        ' (linear growth gives about 1, the budget is within 10 %; the fixed start-up spread over more cases pulls it a little below 1).'
      : 'One size only: run with `--sizes 1000,10000` to see how the cost per case grows.';
  return [
    '### Builds by casebook size (cards and reports off)\n',
    `Memory is the peak resident set of the build's whole process tree (\`npm run build\` and \`astro build\`), sampled every 250 ms. ` +
      `A bare build is stopped above ${Math.round((totalmem() * BARE_MEMORY_SHARE) / 1e9)} GB (a third of this machine's memory) or its time cap. ` +
      'Ratios: the cold build to bare without a content store, the rebuilds to bare with one.\n',
    sections.join('\n\n'),
    '',
    growth,
  ].join('\n');
}

/**
 * The search page of a size's built site, as one line: what a first query
 * fetches (gzip) and how long it takes to its results, with the brief's
 * budgets from 10,000 cases up (≤ 150 KB, p95 ≤ 150 ms).
 */
function searchSummary(search: BrowserSearchFigures, size: number): string {
  const budgets = size >= 10_000 ? ` Budgets ≤ 150 KB ${mark(search.indexGzip.p95 <= 150 * 1024)}, p95 ≤ 150 ms ${mark(search.first.p95 <= 150)}.` : '';
  return (
    `Search page, first query of a fresh browser (${search.runs} queries): index fetched ${kb(search.indexGzip.p50)} / ${kb(search.indexGzip.p95)} p50 / p95 ` +
    `(${kb(search.withCodeGzip.p95)} p95 with the page's code), query to results ${search.first.p50.toFixed(0)} / ${search.first.p95.toFixed(0)} ms, ` +
    `later queries ${search.warm.p50.toFixed(0)} / ${search.warm.p95.toFixed(0)} ms.${budgets}`
  );
}

/** `npm run check` as an editor runs it, on the bundled casebook and on a synthetic one of {@link SCENARIO_SIZE} cases. */
async function checks(root: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'casebook-bench-check-'));
  const synthetic = new CasebookBuild(root, dir);
  try {
    await writeSyntheticCasebook(dir, SCENARIO_SIZE, path.join(root, 'content'));
    const bundled = await run(process.execPath, ['scripts/check.ts'], root, {});
    if (bundled.status !== 0) throw new Error(`npm run check failed on the bundled casebook:\n${tail(bundled)}`);
    const rows = [
      ['bundled casebook (its model cache as earlier runs left it)', seconds(bundled.seconds), '≤ 3 s'],
      [`${SCENARIO_SIZE} synthetic cases, no model cache`, seconds((await synthetic.check()).seconds), '≤ 30 s'],
    ];
    return `### \`npm run check\` (whole process)\n\n${table(['casebook', 'time', 'budget'], rows)}`;
  } finally {
    synthetic.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The build part of `npm run bench`: `npm run check`, the budget scenarios
 * at 1,000 cases against bare Astro, the profile, and the cost per case at
 * each of `sizes` (none when the `sizes` part runs them on its own). Returns the Markdown to print.
 */
export async function benchBuilds(root: string, sizes: number[]): Promise<string> {
  return [await checks(root), await scenarios(root), ...(sizes.length ? [await perSize(root, sizes)] : [])].join('\n\n');
}
