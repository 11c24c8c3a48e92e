import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Casebook } from '../src/model/load.ts';
import { site } from '../src/site.config.ts';
import { attr, basePath, builtFiles, builtPages, elementsOf, read, siteOrigin, textOf, type BuiltFile } from './helpers/built-site.ts';
import { root } from './helpers/build.ts';
import { loadContent } from './helpers/content.ts';
import { casebookDist } from './helpers/shared-build.ts';

/** The shared build of the casebook under test (tests/helpers/shared-build.ts). */
const dist = await casebookDist();

/** The shortest meta description a page may have, in characters: about one sentence of Chinese that says what is on the page. */
const MIN_DESCRIPTION = 20;

/** What a page tells search engines and link previews about itself. */
interface PageMeta {
  page: BuiltFile;
  title: string;
  description: string | undefined;
  h1: string | undefined;
}

function readMeta(page: BuiltFile): PageMeta {
  const elements = elementsOf(read(page));
  // The document's <title>, not an SVG chart's.
  const title = elements.find((element) => element.tagName === 'title' && element.namespaceURI === 'http://www.w3.org/1999/xhtml');
  const description = elements.find((element) => element.tagName === 'meta' && attr(element, 'name') === 'description');
  const h1 = elements.find((element) => element.tagName === 'h1');
  return { page, title: title ? textOf(title) : '', description: description && attr(description, 'content'), h1: h1 && textOf(h1).trim() };
}

/** Groups values shared by more than one page: value → the pages' paths. */
function shared(pages: readonly PageMeta[], value: (page: PageMeta) => string | undefined): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const page of pages) {
    const key = value(page);
    if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), page.page.path]);
  }
  return [...groups].filter(([, paths]) => paths.length > 1);
}

const length = (text: string) => [...text].length;

describe('what every page says about itself', () => {
  let pages: PageMeta[];
  beforeAll(() => {
    pages = builtPages(dist).map(readMeta);
    expect(pages.length).toBeGreaterThan(60);
  });

  it(`has a meta description of at least ${MIN_DESCRIPTION} characters, its own`, () => {
    const short = pages.filter(({ description }) => !description || length(description) < MIN_DESCRIPTION).map(({ page, description }) => `${page.path} (${length(description ?? '')}): ${description}`);
    expect(short).toEqual([]);
    expect(shared(pages, (page) => page.description)).toEqual([]);
  });

  it('has a title of its own that names the site once', () => {
    expect(shared(pages, (page) => page.title)).toEqual([]);
    expect(pages.filter(({ title }) => title.split(site.title).length !== 2).map(({ page, title }) => `${page.path}: ${title}`)).toEqual([]);
  });
});

describe('robots.txt and the sitemap', () => {
  let casebook: Casebook;
  beforeAll(async () => {
    casebook = await loadContent();
  });
  const sitemapUrl = new URL(`${basePath}sitemap-index.xml`, siteOrigin).href;

  it('has a robots.txt that lets crawlers in and names the sitemap under the site URL and base path', () => {
    const robots = read({ file: path.join(dist, 'robots.txt'), path: `${basePath}robots.txt` });
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${sitemapUrl.replace(/[.?]/g, '\\$&')}$`, 'm'));
    expect(existsSync(path.join(dist, 'sitemap-index.xml'))).toBe(true);
  });

  it('lists every page but the 404 page, each with the date it last changed', () => {
    const entries = builtFiles(dist, '.xml')
      .filter((file) => /sitemap-\d+\.xml$/.test(file.file))
      .flatMap((file) => [...read(file).matchAll(/<url>(.*?)<\/url>/gs)].map((match) => match[1]!));
    const listed = new Map(entries.map((entry) => [new URL(entry.match(/<loc>([^<]+)<\/loc>/)![1]!).pathname, entry.match(/<lastmod>([^<]+)<\/lastmod>/)?.[1]]));
    const pages = builtPages(dist).filter((page) => !page.path.endsWith('/404.html'));
    expect(pages.filter((page) => !listed.has(page.path)).map((page) => page.path)).toEqual([]);
    expect([...listed].filter(([, lastmod]) => !lastmod).map(([page]) => page)).toEqual([]);
    // A case page's date is its case's last update, else its publication.
    for (const entry of casebook.cases.filter((item) => !item.data.draft)) {
      const lastmod = listed.get(`${basePath}cases/${entry.id}/`);
      expect(lastmod?.slice(0, 10), entry.id).toBe((entry.data.updated ?? entry.data.date).toISOString().slice(0, 10));
    }
  });
});

/**
 * A tag's concept: its name without quotes, brackets, other punctuation, symbols or spaces, width folded
 * (`“两新”组织` and `两新组织` are one concept).
 */
const concept = (tag: string) =>
  tag
    .normalize('NFKC')
    .replace(/[\p{P}\p{S}\s]/gu, '')
    .toLowerCase();

describe('tags', () => {
  // Fails while the bundled casebook has tags that name one concept twice (today `“两新”组织` and
  // `两新组织`): folding them is the content loader's job (src/model/), not this gate's.
  it('have one tag page per concept: no two tag names differ only by quotes, brackets or punctuation', () => {
    const tags = builtPages(dist)
      .filter((page) => /\/tags\/[^/]+\/$/.test(page.path))
      .map((page) => ({ path: page.path, name: readMeta(page).h1 ?? '' }));
    expect(tags.length).toBeGreaterThan(10);
    const groups = new Map<string, string[]>();
    for (const tag of tags) groups.set(concept(tag.name), [...(groups.get(concept(tag.name)) ?? []), `${tag.name} (${tag.path})`]);
    expect([...groups.values()].filter((group) => group.length > 1)).toEqual([]);
  });
});
