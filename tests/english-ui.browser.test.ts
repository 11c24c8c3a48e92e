// The browser scripts of an English casebook speak English: the search status line, the explorer's count and the
// share panel's message are chosen by the page's language (tests/english-ui.test.ts checks the built pages).
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from './helpers/browser.ts';
import { sharedBuild } from './helpers/shared-build.ts';

// The same build as tests/english-ui.test.ts (same folder and settings, so one build serves both).
const englishSite = async () => {
  const built = await sharedBuild('tests/fixtures/english-ui');
  if (built.status !== 0) throw new Error(built.output);
  return built.outDir;
};

describe('the scripts of an English casebook', () => {
  const site = siteInBrowser(englishSite);

  it('report search results in English', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/search/?q=${encodeURIComponent('海上风电')}`);
    await expect.poll(() => page.textContent('[data-search-status]')).toMatch(/^1 case found \(\d+ ms\)$/);
    expect(await page.title()).toBe('Results for ‘海上风电’ | Search');
    await page.close();
  });

  it('count the figures the explorer\'s filters leave in English', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.base}/stats/`);
    await page.fill('[data-stats-filters] input[name="q"]', '志愿者');
    await expect.poll(() => page.textContent('[data-stats-count]')).toBe('1 statistic');
    await page.fill('[data-stats-filters] input[name="q"]', '');
    await expect.poll(() => page.textContent('[data-stats-count]')).toBe('5 statistics');
    await page.close();
  });

  it('say in English that the link was copied', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.base}/cases/penglai-sample/`);
    await page.click('[data-share] summary');
    await page.click('[data-share-copy]');
    await expect.poll(() => page.textContent('[data-share-status]')).toBe('Link copied');
    await context.close();
  });
});
