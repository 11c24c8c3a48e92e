// Reading a built site as a whole: its files by kind, each page's site path, its parsed HTML. The
// quality gates (html-validate, links and anchors, meta, accessibility) run over every page of the
// shared build with these.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { optionsFromEnv } from '../../src/options.ts';
import { site } from '../../src/site.config.ts';
import { root } from './build.ts';

/** A built file and the site path it is served at, under the base path: `/cases/x/` for `cases/x/index.html`. */
export interface BuiltFile {
  file: string;
  path: string;
}

/** The origin and base path the shared build was made for (the build and the tests read the same environment). */
export const siteOrigin = new URL(site.url).origin;
export const basePath = optionsFromEnv(root).base;

/** Every file of the site built into `dist` whose name ends with one of `endings`, in path order. */
export function builtFiles(dist: string, ...endings: string[]): BuiltFile[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => endings.some((ending) => name.endsWith(ending)))
    .sort()
    .map((name) => {
      const relative = name.split(path.sep).join('/');
      const served = relative === 'index.html' ? '' : relative.endsWith('/index.html') ? relative.slice(0, -'index.html'.length) : relative;
      return { file: path.join(dist, name), path: `${basePath}${served}` };
    });
}

/** Every page of the site built into `dist` (`*.html`). */
export const builtPages = (dist: string) => builtFiles(dist, '.html');

/** The part of the site a page belongs to, by its first path segment: `cases`, `tags`, …, `home` for the home page. */
export function sectionOf(page: BuiltFile): string {
  const segment = page.path.slice(basePath.length).split('/')[0]!;
  return segment === '' ? 'home' : segment.replace(/\.html$/, '');
}

/** Groups pages by their section, in path order. */
export function bySection(pages: readonly BuiltFile[]): Map<string, BuiltFile[]> {
  const groups = new Map<string, BuiltFile[]>();
  for (const page of pages) groups.set(sectionOf(page), [...(groups.get(sectionOf(page)) ?? []), page]);
  return groups;
}

export type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** Every element of an HTML document in document order, template contents included. */
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

/** An element's attribute, without its namespace prefix (`xlink:href` reads as `href`). */
export const attr = (element: Element, name: string) => element.attrs.find((item) => item.name === name)?.value;

/** The text inside an element, as a reader sees it in the source (no tags). */
export function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : 'tagName' in child ? textOf(child) : '')).join('');
}

/** A built file's text. */
export const read = (file: BuiltFile) => readFileSync(file.file, 'utf8');
