import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { BuildResult } from './helpers/build.ts';
import { sharedBuild } from './helpers/shared-build.ts';
import { contentDir, loadContent } from './helpers/content.ts';
import { site as settings } from '../src/site.config.ts';
import { pdfLinks } from './helpers/pdf.ts';
import { openBuiltSite } from '../src/gates/built-site.ts';
import { brokenLinks, readSiteLinks, repeatedIds } from '../src/gates/links.ts';
import { checkMeta } from '../src/gates/meta.ts';
import { formatProblem } from '../src/gates/result.ts';
import { caseLastmods } from '../scripts/gates/case-dates.ts';

// The site served from a sub-path, as a project site of a code host is (https://user.github.io/casebook/):
// every internal link of every page, feed, sitemap and data file must stay under it and lead to a file.
const BASE = '/casebook/';
/** Chapters per volume of a PDF report in this build. */
const VOLUME = 3;

describe(`a build for ${BASE}`, () => {
  let site: BuildResult;
  beforeAll(async () => {
    // Volumes of three chapters: the whole casebook is printed in several, as a large casebook would be.
    site = await sharedBuild(contentDir, { reports: true, env: { CASEBOOK_BASE: BASE, CASEBOOK_PRECOMPRESS: 'on', CASEBOOK_REPORT_VOLUME: String(VOLUME) } });
    if (site.status !== 0) throw new Error(site.output);
  }, 300_000);

  // The links and meta gates of `npm run gates` (src/gates/), which read the base path from the built site itself.
  it('links every page, card, PDF, feed, sitemap entry and data file under the base path, and each leads to a file', () => {
    const built = openBuiltSite(site.outDir);
    expect(built).toMatchObject({ origin: new URL(settings.url).origin, base: BASE });
    const links = readSiteLinks(built);
    const { problems, checked } = brokenLinks(built, links);
    expect(checked).toBeGreaterThan(2000);
    // A link outside the base path, to a missing file or to a missing id, and an id twice on a page (the reports' too).
    expect([...problems, ...repeatedIds(links)].map(formatProblem)).toEqual([]);
    // The kinds of link the walk covered.
    const all = links.references.map(({ reference }) => reference.url);
    for (const kind of [/\/cases\/[\w-]+\/$/, /\.pdf$/, /\/cards\/.+\.png$/, /\/rss\.xml$/, /\/api\/stats\.csv$/, /\/sitemap-index\.xml$/]) {
      expect(all.some((url) => kind.test(url)), String(kind)).toBe(true);
    }
  });

  it('names the sitemap under the base path in robots.txt, and dates each sitemap entry, a case page on its case\'s date', async () => {
    const built = openBuiltSite(site.outDir);
    const result = checkMeta(built, { lastmod: caseLastmods(await loadContent()) });
    expect(result.checked['sitemap entries']).toBeGreaterThan(60);
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it('prints a report of more chapters than a volume holds in volumes, each a page and a PDF whose every link leads inside it', async () => {
    // The whole casebook, a chapter a case, in volumes of VOLUME chapters: full ones, then the rest.
    const cases = (await loadContent()).cases.filter((entry) => !entry.data.draft).length;
    expect(cases).toBeGreaterThan(VOLUME);
    const expected = Array.from({ length: Math.ceil(cases / VOLUME) }, (_, index) => Math.min(VOLUME, cases - index * VOLUME));
    const numbers = expected.map((_, index) => index + 1);
    const volumes = numbers.map((number) => readFileSync(path.join(site.outDir, number === 1 ? 'reports/casebook/index.html' : `reports/casebook/${number}/index.html`), 'utf8'));
    expect(existsSync(path.join(site.outDir, `reports/casebook/${numbers.length + 1}/index.html`))).toBe(false);
    const chapters = volumes.map((html) => (html.match(/class="report-chapter"/g) ?? []).length);
    expect(chapters).toEqual(expected);
    expect(volumes[1]).toContain(`第 2 卷（共 ${numbers.length} 卷）`);
    expect(volumes[1]).toContain(`第 ${VOLUME + 1}–${VOLUME + expected[1]!} 章`);
    // Each volume page names its own PDF, and the reports page lists them all.
    volumes.forEach((html, index) => expect(html).toContain(`<link rel="alternate" type="application/pdf" href="${BASE}reports/casebook.${index + 1}.pdf"`));
    const list = readFileSync(path.join(site.outDir, 'reports/index.html'), 'utf8');
    for (const number of numbers) expect(list).toContain(`href="${BASE}reports/casebook.${number}.pdf"`);
    expect(existsSync(path.join(site.outDir, 'reports/casebook.pdf'))).toBe(false);
    for (const number of numbers) {
      const { internal } = await pdfLinks(path.join(site.outDir, `reports/casebook.${number}.pdf`));
      expect(internal.length, `volume ${number}`).toBeGreaterThan(10);
      expect(internal.filter((link) => !link.resolves), `volume ${number}`).toEqual([]);
    }
  });

  it('fetches the search index from under the base path', () => {
    const scripts = readdirSync(path.join(site.outDir, '_astro')).filter((name) => name.endsWith('.js')).map((name) => readFileSync(path.join(site.outDir, '_astro', name), 'utf8'));
    // The search page's script is built with the base path in it (Vite writes import.meta.env.BASE_URL as a string).
    expect(scripts.some((code) => new RegExp(`[\`"']${BASE}[\`"']`).test(code))).toBe(true);
    expect(existsSync(path.join(site.outDir, 'search/meta.json'))).toBe(true);
    const meta = readFileSync(path.join(site.outDir, 'search/meta.json'), 'utf8');
    expect(meta).not.toMatch(/"\/cases\//);
  });

  it('writes the headers file for the base path and, when asked, precompressed copies that decompress to the page', () => {
    expect(readFileSync(path.join(site.outDir, '_headers'), 'utf8')).toContain(`${BASE}_astro/*\n  Cache-Control: public, max-age=31536000, immutable`);
    const page = readFileSync(path.join(site.outDir, 'index.html'));
    expect(brotliDecompressSync(readFileSync(path.join(site.outDir, 'index.html.br')))).toEqual(page);
    expect(gunzipSync(readFileSync(path.join(site.outDir, 'index.html.gz')))).toEqual(page);
  });
});
