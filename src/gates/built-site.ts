// Reading a built site as a whole, from its files alone: where it is served (origin and base path, as its
// home page's canonical link says), its title and language, its files by kind, each page's site path and
// its parsed HTML. Every gate reads the site through this module, so a gate works on any casebook's build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { addTo } from '../domain/append-all.ts';

/** A built site, as the gates see it. */
export interface BuiltSite {
  /** The folder the site was built into (absolute). */
  dir: string;
  /** The origin the site was built for, e.g. `https://cases.example.org`. */
  origin: string;
  /** The path the site is served under, with both slashes: `/` or `/casebook/`. */
  base: string;
  /** The site's title (the home page's `og:site_name`, else its `<title>`). */
  title: string;
  /** The language of the home page (`<html lang>`), e.g. `zh-CN` or `en`. */
  lang: string;
}

/** A built file and the site path it is served at, under the base path: `/cases/x/` for `cases/x/index.html`. */
export interface BuiltFile {
  file: string;
  path: string;
}

/** Why a folder cannot be read as a built site: said in one line, for the command to print. */
export class NotABuiltSite extends Error {}

/**
 * Opens the site built into `dir`. Its address (origin and base path) is read from the home page's
 * `<link rel="canonical">`, which every Casebook page carries, else from the sitemap line of
 * `robots.txt`; its title from `og:site_name`, its language from `<html lang>`. Throws
 * {@link NotABuiltSite} when the folder holds no built site or the site does not say where it lives.
 */
export function openBuiltSite(dir: string): BuiltSite {
  const folder = path.resolve(dir);
  const home = path.join(folder, 'index.html');
  if (!existsSync(folder)) throw new NotABuiltSite(`${dir}: no such folder. Build the site first (npm run build), or name the folder it was built into.`);
  if (!existsSync(home)) throw new NotABuiltSite(`${dir}: no index.html, so this is not a built site. Build it first (npm run build), or name the folder it was built into.`);
  const elements = elementsOf(readFileSync(home, 'utf8'));
  const find = (tag: string, name: string, value: string) => elements.find((element) => element.tagName === tag && attr(element, name) === value);
  const canonical = find('link', 'rel', 'canonical');
  const address = urlOf(canonical && attr(canonical, 'href')) ?? sitemapAddress(folder);
  if (!address) throw new NotABuiltSite(`${dir}: the home page has no <link rel="canonical"> and robots.txt names no sitemap, so the site's address is unknown.`);
  const siteName = find('meta', 'property', 'og:site_name');
  const title = elements.find((element) => element.tagName === 'title' && element.namespaceURI === HTML);
  const root = elements.find((element) => element.tagName === 'html');
  return {
    dir: folder,
    origin: address.origin,
    base: address.pathname.endsWith('/') ? address.pathname : address.pathname.replace(/[^/]*$/, ''),
    title: (siteName && attr(siteName, 'content')) ?? (title ? textOf(title).trim() : ''),
    lang: (root && attr(root, 'lang')) ?? '',
  };
}

const urlOf = (text: string | undefined) => {
  try {
    return text ? new URL(text) : undefined;
  } catch {
    return undefined;
  }
};

/** The site's address from robots.txt's `Sitemap: https://…/base/sitemap-index.xml`. */
function sitemapAddress(folder: string): URL | undefined {
  const robots = path.join(folder, 'robots.txt');
  const line = existsSync(robots) ? /^Sitemap:\s*(\S+)/im.exec(readFileSync(robots, 'utf8')) : null;
  const url = urlOf(line?.[1]);
  return url && new URL(url.pathname.replace(/[^/]*$/, ''), url.origin);
}

/** Every file of `site` whose name ends with one of `endings`, in path order. */
export function builtFiles(site: BuiltSite, ...endings: string[]): BuiltFile[] {
  return readdirSync(site.dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => endings.some((ending) => name.endsWith(ending)))
    .sort()
    .map((name) => {
      const relative = name.split(path.sep).join('/');
      const served = relative === 'index.html' ? '' : relative.endsWith('/index.html') ? relative.slice(0, -'index.html'.length) : relative;
      return { file: path.join(site.dir, name), path: `${site.base}${served}` };
    });
}

/** Every page of `site` (`*.html`), in path order. */
export const builtPages = (site: BuiltSite) => builtFiles(site, '.html');

/** The part of the site a page belongs to, by its first path segment: `cases`, `tags`, …, `home` for the home page. */
export function sectionOf(site: BuiltSite, page: BuiltFile): string {
  const segment = page.path.slice(site.base.length).split('/')[0]!;
  return segment === '' ? 'home' : segment.replace(/\.html$/, '');
}

/** Groups pages by their section, in path order. */
export function bySection(site: BuiltSite, pages: readonly BuiltFile[]): Map<string, BuiltFile[]> {
  const groups = new Map<string, BuiltFile[]>();
  for (const page of pages) addTo(groups, sectionOf(site, page), page);
  return groups;
}

export type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
const HTML = 'http://www.w3.org/1999/xhtml';

/** Every element of an HTML document in document order, template contents included, parsed as a browser does. */
export function elementsOf(html: string): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      out.push(child);
      visit(child);
      if (child.tagName === 'template' && 'content' in child) visit(child.content as ParentNode);
    }
  };
  visit(parse(html));
  return out;
}

/** Whether an element is an HTML one (not an SVG `<title>` or MathML). */
export const isHtml = (element: Element) => element.namespaceURI === HTML;

/** An element's attribute, without its namespace prefix (`xlink:href` reads as `href`). */
export const attr = (element: Element, name: string) => element.attrs.find((item) => item.name === name)?.value;

/** The text inside an element, as a reader sees it in the source (no tags). */
export function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : 'tagName' in child ? textOf(child) : '')).join('');
}

/** A built file's text. */
export const read = (file: BuiltFile) => readFileSync(file.file, 'utf8');
