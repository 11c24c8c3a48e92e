// The interface in English: a casebook whose language is `en` (tests/fixtures/english-ui: the valid fixture's
// Chinese content, English settings) is built, and no interface word of any page, the feed, the 404 page or
// any accessible name is Chinese. The content keeps its own language; everything else is the dictionary's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { builtPages as pagesOf, openBuiltSite } from '../src/gates/built-site.ts';

const builtPages = (dir: string) => pagesOf(openBuiltSite(dir));
import { contentText, foreignRuns, interfaceRuns } from './helpers/interface-text.ts';
import { sharedBuild } from './helpers/shared-build.ts';
import type { BuildResult } from './helpers/build.ts';
import { readSettings } from '../src/model/settings.ts';
import { root } from './helpers/build.ts';

const ENGLISH = 'tests/fixtures/english-ui';
const CHINESE = 'tests/fixtures/valid';

/** The casebook's own words (its casebook.yaml: title, publisher, kinds' labels…), which are content, not interface. */
function settings(built: BuildResult, folder: string): string[] {
  const site = readSettings(root, folder).settings;
  const cases = JSON.parse(built.read('api/cases.json')) as { cases: { kindLabel: string }[] };
  // The kinds index lists every kind label the settings name (used or not).
  const { document } = parseHTML(built.read('kinds/index.html'));
  const kinds = [...document.querySelectorAll('.kind-list li > :first-child')].map((label) => label.textContent ?? '');
  return [site.title, site.shortTitle, site.description, site.publisher, ...Object.values(site.kinds), ...site.search.examples, ...cases.cases.map((entry) => entry.kindLabel), ...kinds];
}

/** Every Chinese run of the built site's interface that the content does not hold, with where it stands. */
function chineseInterface(built: BuildResult, folder: string) {
  const content = contentText(folder, settings(built, folder));
  const pages = builtPages(built.outDir).flatMap((page) => interfaceRuns(readFileSync(page.file, 'utf8'), content, page.path));
  const feed = foreignRuns(built.read('rss.xml').replace(/<[^>]+>/g, '\n'), content).map((run) => ({ where: '/rss.xml', run }));
  return { pages: [...pages, ...feed], content };
}

describe('an English casebook', () => {
  let built: BuildResult;
  beforeAll(async () => {
    built = await sharedBuild(ENGLISH);
    expect(built.status, built.output).toBe(0);
  });

  it('says lang="en" on every page, en_GB in its Open Graph locale and en in its feed', () => {
    for (const page of builtPages(built.outDir)) {
      const html = readFileSync(page.file, 'utf8');
      expect(html, page.path).toMatch(/<html lang="en"/);
      expect(html, page.path).toContain('<meta property="og:locale" content="en_GB"');
    }
    expect(built.read('rss.xml')).toContain('<language>en</language>');
  });

  it('has no Chinese in any interface word: page text, accessible names, meta text, the 404 page and the feed', () => {
    const { pages } = chineseInterface(built, ENGLISH);
    expect(builtPages(built.outDir).map((page) => page.path)).toContain('/404.html');
    expect(pages).toEqual([]);
  });

  it('writes dates, counts and plurals the English way', () => {
    const casePage = built.read('cases/penglai-sample/index.html');
    expect(casePage).toMatch(/<time datetime="2026-11-05"[^>]*>5 November 2026<\/time>/);
    expect(built.read('kinds/industrial-chain/index.html')).toContain('>1 case<');
    expect(built.read('stats/index.html')).toMatch(/The 5 statistics of every case/);
  });

  it('labels the exports\' figures in English', () => {
    const { statistics } = JSON.parse(built.read('api/stats.json')) as { statistics: { qualifierLabel: string; verificationLabel: string }[] };
    expect(statistics.length).toBeGreaterThan(0);
    for (const row of statistics) expect(`${row.qualifierLabel} ${row.verificationLabel}`).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('the interface scan', () => {
  it('finds the Chinese interface of a Chinese casebook built from the same content', async () => {
    const built = await sharedBuild(CHINESE);
    expect(built.status, built.output).toBe(0);
    const runs = chineseInterface(built, CHINESE).pages.map((item) => item.run);
    // Interface words of the frame, an accessible name and the 404 page: the scan sees each kind.
    expect(runs).toEqual(expect.arrayContaining(['跳到正文', '主导航', '页面不存在']));
  });
});
