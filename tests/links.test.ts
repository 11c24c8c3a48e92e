import { beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks, readSiteLinks, repeatedIds, type SiteLinks } from '../src/gates/links.ts';
import { formatProblem } from '../src/gates/result.ts';
import { casebookBuiltSite } from './helpers/built-site.ts';

/** The shared build of the casebook under test (tests/helpers/shared-build.ts), as the gates open it. */
const site = await casebookBuiltSite();

// The links gate of `npm run gates` (src/gates/links.ts) over the built bundled casebook: every URL in every
// page, feed, sitemap, data export, stylesheet and the search index that points into the site must name a
// built file, and one with a #fragment an element with that id on the target page.
describe('every internal link and anchor of the built site resolves', () => {
  let links: SiteLinks;
  beforeAll(() => {
    links = readSiteLinks(site);
  });

  it('finds links to check in every kind of file', () => {
    const kinds = new Set(links.references.map(({ reference }) => reference.kind));
    for (const kind of ['a[href]', 'link[rel=canonical]', 'meta[og:image]', '<loc>', '<link>', 'json', 'csv', 'robots.txt Sitemap', 'search index']) expect(kinds, kind).toContain(kind);
    expect(links.references.length).toBeGreaterThan(2000);
  });

  it('each internal URL names a built file, and each #fragment an id on the page it names', () => {
    const { problems, checked } = brokenLinks(site, links);
    expect(checked).toBeGreaterThan(2000);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('no page repeats an id', () => {
    expect(repeatedIds(links).map(formatProblem)).toEqual([]);
  });
});
