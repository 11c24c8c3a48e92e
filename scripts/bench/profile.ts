// Reads a build's log for what the bench reports: Casebook's own profile line, the card counts, and
// the phases of Astro's build told apart by when its log lines arrived.
import type { LogLine, Run } from './run.ts';

/**
 * The phases Casebook reports with `CASEBOOK_PROFILE=1`, in milliseconds,
 * from its `[casebook:profile] {"phase": ms, …}` line; undefined when the
 * build printed none (older builds) or it does not parse.
 */
export function casebookProfile(result: Run): Record<string, number> | undefined {
  for (const { text } of result.lines) {
    const at = text.indexOf('[casebook:profile]');
    if (at < 0) continue;
    try {
      const parsed: unknown = JSON.parse(text.slice(at + '[casebook:profile]'.length).trim());
      if (parsed && typeof parsed === 'object') {
        return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
      }
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** How many cards the build drew and took from its cache, from the line `N social cards: X drawn, Y from cache`. */
export function cardCounts(result: Run): { total: number; drawn: number; cached: number } | undefined {
  for (const { text } of result.lines) {
    const match = /(\d+) social cards: (\d+) drawn, (\d+) from cache/.exec(text);
    if (match) return { total: Number(match[1]), drawn: Number(match[2]), cached: Number(match[3]) };
  }
  return undefined;
}

/** What the build did with its PDF reports, from its per-PDF lines and its `N PDF reports in X s` line. */
export interface ReportCounts {
  /** Every PDF the build published. */
  total: number;
  /** The PDFs printed again (their names, `casebook.15`), with the parts printed and taken from the part cache. */
  printed: string[];
  parts: number;
  reusedParts: number;
  /** The PDFs taken whole from the cache. */
  cached: number;
}

/**
 * The reports a build published, printed and took from its cache; undefined
 * when it printed none (`CASEBOOK_REPORTS=off`).
 */
export function reportCounts(result: Run): ReportCounts | undefined {
  let total: number | undefined;
  const counts: ReportCounts = { total: 0, printed: [], parts: 0, reusedParts: 0, cached: 0 };
  for (const { text } of result.lines) {
    const printed = /reports\/(\S+)\.pdf: \d+ pages, (\d+) parts printed, (\d+) reused/.exec(text);
    if (printed) {
      counts.printed.push(printed[1]!);
      counts.parts += Number(printed[2]);
      counts.reusedParts += Number(printed[3]);
    } else if (/reports\/\S+\.pdf: unchanged, from cache/.test(text)) counts.cached++;
    const summary = /\b(\d+) PDF reports in /.exec(text);
    if (summary) total = Number(summary[1]);
  }
  return total === undefined ? undefined : { ...counts, total };
}

/**
 * How many pages Astro rendered and how many came from the page store
 * (the integration's "pages: N from the page store" line; Astro lists only
 * the pages it rendered).
 */
export function pageCounts(result: Run): { rendered: number; reused: number } {
  const rendered = result.lines.filter(({ text }) => /[├└]─/.test(text)).length;
  const stored = result.lines.map(({ text }) => /pages: (\d+) from the page store/.exec(text)).find(Boolean);
  return { rendered, reused: stored ? Number(stored[1]) : 0 };
}

// Astro's log lines that end each phase of `astro build`, in the order they appear. A phase whose
// line is missing (a later Astro, or a build that skips a step) is folded into the next one.
const MARKERS: [phase: string, line: RegExp][] = [
  ['start-up, config and integrations’ setup', /\[content\] Syncing content/],
  ['content sync', /\[content\] Synced content/],
  ['types and build info', /Building static entrypoints/],
  ['bundling (server)', /\[vite\] ✓ built in/],
  ['bundling (client), assets', /generating static routes/],
  ['rendering pages', /✓ Completed in/],
  ['build:done hooks (sitemap, cards…)', /\[build\] \d+ page\(s\) built in/],
];

/**
 * Splits a build's wall time into Astro's phases by the arrival time of
 * the log line that ends each one; the last phase, from Astro's final
 * line to the process's exit, is the shutdown (and, for `npm run build`,
 * swapping the new site in).
 */
export function logPhases(result: Run): { phase: string; seconds: number }[] {
  const phases: { phase: string; seconds: number }[] = [];
  let from = 0;
  let index = 0;
  let skipped: string[] = [];
  for (const [phase, pattern] of MARKERS) {
    const found = result.lines.findIndex((line: LogLine, at) => at >= index && pattern.test(line.text));
    if (found < 0) {
      skipped.push(phase);
      continue;
    }
    const at = result.lines[found]!.at;
    phases.push({ phase: [...skipped, phase].join(' + '), seconds: at - from });
    skipped = [];
    from = at;
    index = found + 1;
  }
  phases.push({ phase: [...skipped, 'shutdown'].join(' + '), seconds: result.seconds - from });
  return phases;
}

/**
 * The time Astro spent rendering each kind of route, summed from its
 * `├─ /path (+12ms)` lines: case pages, browse pages (series, tags, kinds,
 * regions, lists), reports, the stats explorer and data files, the rest.
 * Pages from the page store are not rendered, and not listed.
 */
export function renderTimes(result: Run): { group: string; pages: number; seconds: number }[] {
  const groups = new Map<string, { pages: number; seconds: number }>();
  for (const { text } of result.lines) {
    const route = /[├└]─ (\S+)/.exec(text)?.[1];
    if (!route) continue;
    const group = routeGroup(route);
    const entry = groups.get(group) ?? { pages: 0, seconds: 0 };
    entry.pages++;
    const time = /\(\+([\d.]+)(m?s)\)/.exec(text);
    if (time) entry.seconds += Number(time[1]) / (time[2] === 'ms' ? 1000 : 1);
    groups.set(group, entry);
  }
  return [...groups].map(([group, entry]) => ({ group, ...entry })).sort((a, b) => b.seconds - a.seconds);
}

function routeGroup(route: string): string {
  const [first = '', second = ''] = route.split('/').filter(Boolean);
  if (first === 'cases') return second && second !== 'index.html' ? 'case pages' : 'browse pages';
  if (['series', 'tags', 'kinds', 'regions'].includes(first)) return 'browse pages';
  if (first === 'reports') return 'reports';
  if (first === 'stats' || first === 'api' || first === 'data-check') return 'stats explorer, data files, data check';
  return 'home, search, feed, 404';
}
