import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAxe, searchResults, WIDTHS, type AxeSession } from '../src/gates/a11y.ts';
import { builtPages, bySection } from '../src/gates/built-site.ts';
import { formatProblem } from '../src/gates/result.ts';
import { casebookBuiltSite } from './helpers/built-site.ts';

/** The shared build of the casebook under test (tests/helpers/shared-build.ts), as the gates open it. */
const site = await casebookBuiltSite();

// The accessibility gate of `npm run gates` (src/gates/a11y.ts): axe-core in headless Chromium over every
// built page of the bundled casebook (the command samples pages of each kind; here none is left out), on a
// phone and on a desktop, plus the search page with results (drawn by its script): no serious or critical
// violation. One browser page visits the pages in turn; one test per part of the site names the part that fails.
describe(`every page passes axe-core at ${WIDTHS.join(' and ')} px`, () => {
  let axe: AxeSession;
  beforeAll(async () => {
    axe = await startAxe(site);
  });
  afterAll(async () => {
    await axe?.close();
  });

  const pages = builtPages(site);
  it('covers the whole site', () => {
    expect(pages.length).toBeGreaterThan(60);
  });

  for (const [section, group] of bySection(site, pages)) {
    it(`${section}: ${group.length} page${group.length > 1 ? 's' : ''}`, { timeout: 120_000 }, async () => {
      const found: string[] = [];
      for (const built of group) found.push(...(await axe.check(built.path)).map(formatProblem));
      expect(found).toEqual([]);
    });
  }

  it('search results for 党建', async () => {
    const { url, ready } = searchResults(site, '党建');
    expect((await axe.check(url, ready)).map(formatProblem)).toEqual([]);
  });
});
