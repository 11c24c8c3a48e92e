import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { siteCards, type CardFile } from '../src/outputs/cards/content.ts';
import { publishedView } from '../src/view/published.ts';
import { OWN_CARD_FROM } from '../src/outputs/cards/page-cards.ts';
import type { CollectionContent } from '../src/outputs/cards/template.ts';
import { tagSlugs } from '../src/domain/slug.ts';
import { flattenRegions, regionTree } from '../src/view/region-tree.ts';
import { site as settings } from '../src/site.config.ts';
import { root } from './helpers/build.ts';
import { loadContent } from './helpers/content.ts';
import { casebookDist } from './helpers/shared-build.ts';

/** The shared build of the casebook under test (tests/helpers/shared-build.ts). */
const dist = await casebookDist();

/**
 * Which card each built page may share, by its path in the built site: its own card, or (for a tag, kind
 * or region page of one case) its index's. A page that matches no rule fails the test, so a new kind of
 * page needs a card before it ships.
 */
const RULES: [RegExp, (match: RegExpExecArray) => string[]][] = [
  [/^(index|404)\.html$/, () => ['/cards/home.png']],
  [/^cases\/index\.html$/, () => ['/cards/pages/cases.png']],
  [/^cases\/([^/]+)\/index\.html$/, (match) => [`/cards/cases/${match[1]}.png`]],
  [/^series\/index\.html$/, () => ['/cards/pages/series.png']],
  [/^series\/([^/]+)\/index\.html$/, (match) => [`/cards/series/${match[1]}.png`]],
  [/^reports\/index\.html$/, () => ['/cards/pages/reports.png']],
  // A report's volumes share its card.
  [/^reports\/([^/]+)\/(?:\d+\/)?index\.html$/, (match) => [`/cards/reports/${match[1]}.png`]],
  [/^stats\/(?:\d+\/)?index\.html$/, () => ['/cards/pages/stats.png']],
  [/^search\/index\.html$/, () => ['/cards/pages/search.png']],
  [/^data-check\/index\.html$/, () => ['/cards/pages/data-check.png']],
  [/^tags\/index\.html$/, () => ['/cards/pages/tags.png']],
  [/^tags\/([^/]+)\/index\.html$/, (match) => [`/cards/tags/${match[1]}.png`, '/cards/pages/tags.png']],
  [/^kinds\/index\.html$/, () => ['/cards/pages/kinds.png']],
  [/^kinds\/([^/]+)\/index\.html$/, (match) => [`/cards/kinds/${match[1]}.png`, '/cards/pages/kinds.png']],
  [/^regions\/index\.html$/, () => ['/cards/pages/regions.png']],
  [/^regions\/(.+)\/index\.html$/, (match) => [`/cards/regions/${match[1]}.png`, '/cards/pages/regions.png']],
];

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('the card each page shares', () => {
  let pages: { file: string; image: string; alt: string; h1: string }[];
  let cards: Map<string, CardFile>;
  let caseCounts: Map<string, number>;
  beforeAll(async () => {
    pages = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.html'))
      .map((file) => {
        const html = readFileSync(path.join(dist, file), 'utf8');
        const meta = (key: string) => decode(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1] ?? '');
        return { file: file.split(path.sep).join('/'), image: new URL(meta('og:image')).pathname, alt: meta('og:image:alt'), h1: decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '') };
      });
    const casebook = await loadContent();
    const published = casebook.cases.filter((entry) => !entry.data.draft);
    cards = new Map(siteCards(publishedView({ casebook }), settings).map((card) => [card.path, card]));
    // How many cases each tag, kind and region page lists, by its path in the built site.
    const slugs = tagSlugs(published.flatMap((entry) => entry.data.tags));
    caseCounts = new Map([
      ...[...slugs].map(([tag, slug]) => [`tags/${slug}/index.html`, published.filter((entry) => entry.data.tags.includes(tag)).length] as const),
      ...[...new Set(published.map((entry) => entry.data.kind))].map((kind) => [`kinds/${kind}/index.html`, published.filter((entry) => entry.data.kind === kind).length] as const),
      ...flattenRegions(regionTree(published.map((entry) => entry.data.place))).map((region) => [`regions/${region.path}/index.html`, region.count] as const),
    ]);
  });

  it('is a card made for that kind of page: only the home and 404 pages share the home card', () => {
    expect(pages.length).toBeGreaterThan(60);
    for (const page of pages) {
      const rule = RULES.find(([pattern]) => pattern.test(page.file));
      expect(rule, `${page.file} is a kind of page with no card of its own`).toBeDefined();
      const allowed = rule![1](rule![0].exec(page.file)!);
      expect(allowed, page.file).toContain(page.image);
      if (!/^(index|404)\.html$/.test(page.file)) expect(page.image, page.file).not.toBe('/cards/home.png');
      // A card the build draws.
      expect(cards.has(page.image), `${page.file}: ${page.image}`).toBe(true);
    }
  });

  it('is the page\'s own for a tag, kind or region page of two cases or more, and its index\'s for a page of one', () => {
    let own = 0;
    let shared = 0;
    for (const page of pages.filter((item) => /^(tags|kinds|regions)\/.+\/index\.html$/.test(item.file))) {
      const count = caseCounts.get(page.file);
      expect(count, page.file).toBeDefined();
      if (count! >= OWN_CARD_FROM) {
        own++;
        expect(page.image, page.file).not.toMatch(/^\/cards\/pages\//);
        // It names the page's subject and counts its cases.
        const content = cards.get(page.image)!.content as CollectionContent;
        expect(page.h1, page.file).toContain(content.title.split(' ').at(-1));
        expect(content.counts[0], page.file).toEqual({ value: String(count), unit: '个案例' });
      } else {
        shared++;
        expect(page.image, page.file).toMatch(/^\/cards\/pages\/(tags|kinds|regions)\.png$/);
      }
    }
    // The bundled casebook has pages of both sorts.
    expect([own > 0, shared > 0]).toEqual([true, true]);
  });

  it('is described by the same text alternative the card was drawn with', () => {
    for (const page of pages) {
      const card = cards.get(page.image)!;
      expect(page.alt.length, page.file).toBeGreaterThan(4);
      // The home, case and series pages keep their own wording of the text alternative (src/i18n/ui.ts).
      if (/^(index\.html|404\.html|cases\/[^/]+\/index\.html|series\/[^/]+\/index\.html)$/.test(page.file) && page.file !== 'cases/index.html' && page.file !== 'series/index.html') continue;
      expect(page.alt, page.file).toBe(card.alt);
    }
  });
});
