import { describe, expect, it } from 'vitest';
import { siteInBrowser } from './helpers/browser.ts';

// The 引用本案例 block of a case page: its reference copied as shown, or selected where the clipboard is missing.
describe('cite this case in a browser', () => {
  const site = siteInBrowser();

  it('copies the reference as the page shows it, and says so', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.base}/cases/penglai-edz/`);
    const shown = await page.textContent('[data-cite-text]');
    expect(shown).toContain(await page.textContent('h1'));
    await page.click('[data-cite-copy]');
    await expect.poll(() => page.textContent('[data-cite-status]')).toBe('已复制引用。');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    await context.close();
  });

  it('selects the reference where the clipboard API is missing', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    const page = await context.newPage();
    await page.goto(`${site.base}/cases/penglai-edz/`);
    await page.click('[data-cite-copy]');
    await expect.poll(() => page.textContent('[data-cite-status]')).toMatch(/已复制引用|请选中/);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(await page.textContent('[data-cite-text]'));
    await context.close();
  });
});
