// The meta gate: what every page tells search engines and link previews about itself (a title of its own
// that names the site once, a meta description of its own long enough to say what is on the page), what
// the site tells crawlers (robots.txt lets them in and names the sitemap; the sitemap lists every page
// but the 404 page, each with the date it last changed), and one tag page per concept.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { attr, builtFiles, builtPages, elementsOf, isHtml, read, textOf, type BuiltFile, type BuiltSite } from './built-site.ts';
import type { GateResult, Problem } from './result.ts';
import { addTo } from '../domain/append-all.ts';

/** What a page tells search engines and link previews about itself. */
export interface PageMeta {
  page: BuiltFile;
  /** The page's language (`<html lang>`). */
  lang: string;
  title: string;
  description: string | undefined;
  h1: string | undefined;
}

/**
 * The shortest meta description a page may have, in characters, by its language: about one sentence that
 * says what is on the page (20 characters of Chinese, Japanese or Korean; 50 in a language written with
 * words, where search engines show some 150).
 */
export const minDescription = (lang: string) => (/^(zh|ja|ko)\b/i.test(lang) ? 20 : 50);

/** Reads a page's title, meta description, first heading and language. */
export function readMeta(page: BuiltFile, html = read(page)): PageMeta {
  const elements = elementsOf(html);
  // The document's <title>, not an SVG chart's.
  const title = elements.find((element) => element.tagName === 'title' && isHtml(element));
  const description = elements.find((element) => element.tagName === 'meta' && attr(element, 'name') === 'description');
  const h1 = elements.find((element) => element.tagName === 'h1');
  const root = elements.find((element) => element.tagName === 'html');
  return {
    page,
    lang: (root && attr(root, 'lang')) ?? '',
    title: title ? textOf(title) : '',
    description: description && attr(description, 'content'),
    h1: h1 && textOf(h1).trim(),
  };
}

const length = (text: string) => [...text].length;

/** Problems for values more than one page has: each page that shares one, naming the others. */
function shared(pages: readonly PageMeta[], what: string, value: (page: PageMeta) => string | undefined): Problem[] {
  const groups = new Map<string, string[]>();
  for (const page of pages) {
    const key = value(page);
    if (key !== undefined) addTo(groups, key, page.page.path);
  }
  return [...groups]
    .filter(([, paths]) => paths.length > 1)
    .flatMap(([text, paths]) => paths.map((page) => ({ page, where: what, message: `"${text}" is also the ${what} of ${paths.filter((other) => other !== page).join(', ')}` })));
}

/** Pages whose meta description is missing, shorter than {@link minDescription}, or another page's. */
export function descriptionProblems(pages: readonly PageMeta[]): Problem[] {
  const short = pages
    .filter(({ description, lang }) => !description || length(description) < minDescription(lang))
    .map(({ page, description, lang }) => ({
      page: page.path,
      where: 'meta description',
      message: description ? `${length(description)} characters, fewer than ${minDescription(lang)}: "${description}"` : 'missing',
    }));
  return [...short, ...shared(pages, 'meta description', (page) => page.description)];
}

/** Pages whose `<title>` is another page's, or does not name the site (`siteTitle`) exactly once. */
export function titleProblems(pages: readonly PageMeta[], siteTitle: string): Problem[] {
  const naming = pages
    .filter(({ title }) => title.split(siteTitle).length !== 2)
    .map(({ page, title }) => ({ page: page.path, where: 'title', message: `"${title}" names the site ("${siteTitle}") ${title.split(siteTitle).length - 1} times, not once` }));
  return [...shared(pages, 'title', (page) => page.title), ...naming];
}

/** What is wrong with robots.txt: it must let crawlers in and name the sitemap under the site's address and base path. */
export function robotsProblems(site: BuiltSite): Problem[] {
  const page = `${site.base}robots.txt`;
  const file = path.join(site.dir, 'robots.txt');
  if (!existsSync(file)) return [{ page, message: 'missing' }];
  const robots = readFileSync(file, 'utf8');
  const sitemap = new URL(`${site.base}sitemap-index.xml`, site.origin).href;
  const problems: Problem[] = [];
  if (!/^User-agent: \*$/m.test(robots)) problems.push({ page, message: 'no "User-agent: *" group' });
  if (/^Disallow: \/\s*$/m.test(robots)) problems.push({ page, where: 'Disallow: /', message: 'keeps every crawler out of the whole site' });
  if (!robots.split(/\r?\n/).includes(`Sitemap: ${sitemap}`)) problems.push({ page, message: `does not name the sitemap as "Sitemap: ${sitemap}"` });
  if (!existsSync(path.join(site.dir, 'sitemap-index.xml'))) problems.push({ page: `${site.base}sitemap-index.xml`, message: 'missing' });
  return problems;
}

/** The sitemap's entries: each listed page's path and its `<lastmod>`, if any. */
export function sitemapEntries(site: BuiltSite): Map<string, string | undefined> {
  const entries = builtFiles(site, '.xml')
    .filter((file) => /sitemap-\d+\.xml$/.test(file.file))
    .flatMap((file) => [...read(file).matchAll(/<url>(.*?)<\/url>/gs)].map((match) => match[1]!));
  return new Map(entries.map((entry) => [new URL(entry.match(/<loc>([^<]+)<\/loc>/)![1]!).pathname, entry.match(/<lastmod>([^<]+)<\/lastmod>/)?.[1]]));
}

/**
 * What is wrong with the sitemap: a page (but the 404 page) it does not list, an entry without a
 * `<lastmod>`, and, for each page `expected` names (a path under the base path, `/cases/x/` → `2026-05-01`),
 * a `<lastmod>` on another day.
 */
export function sitemapProblems(site: BuiltSite, listed = sitemapEntries(site), expected: ReadonlyMap<string, string> = new Map()): Problem[] {
  const where = `${site.base}sitemap-index.xml`;
  const pages = builtPages(site).filter((page) => !page.path.endsWith('/404.html'));
  return [
    ...pages.filter((page) => !listed.has(page.path)).map((page) => ({ page: page.path, where, message: 'not listed in the sitemap' })),
    ...[...listed].filter(([, lastmod]) => !lastmod).map(([page]) => ({ page, where, message: 'listed in the sitemap without a <lastmod>' })),
    ...[...expected].flatMap(([relative, date]) => {
      const page = `${site.base}${relative.replace(/^\//, '')}`;
      const lastmod = listed.get(page)?.slice(0, 10);
      return lastmod === date ? [] : [{ page, where, message: `the sitemap dates it ${lastmod ?? 'not at all'}, its content ${date}` }];
    }),
  ];
}

/**
 * A tag's concept: its name without quotes, brackets, other punctuation, symbols or spaces, width and case
 * folded (`“两新”组织` and `两新组织`, `River clean-up` and `river cleanup` are one concept).
 */
export const tagConcept = (tag: string) =>
  tag
    .normalize('NFKC')
    .replace(/[\p{P}\p{S}\s]/gu, '')
    .toLowerCase();

/** The tag pages of a site (`<base>tags/<tag>/`) with their names (their `<h1>`). */
export function tagPages(site: BuiltSite, pages: readonly PageMeta[]): { path: string; name: string }[] {
  const tag = new RegExp(`^${site.base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}tags/[^/]+/$`);
  return pages.filter((page) => tag.test(page.page.path)).map((page) => ({ path: page.page.path, name: page.h1 ?? '' }));
}

/** Tag pages that name one concept twice: no two tag names may differ only by quotes, brackets, punctuation or case. */
export function tagProblems(tags: readonly { path: string; name: string }[]): Problem[] {
  const groups = new Map<string, { path: string; name: string }[]>();
  for (const tag of tags) addTo(groups, tagConcept(tag.name), tag);
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((tag) => ({
        page: tag.path,
        where: 'h1',
        message: `the tag "${tag.name}" is the same concept as ${group
          .filter((other) => other !== tag)
          .map((other) => `"${other.name}" (${other.path})`)
          .join(', ')}: use one name`,
      })),
    );
}

/** Options of the meta gate. */
export interface MetaOptions {
  /** Dates the sitemap must give, by page path under the base path (`/cases/x/` → `2026-05-01`), e.g. each case's last change. */
  lastmod?: ReadonlyMap<string, string>;
}

/** The meta gate over the whole of `site`. */
export function checkMeta(site: BuiltSite, options: MetaOptions = {}): GateResult {
  const pages = builtPages(site).map((page) => readMeta(page));
  const listed = sitemapEntries(site);
  return {
    gate: 'meta',
    checked: { pages: pages.length, 'sitemap entries': listed.size, 'tag pages': tagPages(site, pages).length },
    problems: [
      ...titleProblems(pages, site.title),
      ...descriptionProblems(pages),
      ...robotsProblems(site),
      ...sitemapProblems(site, listed, options.lastmod),
      ...tagProblems(tagPages(site, pages)),
    ],
    notes: options.lastmod ? [`sitemap dates compared with ${options.lastmod.size} case page${options.lastmod.size === 1 ? '' : 's'} of the content folder`] : [],
  };
}
