import { describe, expect, it } from 'vitest';
import { builtPages, bySection } from '../src/gates/built-site.ts';
import { checkHtml } from '../src/gates/html.ts';
import { formatProblem } from '../src/gates/result.ts';
import { casebookBuiltSite } from './helpers/built-site.ts';

/** The shared build of the casebook under test (tests/helpers/shared-build.ts), as the gates open it. */
const site = await casebookBuiltSite();

// The HTML gate of `npm run gates` (src/gates/html.ts) over every built page of the bundled casebook:
// html-validate's recommended rules with no rule turned off, and nothing outside <head> and <body>.
// One test per part of the site, so a failure names the part (and the owner) at once.
describe('every built page passes the HTML gate', () => {
  const pages = builtPages(site);

  it('covers the whole site', () => {
    expect(pages.length).toBeGreaterThan(60);
  });

  for (const [section, group] of bySection(site, pages)) {
    it(`${section}: ${group.length} page${group.length > 1 ? 's' : ''}`, async () => {
      const result = await checkHtml(site, group);
      expect(result.checked.pages).toBe(group.length);
      expect(result.problems.map(formatProblem)).toEqual([]);
    });
  }
});
