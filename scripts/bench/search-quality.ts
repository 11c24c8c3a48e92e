// Search quality for `npm run bench`: the evaluation set (tests/fixtures/search/queries.json) run on the bundled
// casebook's built site, through Casebook's own search page and through Pagefind over the same pages, in Chromium.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../src/outputs/reports/browser.ts';
import { serveStatic } from '../../src/outputs/reports/static-server.ts';
import { buildBundledSite } from './casebook.ts';
import { table } from './table.ts';

interface EvaluationQuery {
  category: string;
  query: string;
  expect: string[];
  section?: string;
  why: string;
}

/** A result as both engines give it: the case id and the heading of the section it points to. */
type Ranked = { id: string; heading?: string }[];

/** The cases Casebook's search page lists for a query, in order, with the section each links to. */
async function casebookResults(page: Page, base: string, query: string): Promise<Ranked> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /毫秒/.test(document.querySelector('[data-search-status]')?.textContent ?? '') || !document.querySelector<HTMLElement>('[data-search-empty]')!.hidden);
  return page.$$eval('.results li', (items) =>
    items.map((item) => {
      const href = item.querySelector('a.result-title')!.getAttribute('href') ?? '';
      const meta = item.querySelector('.result-meta')?.textContent ?? '';
      return { id: /\/cases\/([^/]+)\//.exec(href)?.[1] ?? href, heading: meta.split(' · ').at(-1) };
    }),
  );
}

/** The case pages Pagefind returns for a query, in order (other pages it indexed are skipped), with its best sub-result's heading. */
async function pagefindResults(page: Page, query: string): Promise<Ranked> {
  return page.evaluate(async (text) => {
    const pagefind = await import('/pagefind/pagefind.js' as string);
    await pagefind.init();
    const search = await pagefind.search(text);
    const results = await Promise.all(search.results.slice(0, 20).map((result: { data: () => Promise<{ url: string; sub_results?: { title: string }[] }> }) => result.data()));
    return results
      .map((data) => ({ id: /\/cases\/([^/]+)\//.exec(data.url)?.[1], heading: data.sub_results?.[0]?.title }))
      .filter((result): result is { id: string; heading: string | undefined } => Boolean(result.id));
  }, query);
}

/** Whether a right answer is at rank 1 and within the first three (with the right section, where the query names one). */
function score(query: EvaluationQuery, ranked: Ranked): { at1: boolean; at3: boolean } {
  const right = (result: Ranked[number]) => query.expect.includes(result.id) && (!query.section || result.heading === query.section);
  return { at1: ranked[0] ? right(ranked[0]) : false, at3: ranked.slice(0, 3).some(right) };
}

/** Ahead on hit@3, or level there and ahead on hit@1. */
function verdict(ours: [number, number], theirs: [number, number]): string {
  const order = ours[1] - theirs[1] || ours[0] - theirs[0];
  return order > 0 ? 'ahead' : order === 0 ? 'level' : 'behind';
}

/** The search-quality table: hit@1 and hit@3 per category, Casebook beside Pagefind on the same built site. */
export async function benchSearchQuality(root: string): Promise<string> {
  const queries: EvaluationQuery[] = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/search/queries.json'), 'utf8'));
  mkdirSync(path.join(root, 'node_modules/.cache/casebook-bench'), { recursive: true });
  const work = mkdtempSync(path.join(root, 'node_modules/.cache/casebook-bench', 'quality-'));
  const outDir = path.join(work, 'site');
  try {
    buildBundledSite(root, outDir);
    const pagefind = spawnSync(path.join(root, 'node_modules/.bin/pagefind'), ['--site', outDir, '--output-subdir', 'pagefind'], { encoding: 'utf8' });
    if (pagefind.status !== 0) throw new Error(`pagefind failed:\n${pagefind.stdout}\n${pagefind.stderr}`);
    const { url, server } = await serveStatic(outDir);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const categories = new Map<string, { total: number; ours: [number, number]; theirs: [number, number] }>();
      const misses: string[] = [];
      for (const query of queries) {
        const ours = score(query, await casebookResults(page, url, query.query));
        await page.goto(`${url}/`);
        const theirs = score(query, await pagefindResults(page, query.query));
        const entry = categories.get(query.category) ?? { total: 0, ours: [0, 0], theirs: [0, 0] };
        entry.total++;
        entry.ours[0] += Number(ours.at1);
        entry.ours[1] += Number(ours.at3);
        entry.theirs[0] += Number(theirs.at1);
        entry.theirs[1] += Number(theirs.at3);
        categories.set(query.category, entry);
        if (!ours.at3) misses.push(`${query.category}: ${query.query}`);
      }
      const rows = [...categories].map(([category, { total, ours, theirs }]) => [
        category,
        String(total),
        `${ours[0]} / ${ours[1]}`,
        `${theirs[0]} / ${theirs[1]}`,
        verdict(ours, theirs),
      ]);
      const sum = (pick: (entry: { total: number; ours: [number, number]; theirs: [number, number] }) => number) => [...categories.values()].reduce((total, entry) => total + pick(entry), 0);
      rows.push(['all', String(queries.length), `${sum((entry) => entry.ours[0])} / ${sum((entry) => entry.ours[1])}`, `${sum((entry) => entry.theirs[0])} / ${sum((entry) => entry.theirs[1])}`, '']);
      return [
        `### Search quality (${queries.length} queries of tests/fixtures/search/queries.json on the bundled casebook's built site, in Chromium; hit@1 / hit@3)\n`,
        table(['category', 'queries', 'Casebook', 'Pagefind', ''], rows),
        misses.length ? `\nCasebook's misses (no right answer in the first three): ${misses.join('; ')}` : '',
      ].join('\n');
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
