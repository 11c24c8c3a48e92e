import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { siteCards, type CardFile } from '../src/outputs/cards/content.ts';
import { publishedView } from '../src/view/published.ts';
import { CARD_SIZES } from '../src/outputs/cards/template.ts';
import { site as settings } from '../src/site.config.ts';
import { root } from './helpers/build.ts';
import { loadContent } from './helpers/content.ts';
import { casebookDist } from './helpers/shared-build.ts';

/** The shared build of the casebook under test (tests/helpers/shared-build.ts). */
const dist = await casebookDist();

describe('social cards in the built site', () => {
  let files: CardFile[];
  beforeAll(async () => {
    const casebook = await loadContent();
    files = siteCards(publishedView({ casebook }), settings);
  });

  it('has a card for the home page, every series, case and report, both shapes of every headline statistic, and each kind of page', async () => {
    const loaded = await loadContent();
    const casebook = { ...loaded, cases: loaded.cases.filter((entry) => !entry.data.draft) };
    const headlines = casebook.cases.reduce((total, entry) => total + entry.data.stats.filter((stat) => stat.headline).length, 0);
    // Series, cases and headline statistics to draw.
    expect(casebook.series.length).toBeGreaterThan(0);
    expect(casebook.cases.length).toBeGreaterThan(0);
    expect(headlines).toBeGreaterThan(0);
    const folder = (prefix: string) => files.filter((file) => file.path.startsWith(prefix)).length;
    expect(folder('/cards/home.png')).toBe(1);
    expect(folder('/cards/series/')).toBe(casebook.series.length);
    expect(folder('/cards/cases/')).toBe(casebook.cases.length);
    expect(folder('/cards/stats/')).toBe(headlines * 2);
    expect(folder('/cards/reports/')).toBe(1 + casebook.series.length);
    expect(files.filter((file) => file.path.startsWith('/cards/pages/')).map((file) => file.path).sort()).toEqual(
      ['cases', 'data-check', 'kinds', 'regions', 'reports', 'search', 'series', 'stats', 'tags'].map((page) => `/cards/pages/${page}.png`),
    );
    // Tag, kind and region pages of two cases or more have their own.
    expect(folder('/cards/tags/')).toBeGreaterThan(0);
    expect(folder('/cards/regions/')).toBeGreaterThan(0);
    expect(new Set(files.map((file) => file.path)).size).toBe(files.length);
    expect(files.map((file) => file.path)).toEqual(expect.arrayContaining(['/cards/home.png', '/cards/series/yunfu.png', '/cards/cases/penglai-edz.png', '/cards/reports/casebook.png']));
  });

  it('draws each card at its size with real content, not a blank image', async () => {
    const casebook = await loadContent();
    expect(files.length).toBeGreaterThan(1 + casebook.series.length + casebook.cases.filter((entry) => !entry.data.draft).length);
    for (const file of files) {
      const png = PNG.sync.read(readFileSync(path.join(dist, file.path)));
      expect([png.width, png.height], file.path).toEqual([CARD_SIZES[file.shape].width, CARD_SIZES[file.shape].height]);
      // Count pixels far from the paper colour: text and the accent bar.
      let ink = 0;
      for (let offset = 0; offset < png.data.length; offset += 4) {
        if (Math.abs(png.data[offset]! - 0xfd) + Math.abs(png.data[offset + 1]! - 0xfc) + Math.abs(png.data[offset + 2]! - 0xf9) > 120) ink++;
      }
      expect(ink / (png.width * png.height), file.path).toBeGreaterThan(0.03);
    }
  });

  it('points every page\'s Open Graph and Twitter tags at its card, absolutely, with size and alt', () => {
    const page = readFileSync(path.join(dist, 'cases/penglai-edz/index.html'), 'utf8');
    const image = new URL('/cards/cases/penglai-edz.png', settings.url).href;
    expect(page).toContain(`<meta property="og:image" content="${image}">`);
    expect(page).toContain('<meta property="og:image:width" content="1200">');
    expect(page).toContain('<meta property="og:image:height" content="630">');
    expect(page).toMatch(/<meta property="og:image:alt" content="[^"]+">/);
    expect(page).toContain('<meta property="og:type" content="article">');
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(page).toContain(`<meta name="twitter:image" content="${image}">`);
    const series = readFileSync(path.join(dist, 'series/yunfu/index.html'), 'utf8');
    expect(series).toContain(`content="${new URL('/cards/series/yunfu.png', settings.url).href}"`);
    const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(home).toContain(`content="${new URL('/cards/home.png', settings.url).href}"`);
  });
});

describe('link previews on every page, as the platforms\' validators require', () => {
  it('has og:title, og:description, og:type, og:url and an absolute og:image of at least 1200×630 under 5 MB, with alt text under 420 characters', () => {
    const pages = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages) {
      const html = readFileSync(path.join(dist, page), 'utf8');
      const meta = (key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
      // The 404 page is served at any missing address, so it claims none (no og:url, no canonical link).
      const keys = ['og:title', 'og:description', 'og:type', 'og:url', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image'];
      for (const key of page === '404.html' ? keys.filter((item) => item !== 'og:url') : keys) {
        expect(meta(key), `${page} ${key}`).toBeTruthy();
      }
      if (page === '404.html') expect(html).not.toMatch(/rel="canonical"|og:url/);
      expect(meta('twitter:card'), page).toBe('summary_large_image');
      expect(meta('og:image:alt')!.length, page).toBeLessThanOrEqual(420);
      const image = new URL(meta('og:image')!);
      expect(image.origin, page).toBe(new URL(settings.url).origin);
      const file = path.join(dist, image.pathname);
      const png = PNG.sync.read(readFileSync(file));
      expect(png.width * png.height, page).toBeGreaterThanOrEqual(1200 * 630);
      expect(statSync(file).size, page).toBeLessThan(5 * 1024 * 1024);
    }
  });
});
