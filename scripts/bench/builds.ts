// The build budgets of the brief, measured against a bare Astro build of the same synthetic pages,
// built in the same run and alternating with Casebook's builds so machine noise hits both alike.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildBareAstro, clearBareCache, writeBareAstro } from './bare.ts';
import { CasebookBuild } from './casebook.ts';
import { cardCounts, casebookProfile, logPhases, pageCounts, renderTimes, reportCounts } from './profile.ts';
import { run, tail, type Run } from './run.ts';
import { writeSyntheticCasebook } from './synthetic.ts';
import { median, seconds, table } from './table.ts';

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
  return `${counts.rendered} rendered, ${counts.reused} reused`;
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
  return { dir, size, casebook, bare: () => buildBareAstro(path.join(dir, 'bare'), root, size), clearBare: () => clearBareCache(path.join(dir, 'bare')) };
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
  const rows = renderTimes(result).map(({ group, pages, reused, seconds: time }) => [group, String(pages), String(reused), seconds(time)]);
  return `### Rendering in build (b), by kind of route (Astro's per-page times)\n\n${table(['routes', 'pages', 'reused', 'render time'], rows)}`;
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

/**
 * Cost per case as the casebook grows: at each size a bare build and a
 * Casebook build, both cold (no content store, no page cache) and Casebook
 * with cards off, so the figure is the pipeline's and not the card
 * renderer's. Linear growth keeps ms per case flat across sizes.
 */
async function perCase(root: string, sizes: number[]): Promise<string> {
  const rows: string[][] = [];
  const perCaseMs: { bare: number; casebook: number }[] = [];
  for (const size of sizes) {
    const space = await workspace(root, size);
    try {
      progress(`per case, ${size} cases: bare Astro, no content store`);
      space.clearBare();
      const bare = await space.bare();
      progress(`per case, ${size} cases: Casebook, no caches, cards off`);
      space.casebook.clearCaches();
      const casebook = await space.casebook.build({ cards: false });
      perCaseMs.push({ bare: (bare.seconds * 1000) / size, casebook: (casebook.seconds * 1000) / size });
      rows.push([String(size), seconds(bare.seconds), `${perCaseMs.at(-1)!.bare.toFixed(1)} ms`, seconds(casebook.seconds), `${perCaseMs.at(-1)!.casebook.toFixed(1)} ms`, ratio(casebook.seconds, bare.seconds)]);
    } finally {
      space.casebook.dispose();
      rmSync(space.dir, { recursive: true, force: true });
    }
  }
  const [first, last] = [perCaseMs[0]!, perCaseMs.at(-1)!];
  const [small, large] = [sizes[0]!, sizes.at(-1)!];
  // The cost of each case beyond the smallest size, start-up excluded: what a larger casebook adds per case.
  const marginal = (at: (ms: typeof first) => number) => `${((at(last) * large - at(first) * small) / (large - small)).toFixed(1)} ms`;
  const growth =
    sizes.length > 1
      ? `\nPer-case cost at ${large} ÷ at ${small}: bare ${(last.bare / first.bare).toFixed(2)}, Casebook ${(last.casebook / first.casebook).toFixed(2)} ` +
        '(linear growth gives about 1; the fixed start-up spread over more cases pulls it a little below 1, anything above 1 grows faster than linear). ' +
        `Each case beyond ${small} costs bare ${marginal((ms) => ms.bare)}, Casebook ${marginal((ms) => ms.casebook)}.`
      : '\nOne size only: run with `--sizes 1000,5000` to see how the cost per case grows.';
  return [
    '### Cost per case (cold builds; Casebook with cards off)\n',
    table(['cases', 'bare Astro', 'per case', 'Casebook', 'per case', '× bare'], rows),
    growth,
  ].join('\n');
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
 * each of `sizes`. Returns the Markdown to print.
 */
export async function benchBuilds(root: string, sizes: number[]): Promise<string> {
  return [await checks(root), await scenarios(root), await perCase(root, sizes)].join('\n\n');
}
