import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Casebook } from '../src/model/load.ts';
import { checkCasebook } from '../src/model/checks/index.ts';
import { optionsFromEnv } from '../src/options.ts';
import { formatReport } from '../src/model/diagnostics.ts';
import { kindLabel } from '../src/site.config.ts';
import { site as settings } from '../src/site.config.ts';
import { builtSite, root, type BuildResult } from './helpers/build.ts';
import { caseFileIds, contentDir, loadContent } from './helpers/content.ts';
import { casebookDist } from './helpers/shared-build.ts';

/** The shared build of the casebook under test (tests/helpers/shared-build.ts). */
const dist = await casebookDist();

/** Text of an HTML page with tags removed and entities for quotes decoded, for content assertions. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('the bundled casebook, built', () => {
  let site: BuildResult;
  let casebook: Casebook;
  beforeAll(async () => {
    casebook = await loadContent();
    site = builtSite(dist);
    // Every loop below runs over these: the casebook must have loaded in full, every case file a case.
    expect(casebook.diagnostics).toEqual([]);
    expect(casebook.cases.map((entry) => entry.id).sort()).toEqual(caseFileIds());
  });

  it('has a page for every case file, in one of the casebook\'s series, and every series has cases', () => {
    expect(casebook.cases.length).toBeGreaterThan(1);
    for (const id of caseFileIds()) expect(existsSync(path.join(site.outDir, `cases/${id}/index.html`)), id).toBe(true);
    const seriesIds = casebook.series.map((series) => series.id).sort();
    expect(seriesIds.length).toBeGreaterThan(1);
    expect([...new Set(casebook.cases.map((entry) => entry.data.series.id))].sort()).toEqual(seriesIds);
  });

  it('passes every content check against the source texts: each figure printed in its source, no copied sentence', async () => {
    const { casebook: checked, diagnostics, skipped } = await checkCasebook(root, { contentDir, sourceTexts: optionsFromEnv(root).sourceTexts });
    expect(checked.cases.map((entry) => entry.id).sort()).toEqual(caseFileIds());
    expect(skipped, 'the source texts (../shared/seeds or CASEBOOK_SOURCE_TEXTS) must be present').toEqual([]);
    expect(diagnostics, formatReport(diagnostics)).toEqual([]);
  });

  it('renders each case page with its title, place, kind, every declared figure and its citations', () => {
    for (const entry of casebook.cases) {
      const html = site.read(`cases/${entry.id}/index.html`);
      expect(html, entry.id).toContain(`<title>${entry.data.title} | ${settings.title}</title>`);
      expect(html, entry.id).toMatch(new RegExp(`<h1[^>]*>${entry.data.title}</h1>`));
      const body = text(html);
      expect(body, entry.id).toContain(entry.data.place.city);
      expect(body, entry.id).toContain(kindLabel(entry.data.kind));
      for (const stat of entry.data.stats) {
        // Each figure is stated in the prose through <Stat />, bound to its data-table row.
        expect(html, `${entry.id}: ${stat.id}`).toMatch(new RegExp(`<a class="stat" href="#stat-${stat.id}"[^>]*>${escapeRegExp(stat.figure)}</a>`));
        expect(html, `${entry.id}: ${stat.id}`).toContain(`id="stat-${stat.id}"`);
      }
      for (const source of entry.data.sources) expect(html, entry.id).toContain(`id="source-${source.id}"`);
      expect(html, entry.id).not.toContain('data-unbound');
    }
  });

  it('shows each case in the four-part structure with a table of contents', () => {
    for (const entry of casebook.cases) {
      const html = site.read(`cases/${entry.id}/index.html`);
      for (const heading of ['背景', '主要做法', '成效', '启示']) {
        expect(html, entry.id).toContain(`<h2 id="${heading}">${heading}</h2>`);
        expect(html, entry.id).toContain(`<a href="#${heading}"`);
      }
    }
  });

  it('renders each series page with its cases', () => {
    for (const series of casebook.series) {
      const html = site.read(`series/${series.id}/index.html`);
      expect(html).toMatch(new RegExp(`<h1[^>]*>${series.data.title}</h1>`));
      const members = casebook.cases.filter((item) => item.data.series.id === series.id);
      expect(members.length, series.id).toBeGreaterThan(0);
      for (const entry of members) {
        expect(html, `${series.id} lists ${entry.id}`).toContain(`href="/cases/${entry.id}/"`);
      }
    }
  });

  it('lists the series with their counts on the home page', () => {
    const home = text(site.read('index.html'));
    for (const series of casebook.series) {
      const count = casebook.cases.filter((entry) => entry.data.series.id === series.id).length;
      expect(home).toContain(`${series.data.title}${count} 个案例`);
    }
  });

  it('has browse pages by region, kind and tag, and a 404 page', () => {
    expect(existsSync(path.join(site.outDir, 'regions/shandong/yantai/penglai/index.html'))).toBe(true);
    expect(existsSync(path.join(site.outDir, 'regions/guangdong/yunfu/index.html'))).toBe(true);
    expect(existsSync(path.join(site.outDir, 'kinds/industrial-chain/index.html'))).toBe(true);
    expect(site.read('tags/index.html')).toContain('/tags/haishangfengdian/');
    expect(site.read('404.html')).toContain('页面不存在');
  });

  it('publishes an RSS feed with every case, newest first, at canonical URLs', () => {
    const feed = site.read('rss.xml');
    const newestFirst = [...casebook.cases].sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
    const links = [...feed.matchAll(/<item>.*?<link>([^<]+)<\/link>/gs)].map((match) => match[1]);
    expect(links).toEqual(newestFirst.map((entry) => new URL(`/cases/${entry.id}/`, settings.url).href));
    expect(feed).toContain('<language>zh-CN</language>');
  });

  it('lists every page in the sitemap and sets canonical URLs', () => {
    const sitemap = site.read('sitemap-0.xml');
    for (const entry of casebook.cases) expect(sitemap).toContain(`<loc>${new URL(`/cases/${entry.id}/`, settings.url).href}</loc>`);
    for (const series of casebook.series) expect(sitemap).toContain(`<loc>${new URL(`/series/${series.id}/`, settings.url).href}</loc>`);
    const page = site.read('cases/penglai-edz/index.html');
    expect(page).toContain(`<link rel="canonical" href="${new URL('/cases/penglai-edz/', settings.url).href}">`);
  });

  it('ships only small inline scripts to content pages (the "/" shortcut, the share panel, the citation\'s copy button), never the search code', () => {
    for (const page of [...casebook.cases.map((entry) => `cases/${entry.id}/index.html`), 'index.html']) {
      // Scripts a browser runs; the page's JSON-LD is data (tests/structured-data.test.ts).
      const scripts = (site.read(page).match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []).filter((script) => !/type="application\/ld\+json"/.test(script));
      expect(scripts.length, page).toBeLessThanOrEqual(3);
      for (const script of scripts) expect(script, page).not.toMatch(/\bsrc=|\bimport\b|search\/meta/);
      expect(scripts.join('').length, page).toBeLessThan(2600);
    }
  });
});

function escapeRegExp(value: string) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('claims on the built site', () => {
  let site: BuildResult;
  let casebook: Casebook;
  beforeAll(async () => {
    casebook = await loadContent();
    site = builtSite(dist);
    // Every loop below runs over these: the casebook must have loaded in full, every case file a case.
    expect(casebook.diagnostics).toEqual([]);
    expect(casebook.cases.map((entry) => entry.id).sort()).toEqual(caseFileIds());
  });

  it('shows what each inline figure measures and where it comes from', () => {
    const html = site.read('cases/penglai-edz/index.html');
    expect(html).toMatch(/<a class="stat" href="#stat-financing" title="蓬莱经济开发区“政银企”对接 · 融资额\n来源：烟台蓬莱经济开发区努力打造园区发展“红色引擎”"[^>]*>2\.6亿元<\/a>/);
  });

  it('credits each Penglai figure to the body its source credits: the district in the spread, the zone in the zone\'s report', () => {
    const subjects = (id: string) => new Set(casebook.cases.find((entry) => entry.id === id)!.data.stats.map((stat) => stat.subject));
    const blurred = (subject: string) => subject.startsWith('蓬莱') && !/^蓬莱(区|经济开发区|海工装备产业链|风电产业链)/.test(subject);
    expect([...subjects('penglai-offshore-chain')].filter(blurred)).toEqual([]);
    expect([...subjects('penglai-edz')].filter(blurred)).toEqual([]);
    expect(subjects('penglai-offshore-chain')).toContain('蓬莱区海上风电产业链招商');
    expect(subjects('penglai-edz')).toContain('蓬莱经济开发区海上风电产业链招商');
  });

  it('exports every claim as versioned JSON and as CSV', () => {
    const total = casebook.cases.reduce((sum, entry) => sum + entry.data.stats.length, 0);
    const json = JSON.parse(site.read('api/stats.json'));
    expect(json.version).toBe(1);
    expect(json.statistics).toHaveLength(total);
    expect(json.statistics.find((row: { case: string; id: string }) => row.case === 'penglai-edz' && row.id === 'financing')).toMatchObject({
      figure: '2.6亿元',
      normalized: 260000000,
      dimension: 'currency',
      unit: '元',
      qualifier: 'exact',
      source: 'penglai-edz-red-engine',
    });
    const csv = site.read('api/stats.csv');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(total + 1);
    expect(csv).toContain(',近97%,97,97,percent,%,,,,nearly,接近,');
  });

  it('offers each case\'s own statistics as CSV and JSON, with the rows and columns of the site-wide export', () => {
    const all = JSON.parse(site.read('api/stats.json')) as { statistics: { case: string }[] };
    const header = site.read('api/stats.csv').split('\r\n')[0];
    for (const entry of casebook.cases.filter((item) => !item.data.draft)) {
      const json = JSON.parse(site.read(`api/cases/${entry.id}.json`)) as { statistics: { case: string }[] };
      expect(json.statistics, entry.id).toEqual(all.statistics.filter((row) => row.case === entry.id));
      expect(json.statistics, entry.id).toHaveLength(entry.data.stats.length);
      const csv = site.read(`api/cases/${entry.id}.csv`).split('\r\n').filter(Boolean);
      expect(csv[0], entry.id).toBe(header);
      expect(csv, entry.id).toHaveLength(entry.data.stats.length + 1);
      const page = site.read(`cases/${entry.id}/index.html`);
      expect(page).toContain(`href="/api/cases/${entry.id}.csv" download`);
      expect(page).toContain(`href="/api/cases/${entry.id}.json" download`);
    }
  });

  it('lists every claim on the stats explorer, each with its receipt', () => {
    const html = site.read('stats/index.html');
    const total = casebook.cases.reduce((sum, entry) => sum + entry.data.stats.length, 0);
    expect(html.match(/<tr data-case=/g)).toHaveLength(total);
    expect(html.match(/<tr data-case=[^>]*data-verification="verified"/g)).toHaveLength(total);
    expect(html.match(/<mark[^>]*>/g)).toHaveLength(total);
  });

  it('gives every bundled figure a receipt: the source sentence that prints it, the figure marked', () => {
    for (const entry of casebook.cases) {
      const html = site.read(`cases/${entry.id}/index.html`).replace(/ data-astro-cid-\w+/g, '');
      const marked = [...html.matchAll(/<tr id="stat-([\w-]+)">.*?<tr class="receipt-row">.*?<mark>([^<]+)<\/mark>/gs)].map((match) => [match[1], match[2]]);
      // Each figure's receipt marks the figure as the source prints it (the same figure, perhaps spaced or full-width).
      expect(marked.map(([id]) => id)).toEqual(entry.data.stats.map((stat) => stat.id));
      for (const [id, printed] of marked) {
        const stat = entry.data.stats.find((item) => item.id === id)!;
        expect(printed!.normalize('NFKC').replace(/\s+/g, ''), `${entry.id} ${id}`).toBe(stat.figure);
      }
    }
    const json = JSON.parse(site.read('api/stats.json')) as { statistics: { verification: string; sourceSentence: string; figure: string }[] };
    expect(json.statistics.filter((row) => row.verification !== 'verified' || !row.sourceSentence.replace(/\s+/g, '').normalize('NFKC').includes(row.figure))).toEqual([]);
  });
});

describe('machine-readable data', () => {
  it('serves versioned case and statistic documents under /api/', async () => {
    const site = builtSite(dist);
    const casebook = await loadContent();
    const cases = JSON.parse(site.read('api/cases.json'));
    const published = casebook.cases.filter((entry) => !entry.data.draft);
    expect(cases).toMatchObject({ version: 1, count: published.length });
    // Each published case's row says what its file says.
    expect(cases.cases.map((row: { id: string }) => row.id).sort()).toEqual(published.map((entry) => entry.id).sort());
    for (const entry of published) {
      const { data } = entry;
      expect(cases.cases.find((row: { id: string }) => row.id === entry.id), entry.id).toMatchObject({
        url: new URL(`/cases/${entry.id}/`, settings.url).href,
        title: data.title,
        series: data.series.id,
        kind: data.kind,
        place: { province: data.place.province, city: data.place.city, district: data.place.district ?? null },
        date: data.date.toISOString().slice(0, 10),
        updated: data.updated ? data.updated.toISOString().slice(0, 10) : null,
        sources: data.sources.map((source) => source.id),
        statistics: data.stats.length,
      });
    }
    // One endpoint per dataset: the explorer links to the API files, and no second copy is published.
    expect(site.read('stats/index.html')).toContain('href="/api/stats.csv"');
    expect(existsSync(path.join(site.outDir, 'stats.json'))).toBe(false);
  });
});
