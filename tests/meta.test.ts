import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../src/gates/built-site.ts';
import { descriptionProblems, minDescription, readMeta, robotsProblems, sitemapEntries, sitemapProblems, tagPages, tagProblems, titleProblems, type PageMeta } from '../src/gates/meta.ts';
import { formatProblem } from '../src/gates/result.ts';
import { caseLastmods } from '../scripts/gates/case-dates.ts';
import { casebookBuiltSite } from './helpers/built-site.ts';
import { loadContent } from './helpers/content.ts';

/** The shared build of the casebook under test (tests/helpers/shared-build.ts), as the gates open it. */
const site = await casebookBuiltSite();

// The meta gate of `npm run gates` (src/gates/meta.ts) over the built bundled casebook.
describe('what every page says about itself', () => {
  let pages: PageMeta[];
  beforeAll(() => {
    pages = builtPages(site).map((page) => readMeta(page));
    expect(pages.length).toBeGreaterThan(60);
  });

  it(`has a meta description of at least ${minDescription(site.lang)} characters, its own`, () => {
    expect(descriptionProblems(pages).map(formatProblem)).toEqual([]);
  });

  it('has a title of its own that names the site once', () => {
    expect(titleProblems(pages, site.title).map(formatProblem)).toEqual([]);
  });
});

describe('robots.txt and the sitemap', () => {
  it('has a robots.txt that lets crawlers in and names the sitemap under the site URL and base path', () => {
    expect(robotsProblems(site).map(formatProblem)).toEqual([]);
  });

  it('lists every page but the 404 page, each with the date it last changed', async () => {
    // A case page's date is its case's last update, else its publication.
    const expected = caseLastmods(await loadContent());
    expect(expected.size).toBeGreaterThan(1);
    const listed = sitemapEntries(site);
    expect(listed.size).toBeGreaterThan(60);
    expect(sitemapProblems(site, listed, expected).map(formatProblem)).toEqual([]);
  });
});

describe('tags', () => {
  it('have one tag page per concept: no two tag names differ only by quotes, brackets or punctuation', () => {
    const tags = tagPages(site, builtPages(site).map((page) => readMeta(page)));
    expect(tags.length).toBeGreaterThan(10);
    expect(tagProblems(tags).map(formatProblem)).toEqual([]);
  });
});
