// The links gate: every URL in every page, feed, sitemap, data export, stylesheet, robots.txt and the search
// index that points into the site must name a built file, and one with a #fragment an element with that id
// on the page it names; and no page may repeat an id.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { indexFilePaths, indexPaths, type SearchDocFile, type SearchMeta } from '../domain/search-index.ts';
import { sectionUrl, useBase } from '../domain/urls.ts';
import { attr, builtFiles, builtPages, elementsOf, read, type BuiltFile, type BuiltSite } from './built-site.ts';
import type { GateResult, Problem } from './result.ts';

/** A reference found in a built file: what kind of reference it is (`a[href]`, `<loc>`, `json`…) and the URL as written. */
export interface Reference {
  kind: string;
  url: string;
}

/** What the gate reads from a site: every page's ids (and `<a name>`s), counted, and every reference with the file it is in. */
export interface SiteLinks {
  pages: Map<string, { page: BuiltFile; ids: Map<string, number> }>;
  references: { from: BuiltFile; reference: Reference }[];
}

// Attributes that hold a URL, and the elements they hold one on.
const URL_ATTRIBUTES: Record<string, string[]> = {
  href: ['a', 'area', 'link', 'base', 'use', 'image'],
  src: ['img', 'script', 'iframe', 'source', 'audio', 'video', 'track', 'embed', 'input'],
  srcset: ['img', 'source'],
  action: ['form'],
  formaction: ['button', 'input'],
  poster: ['video'],
  data: ['object'],
  cite: ['blockquote', 'q', 'ins', 'del'],
};
// Meta tags whose content is a URL (link previews).
const META_URLS = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:url']);
const CSS_URL = /url\(\s*['"]?([^'")]+)['"]?\s*\)/g;

/** Every URL a page refers to, and the ids (and `<a name>`s) it holds, counted. */
export function readPage(html: string): { references: Reference[]; ids: Map<string, number> } {
  const references: Reference[] = [];
  const ids = new Map<string, number>();
  for (const element of elementsOf(html)) {
    const tag = element.tagName;
    const id = attr(element, 'id');
    if (id !== undefined) ids.set(id, (ids.get(id) ?? 0) + 1);
    const name = tag === 'a' ? attr(element, 'name') : undefined;
    if (name !== undefined && name !== id) ids.set(name, (ids.get(name) ?? 0) + 1);
    for (const [attribute, tags] of Object.entries(URL_ATTRIBUTES)) {
      const value = tags.includes(tag) ? attr(element, attribute) : undefined;
      if (value === undefined) continue;
      const urls = attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!) : [value];
      const kind = tag === 'link' ? `link[rel=${attr(element, 'rel')}]` : `${tag}[${attribute}]`;
      for (const url of urls.filter(Boolean)) references.push({ kind, url });
    }
    const property = tag === 'meta' ? (attr(element, 'property') ?? attr(element, 'name')) : undefined;
    if (property && META_URLS.has(property)) references.push({ kind: `meta[${property}]`, url: attr(element, 'content') ?? '' });
    const style = (attr(element, 'style') ?? '') + (tag === 'style' ? element.childNodes.map((child) => ('value' in child ? child.value : '')).join('') : '');
    for (const match of style.matchAll(CSS_URL)) references.push({ kind: 'css url()', url: match[1]! });
  }
  return { references, ids };
}

/** URLs in a feed or sitemap: `<loc>`, `<link>`, `<guid>`, `href=` and enclosures. */
export function xmlReferences(xml: string): Reference[] {
  return [
    ...[...xml.matchAll(/<(loc|link|guid|url|image:loc)(?:\s[^>]*)?>([^<]+)<\/\1>/g)].map((match) => ({ kind: `<${match[1]}>`, url: match[2]!.trim() })),
    ...[...xml.matchAll(/<(?:atom:)?link\b[^>]*\bhref="([^"]+)"/g)].map((match) => ({ kind: '<link href>', url: match[1]! })),
    ...[...xml.matchAll(/<enclosure\b[^>]*\burl="([^"]+)"/g)].map((match) => ({ kind: '<enclosure>', url: match[1]! })),
  ];
}

/** Every string of a JSON document that is an address on the site (`origin` and a slash first). */
export function jsonReferences(value: unknown, origin: string): Reference[] {
  if (typeof value === 'string') return value.startsWith(`${origin}/`) ? [{ kind: 'json', url: value }] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap((item) => jsonReferences(item, origin));
  return [];
}

/**
 * What the search page links to: each indexed section's anchor on its case page, and the index files
 * meta.json names (read with the index format of src/domain/search-index.ts). None when the site has no index.
 */
function searchIndexReferences(site: BuiltSite): { from: BuiltFile; reference: Reference }[] {
  const from = { file: path.join(site.dir, 'search/meta.json'), path: `${site.base}search/meta.json` };
  if (!existsSync(from.file)) return [];
  useBase(site.base);
  const meta = JSON.parse(readFileSync(from.file, 'utf8')) as SearchMeta;
  const files = indexFilePaths(meta);
  // Each case's file names its sections; a missing file is reported below as a missing reference.
  const sections = Array.from({ length: meta.docCount }, (_, index) => {
    const file = path.join(site.dir, 'search', indexPaths.doc(meta, index));
    if (!existsSync(file)) return [];
    const { doc, sections } = JSON.parse(readFileSync(file, 'utf8')) as SearchDocFile;
    return sections.map(([anchor]) => sectionUrl(doc.id, anchor));
  }).flat();
  return [...sections, ...files.map((file) => `${site.base}search/${file}`)].map((url) => ({
    from,
    reference: { kind: 'search index', url },
  }));
}

/** Reads every page's ids and every reference of every page, feed, sitemap, data file, stylesheet, robots.txt and the search index. */
export function readSiteLinks(site: BuiltSite): SiteLinks {
  const pages: SiteLinks['pages'] = new Map();
  const references: SiteLinks['references'] = [];
  for (const page of builtPages(site)) {
    const found = readPage(read(page));
    pages.set(page.file, { page, ids: found.ids });
    for (const reference of found.references) references.push({ from: page, reference });
  }
  const other = (endings: string[], find: (text: string) => Reference[]) => {
    for (const from of builtFiles(site, ...endings)) for (const reference of find(read(from))) references.push({ from, reference });
  };
  other(['.xml'], xmlReferences);
  other(['.json'], (text) => jsonReferences(JSON.parse(text), site.origin));
  other(['.csv'], (text) => [...text.matchAll(/https?:\/\/[^\s,"]+/g)].map((match) => ({ kind: 'csv', url: match[0] })));
  other(['.css'], (text) => [...text.matchAll(CSS_URL)].filter((match) => !match[1]!.startsWith('data:')).map((match) => ({ kind: 'css url()', url: match[1]! })));
  other(['robots.txt'], (text) => [...text.matchAll(/^Sitemap:\s*(\S+)/gim)].map((match) => ({ kind: 'robots.txt Sitemap', url: match[1]! })));
  references.push(...searchIndexReferences(site));
  return { pages, references };
}

/** The built file a same-origin URL names, or why there is none. */
function target(site: BuiltSite, url: URL): string | { missing: string } {
  if (!url.pathname.startsWith(site.base)) return { missing: `outside the base path ${site.base}` };
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname.slice(site.base.length));
  } catch {
    return { missing: 'not a well-formed address' };
  }
  const file = path.join(site.dir, relative, relative === '' || relative.endsWith('/') ? 'index.html' : '');
  if (!file.startsWith(site.dir)) return { missing: 'outside the site' };
  if (existsSync(file) && statSync(file).isFile()) return file;
  // Only a host's redirect would find `/cases/x` for `/cases/x/`: the site writes every page address with its slash.
  return { missing: existsSync(path.join(file, 'index.html')) ? 'no trailing slash' : 'no such file' };
}

/**
 * The references of `links` into the site that name no built file, or a #fragment with no element of
 * that id on the page they name, and how many internal references were checked.
 */
export function brokenLinks(site: BuiltSite, links: SiteLinks): { problems: Problem[]; checked: number } {
  const problems: Problem[] = [];
  const broken = (from: BuiltFile, reference: Reference, message: string) => problems.push({ page: from.path, where: `${reference.kind} ${reference.url}`, message });
  let checked = 0;
  for (const { from, reference } of links.references) {
    if (/^(mailto|tel|javascript|data):/i.test(reference.url)) continue;
    let url: URL;
    try {
      url = new URL(reference.url, new URL(from.path, site.origin));
    } catch {
      broken(from, reference, 'not a URL');
      continue;
    }
    if (url.origin !== site.origin) continue;
    checked++;
    const samePage = reference.url.startsWith('#') && from.file.endsWith('.html');
    const file = samePage ? from.file : target(site, url);
    if (typeof file !== 'string') {
      broken(from, reference, file.missing);
      continue;
    }
    const fragment = url.hash.slice(1);
    // `#` alone and `#top` go to the top of any page; a PDF's fragments are its own (named destinations, pages).
    if (!fragment || fragment === 'top' || file.endsWith('.pdf')) continue;
    const page = links.pages.get(file);
    let id = fragment;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      // A malformed escape is looked up as written, and fails.
    }
    if (!page) broken(from, reference, 'a fragment on a file that is not a page');
    else if (!page.ids.has(id)) broken(from, reference, `no id "${id}" on ${page.page.path}`);
  }
  return { problems, checked };
}

/** Ids a page holds more than once (a link to one lands on the first only). */
export function repeatedIds(links: SiteLinks): Problem[] {
  return [...links.pages.values()].flatMap(({ page, ids }) =>
    [...ids].filter(([, count]) => count > 1).map(([id, count]) => ({ page: page.path, where: `id="${id}"`, message: `the id is used ${count} times` })),
  );
}

/** The links gate over the whole of `site`. */
export function checkLinks(site: BuiltSite): GateResult {
  const links = readSiteLinks(site);
  const { problems, checked } = brokenLinks(site, links);
  return {
    gate: 'links',
    checked: { pages: links.pages.size, references: links.references.length, internal: checked },
    problems: [...problems, ...repeatedIds(links)],
    notes: [],
  };
}
