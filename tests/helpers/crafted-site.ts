// A small built site written by hand into a temporary folder, for the gates' unit tests: an English casebook
// served under a base path, every page valid, linked, described and listed, so a test breaks one thing and
// sees the gate name it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { openBuiltSite, type BuiltSite } from '../../src/gates/built-site.ts';

export const ORIGIN = 'https://cases.example.org';
export const BASE = '/library/';
export const TITLE = 'Riverside Case Library';

/** What a crafted page says; everything has a default that passes every gate. */
export interface CraftedPage {
  lang?: string;
  title?: string;
  description?: string;
  /** The body's inner HTML. */
  body?: string;
  /** Written after `</html>`, as a broken page would be. */
  after?: string;
}

/** A valid page: its path under the base (`cases/river/`), a title of its own, a long description, a canonical link. */
export function pageHtml(where: string, page: CraftedPage = {}): string {
  const name = where || 'home';
  const title = page.title ?? (where ? `${name} | ${TITLE}` : TITLE);
  const description = page.description ?? `What the ${name} page of the Riverside Case Library holds, said in one full sentence.`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${page.lang ?? 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<meta name="description" content="${description}">`,
    `<link rel="canonical" href="${ORIGIN}${BASE}${where}">`,
    `<meta property="og:site_name" content="${TITLE}">`,
    '</head>',
    '<body>',
    `<main id="main">${page.body ?? `<h1>${name}</h1><p>Some text about ${name}.</p>`}</main>`,
    '</body>',
    '</html>',
    page.after ?? '',
  ].join('\n');
}

/** The files of a site that passes every gate: home, two cases, two tags, a 404 page, robots.txt and the sitemap. */
export function passingFiles(): Record<string, string> {
  const pages: Record<string, string> = {
    '': pageHtml('', { body: `<h1>${TITLE}</h1><p><a href="${BASE}cases/river-cleanup/">River cleanup</a> and <a href="cases/school-meals/#results">school meals</a>.</p>` }),
    'cases/river-cleanup/': pageHtml('cases/river-cleanup/', { body: '<h1>River cleanup</h1><h2 id="results">Results</h2><p><a href="#results">Results</a> · <a href="../../tags/rivers/">rivers</a></p>' }),
    'cases/school-meals/': pageHtml('cases/school-meals/', { body: `<h1>School meals</h1><h2 id="results">Results</h2><p><a href="${BASE}tags/schools/">schools</a></p>` }),
    'tags/rivers/': pageHtml('tags/rivers/', { body: '<h1>Rivers</h1><p>One case.</p>' }),
    'tags/schools/': pageHtml('tags/schools/', { body: '<h1>Schools</h1><p>One case.</p>' }),
  };
  const files = Object.fromEntries(Object.entries(pages).map(([where, html]) => [`${where}index.html`, html]));
  files['404.html'] = pageHtml('404.html', { title: `Not found | ${TITLE}`, body: `<h1>Not found</h1><p><a href="${BASE}">Home</a></p>` });
  const urls = Object.keys(pages).map((where) => `<url><loc>${ORIGIN}${BASE}${where}</loc><lastmod>2026-05-01</lastmod></url>`);
  files['sitemap-0.xml'] = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`;
  files['sitemap-index.xml'] = `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${ORIGIN}${BASE}sitemap-0.xml</loc></sitemap></sitemapindex>`;
  files['robots.txt'] = `User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}${BASE}sitemap-index.xml\n`;
  return files;
}

/** Writes `files` (path → text; `undefined` leaves a file out) into a new temporary folder, and returns the folder. */
export function writeSite(files: Record<string, string | undefined>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'casebook-gates-'));
  for (const [name, text] of Object.entries(files)) {
    if (text === undefined) continue;
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** {@link writeSite}, opened as a built site; the folder is removed when the test ends. */
export function craftedSite(files: Record<string, string | undefined> = passingFiles()): BuiltSite {
  const dir = writeSite(files);
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return openBuiltSite(dir);
}
