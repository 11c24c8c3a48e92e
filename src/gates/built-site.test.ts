import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { BASE, craftedSite, ORIGIN, pageHtml, passingFiles, TITLE } from '../../tests/helpers/crafted-site.ts';
import { builtPages, bySection, NotABuiltSite, openBuiltSite } from './built-site.ts';

describe('openBuiltSite', () => {
  it('reads where the site lives, its title and language from its home page, whatever the casebook', () => {
    const site = craftedSite();
    expect(site).toMatchObject({ origin: ORIGIN, base: BASE, title: TITLE, lang: 'en' });
  });

  it('falls back on the sitemap line of robots.txt when the home page has no canonical link', () => {
    const files = passingFiles();
    const site = craftedSite({ ...files, 'index.html': files['index.html']!.replace(/<link rel="canonical"[^>]*>/, '') });
    expect(site).toMatchObject({ origin: ORIGIN, base: BASE });
  });

  it('refuses a folder that is not a built site, or a site that does not say where it lives, in one sentence', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'casebook-gates-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    expect(() => openBuiltSite(path.join(dir, 'nowhere'))).toThrow(NotABuiltSite);
    expect(() => openBuiltSite(dir)).toThrow(/no index\.html/);
    writeFileSync(path.join(dir, 'index.html'), pageHtml('').replace(/<link rel="canonical"[^>]*>/, ''));
    expect(() => openBuiltSite(dir)).toThrow(/address is unknown/);
  });

  it('names each page by its address under the base path and groups pages by section', () => {
    const site = craftedSite();
    const pages = builtPages(site);
    expect(pages.map((page) => page.path)).toEqual([`${BASE}404.html`, `${BASE}cases/river-cleanup/`, `${BASE}cases/school-meals/`, BASE, `${BASE}tags/rivers/`, `${BASE}tags/schools/`]);
    expect([...bySection(site, pages)].map(([section, group]) => [section, group.length])).toEqual([
      ['404', 1],
      ['cases', 2],
      ['home', 1],
      ['tags', 2],
    ]);
  });
});
