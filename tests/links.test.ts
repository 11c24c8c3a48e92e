import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SearchMeta } from '../src/domain/search-index.ts';
import { sectionUrl, useBase } from '../src/domain/urls.ts';
import { attr, basePath, builtFiles, builtPages, elementsOf, read, siteOrigin, type BuiltFile } from './helpers/built-site.ts';
import { casebookDist } from './helpers/shared-build.ts';

/** The shared build of the casebook under test (tests/helpers/shared-build.ts). */
const dist = await casebookDist();

/** A reference found in a built file: what kind of reference it is and the URL as written. */
interface Reference {
  kind: string;
  url: string;
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
function readPage(html: string): { references: Reference[]; ids: Map<string, number> } {
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
function xmlReferences(xml: string): Reference[] {
  return [
    ...[...xml.matchAll(/<(loc|link|guid|url|image:loc)(?:\s[^>]*)?>([^<]+)<\/\1>/g)].map((match) => ({ kind: `<${match[1]}>`, url: match[2]!.trim() })),
    ...[...xml.matchAll(/<(?:atom:)?link\b[^>]*\bhref="([^"]+)"/g)].map((match) => ({ kind: '<link href>', url: match[1]! })),
    ...[...xml.matchAll(/<enclosure\b[^>]*\burl="([^"]+)"/g)].map((match) => ({ kind: '<enclosure>', url: match[1]! })),
  ];
}

/** Every string of a JSON document that is an address on the site. */
function jsonReferences(value: unknown): Reference[] {
  if (typeof value === 'string') return value.startsWith(`${siteOrigin}/`) ? [{ kind: 'json', url: value }] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonReferences);
  return [];
}

// Internal links and anchors of the built bundled casebook: every URL in every page, feed, sitemap,
// data export, stylesheet and the search index that points into the site must name a built file, and
// one with a #fragment an element with that id on the target page.
describe('every internal link and anchor of the built site resolves', () => {
  const pages = new Map<string, { page: BuiltFile; references: Reference[]; ids: Map<string, number> }>();
  let references: { from: BuiltFile; reference: Reference }[] = [];
  beforeAll(() => {
    for (const page of builtPages(dist)) pages.set(page.file, { page, ...readPage(read(page)) });
    const other = (endings: string[], find: (text: string, file: BuiltFile) => Reference[]) =>
      builtFiles(dist, ...endings).flatMap((from) => find(read(from), from).map((reference) => ({ from, reference })));
    references = [
      ...[...pages.values()].flatMap(({ page, references: found }) => found.map((reference) => ({ from: page, reference }))),
      ...other(['.xml'], xmlReferences),
      ...other(['.json'], (text) => jsonReferences(JSON.parse(text))),
      ...other(['.csv'], (text) => [...text.matchAll(/https?:\/\/[^\s,"]+/g)].map((match) => ({ kind: 'csv', url: match[0] }))),
      ...other(['.css'], (text) => [...text.matchAll(CSS_URL)].filter((match) => !match[1]!.startsWith('data:')).map((match) => ({ kind: 'css url()', url: match[1]! }))),
      ...other(['robots.txt'], (text) => [...text.matchAll(/^Sitemap:\s*(\S+)/gim)].map((match) => ({ kind: 'robots.txt Sitemap', url: match[1]! }))),
      ...searchIndexReferences(dist),
    ];
  });

  /** The built file a same-origin URL names, or why there is none. */
  function target(url: URL): string | { missing: string } {
    if (!url.pathname.startsWith(basePath)) return { missing: `outside the base path ${basePath}` };
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(basePath.length));
    } catch {
      return { missing: 'not a well-formed address' };
    }
    const file = path.join(dist, relative, relative === '' || relative.endsWith('/') ? 'index.html' : '');
    if (!file.startsWith(dist)) return { missing: 'outside the site' };
    if (existsSync(file) && statSync(file).isFile()) return file;
    // Only a host's redirect would find `/cases/x` for `/cases/x/`: the site writes every page address with its slash.
    return { missing: existsSync(path.join(file, 'index.html')) ? 'no trailing slash' : 'no such file' };
  }

  it('finds links to check in every kind of file', () => {
    const kinds = new Set(references.map(({ reference }) => reference.kind));
    for (const kind of ['a[href]', 'link[rel=canonical]', 'meta[og:image]', '<loc>', '<link>', 'json', 'csv', 'robots.txt Sitemap', 'search index']) expect(kinds, kind).toContain(kind);
    expect(references.length).toBeGreaterThan(2000);
  });

  it('each internal URL names a built file, and each #fragment an id on the page it names', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const { from, reference } of references) {
      if (/^(mailto|tel|javascript|data):/i.test(reference.url)) continue;
      let url: URL;
      try {
        url = new URL(reference.url, new URL(from.path, siteOrigin));
      } catch {
        broken.push(`${from.path} ${reference.kind} ${reference.url}: not a URL`);
        continue;
      }
      if (url.origin !== siteOrigin) continue;
      checked++;
      const samePage = reference.url.startsWith('#') && from.file.endsWith('.html');
      const file = samePage ? from.file : target(url);
      if (typeof file !== 'string') {
        broken.push(`${from.path} ${reference.kind} ${reference.url}: ${file.missing}`);
        continue;
      }
      const fragment = url.hash.slice(1);
      // `#` alone and `#top` go to the top of any page; a PDF's fragments are its own (named destinations, pages).
      if (!fragment || fragment === 'top' || file.endsWith('.pdf')) continue;
      const ids = pages.get(file)?.ids;
      let id = fragment;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        // A malformed escape is looked up as written, and fails.
      }
      if (!ids) broken.push(`${from.path} ${reference.kind} ${reference.url}: a fragment on a file that is not a page`);
      else if (!ids.has(id)) broken.push(`${from.path} ${reference.kind} ${reference.url}: no id "${id}" on ${pages.get(file)!.page.path}`);
    }
    expect(checked).toBeGreaterThan(2000);
    expect(broken).toEqual([]);
  });

  it('no page repeats an id', () => {
    const repeated = [...pages.values()].flatMap(({ page, ids }) =>
      [...ids].filter(([, count]) => count > 1).map(([id, count]) => `${page.path}: id "${id}" ×${count}`),
    );
    expect(repeated).toEqual([]);
  });
});

/**
 * What the search page links to: each indexed section's anchor on its case page, and the index files
 * meta.json names (read with the index format of src/domain/search-index.ts).
 */
function searchIndexReferences(dist: string): { from: BuiltFile; reference: Reference }[] {
  useBase(basePath);
  const from = { file: path.join(dist, 'search/meta.json'), path: `${basePath}search/meta.json` };
  const meta = JSON.parse(readFileSync(from.file, 'utf8')) as SearchMeta;
  const files = meta.files ? [...meta.files.shards, ...meta.files.texts, meta.files.pinyin] : [];
  return [
    ...meta.sections.map(([doc, anchor]) => sectionUrl(meta.docs[doc]!.id, anchor)),
    ...files.map((file) => `${basePath}search/${file}`),
  ].map((url) => ({ from, reference: { kind: 'search index', url } }));
}
