import { describe, expect, it } from 'vitest';
import type { BuiltFile, BuiltSite } from './built-site.ts';
import { kindOf, samplePages } from './a11y.ts';

// Which pages the accessibility gate loads; the gate itself, in Chromium, is tried in tests/a11y-gate.browser.test.ts.
const site = { dir: '/site', origin: 'https://cases.example.org', base: '/library/', title: 'Library', lang: 'en' } satisfies BuiltSite;
const page = (where: string): BuiltFile => ({ file: `/site/${where}index.html`, path: `/library/${where}` });

describe('the pages the a11y gate loads', () => {
  it('sorts pages into kinds by their address, whatever the casebook names them', () => {
    expect(['', 'cases/', 'cases/river/', 'regions/a/b/', 'reports/all/2/', '404.html'].map((where) => kindOf(site, where === '404.html' ? { file: '', path: '/library/404.html' } : page(where)))).toEqual([
      'home',
      'cases/',
      'cases/*/',
      'regions/*/*/',
      'reports/*/*/',
      '404.html',
    ]);
  });

  it('loads every page of a small site, and at most n of each kind of a large one, spread from first to last', () => {
    const cases = Array.from({ length: 1000 }, (_, index) => page(`cases/c${String(index).padStart(4, '0')}/`));
    const pages = [page(''), page('cases/'), ...cases, page('tags/t1/'), page('tags/t2/')];
    expect(samplePages(site, pages, Infinity)).toEqual(pages);
    const sample = samplePages(site, pages, 5);
    expect(sample.map((item) => item.path)).toEqual(['/library/', '/library/cases/', ...['0000', '0250', '0500', '0749', '0999'].map((n) => `/library/cases/c${n}/`), '/library/tags/t1/', '/library/tags/t2/']);
    expect(samplePages(site, pages, 1).filter((item) => item.path.startsWith('/library/cases/c'))).toHaveLength(1);
  });
});
