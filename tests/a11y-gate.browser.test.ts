import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { checkA11y, searchResults, startAxe, type AxeSession } from '../src/gates/a11y.ts';
import { openBuiltSite, type BuiltSite } from '../src/gates/built-site.ts';
import { formatProblem } from '../src/gates/result.ts';
import { BASE, pageHtml, passingFiles, writeSite } from './helpers/crafted-site.ts';

// The accessibility gate of `npm run gates` (src/gates/a11y.ts) on a small English site written by hand and
// served under a base path: pages axe finds nothing serious on, and one with an image and a button that
// have no text alternative.
describe('the a11y gate', () => {
  let site: BuiltSite;
  let axe: AxeSession;
  beforeAll(async () => {
    site = openBuiltSite(
      writeSite({
        ...passingFiles(),
        'cases/broken/index.html': pageHtml('cases/broken/', { body: '<h1>Broken</h1><img src="chart.png"><button type="button"></button>' }),
      }),
    );
    axe = await startAxe(site);
  });
  afterAll(async () => {
    await axe?.close();
    if (site) rmSync(site.dir, { recursive: true, force: true });
  });

  it('passes a page with nothing serious on it', async () => {
    expect(await axe.check(`${BASE}cases/river-cleanup/`)).toEqual([]);
  });

  it('names each serious or critical violation with its page, width and element, at both widths', async () => {
    expect((await axe.check(`${BASE}cases/broken/`)).map(formatProblem).sort()).toEqual(
      [375, 1280]
        .flatMap((width) => [
          `${BASE}cases/broken/ at ${width} px button: button-name (critical): Buttons must have discernible text`,
          `${BASE}cases/broken/ at ${width} px img: image-alt (critical): Images must have alternative text`,
        ])
        .sort(),
    );
  });

  it('reports a page that never draws what the gate waits for, and still checks it', async () => {
    const { url, ready } = searchResults(site, 'rivers');
    expect((await axe.check(url, ready, 500)).map(formatProblem)).toEqual([`${url} .results li: nothing matched .results li within 0.5 s: the page's script did not draw it`]);
  });

  it('runs over the whole site, served under its base path, and fails on the broken page only', async () => {
    const result = await checkA11y(site);
    expect(result.checked.pages).toBe(7);
    expect(new Set(result.problems.map((problem) => problem.page))).toEqual(new Set([`${BASE}cases/broken/`]));
  });
});
