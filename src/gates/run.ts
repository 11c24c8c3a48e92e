// Runs the gates over a built site and says what they found: one line per problem, then a table with a
// row per gate. `npm run gates` prints this; the tests call the gates' own modules.
import { checkA11y, type A11yOptions } from './a11y.ts';
import type { BuiltSite } from './built-site.ts';
import { checkHtml } from './html.ts';
import { checkLinks } from './links.ts';
import { checkMeta, type MetaOptions } from './meta.ts';
import { formatProblem, GATE_NAMES, type GateName, type GateResult } from './result.ts';

/** What each gate checks, in a few words, for `--help` and the summary. */
export const GATE_SUMMARIES: Record<GateName, string> = {
  html: 'valid HTML (html-validate, recommended rules; nothing outside <head> and <body>)',
  links: 'every internal link and #anchor names a built file and an id; no repeated ids',
  meta: 'titles and meta descriptions of their own, robots.txt, the sitemap, one tag per concept',
  a11y: `axe-core in headless Chromium at phone and desktop widths: no serious or critical violation`,
};

/** Which gates to run and how. */
export interface RunOptions {
  only?: readonly GateName[];
  meta?: MetaOptions;
  a11y?: A11yOptions;
  /** Called when a gate starts, e.g. to say so on the terminal. */
  onStart?: (gate: GateName) => void;
}

/** Runs the chosen gates (all by default) over `site`, one after another, in the order of {@link GATE_NAMES}. */
export async function runGates(site: BuiltSite, options: RunOptions = {}): Promise<GateResult[]> {
  const results: GateResult[] = [];
  for (const gate of GATE_NAMES.filter((name) => !options.only || options.only.includes(name))) {
    options.onStart?.(gate);
    const started = performance.now();
    let result: GateResult;
    try {
      result =
        gate === 'html' ? await checkHtml(site) : gate === 'links' ? checkLinks(site) : gate === 'meta' ? checkMeta(site, options.meta) : await checkA11y(site, options.a11y);
    } catch (error) {
      // A gate that cannot run (no Chromium, a data file that is not JSON) fails with the reason; the others still report.
      result = { gate, checked: {}, problems: [{ page: site.base, message: `the ${gate} gate could not run: ${(error as Error).message.split('\n')[0]}` }], notes: [] };
    }
    results.push({ ...result, seconds: (performance.now() - started) / 1000 });
  }
  return results;
}

/** One line per problem, the gate's name first: `html  /cases/x/ 12:40: attribute-misuse: …`. */
export const problemLines = (results: readonly GateResult[]) => results.flatMap((result) => result.problems.map((problem) => `${result.gate.padEnd(5)} ${formatProblem(problem)}`));

/** The summary: a row per gate (what it checked, how many problems, pass or fail, how long it took), then the gates' notes. */
export function summaryTable(results: readonly GateResult[]): string {
  const rows = [
    ['gate', 'checked', 'problems', 'result', 'time'],
    ...results.map((result) => [
      result.gate,
      Object.entries(result.checked)
        .map(([what, count]) => `${count.toLocaleString('en')} ${what}`)
        .join(', '),
      String(result.problems.length),
      result.problems.length ? 'FAIL' : 'pass',
      result.seconds === undefined ? '' : `${result.seconds.toFixed(1)} s`,
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line), ...results.flatMap((result) => result.notes.map((note) => `note: ${note}`))].join('\n');
}
