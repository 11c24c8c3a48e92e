import { beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadCasebook, type Casebook } from '../src/lib/casebook.ts';
import { checkCasebook } from '../src/lib/check/index.ts';
import { formatReport } from '../src/lib/diagnostics.ts';
import { kindLabel } from '../src/schemas/kind.ts';
import { site as settings } from '../src/site.config.ts';
import { builtSite, root, type BuildResult } from './helpers/build.ts';

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
    casebook = await loadCasebook(root, 'content');
    site = builtSite(inject('casebookDist'));
  });

  it('has the seven case studies across the four series', () => {
    expect(casebook.cases.map((entry) => entry.id).sort()).toEqual([
      'donghu-emerging-fields',
      'penglai-edz',
      'penglai-offshore-chain',
      'yantai-development-zone',
      'yantai-hightech-zone',
      'yantai-red-engine',
      'yunfu-new-employment',
    ]);
    expect(new Set(casebook.cases.map((entry) => entry.data.series.id))).toEqual(new Set(['yantai-parks', 'penglai-chain', 'yunfu', 'donghu']));
  });

  it('passes every content check against the source texts: each figure printed in its source, no copied sentence', async () => {
    const { diagnostics, skipped } = await checkCasebook(root, { contentDir: 'content' });
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
      for (const entry of casebook.cases.filter((item) => item.data.series.id === series.id)) {
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

  it('ships no client JavaScript on content pages', () => {
    for (const entry of casebook.cases) expect(site.read(`cases/${entry.id}/index.html`)).not.toMatch(/<script/);
    expect(site.read('index.html')).not.toMatch(/<script/);
  });
});

function escapeRegExp(value: string) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
