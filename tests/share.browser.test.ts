import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { siteInBrowser } from './helpers/browser.ts';

describe('share panel in a browser', () => {
  const site = siteInBrowser();

  it('opens from the keyboard and offers a real PNG card, a Weibo link and a QR code', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.base}/cases/penglai-edz/`);
    await page.focus('[data-share] summary');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('[data-share]', 'open')).not.toBeNull();
    const href = await page.getAttribute('[data-share-download]', 'href');
    expect(href).toBe('/cards/cases/penglai-edz.png');
    const response = await page.request.get(`${site.base}${href}`);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = PNG.sync.read(await response.body());
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(await page.getAttribute('a[href^="https://service.weibo.com/share/share.php"]', 'href')).toContain(encodeURIComponent('https://casebook.example.org/cases/penglai-edz/'));
    expect(await page.locator('[data-share-qr] svg path').count()).toBeGreaterThan(0);
    expect(await page.getAttribute('[data-share-qr]', 'aria-label')).toContain('二维码');
    const statCard = await page.getAttribute('.stat-cards a', 'href');
    expect((await page.request.get(`${site.base}${statCard}`)).status()).toBe(200);
    await context.close();
  });

  it('copies the link and says so', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.base}/cases/penglai-edz/`);
    await page.click('[data-share] summary');
    await page.click('[data-share-copy]');
    await expect.poll(() => page.textContent('[data-share-status]')).toBe('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://casebook.example.org/cases/penglai-edz/');
    await context.close();
  });

  it('falls back to selecting the link where the clipboard API is missing', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    const page = await context.newPage();
    await page.goto(`${site.base}/cases/penglai-edz/`);
    await page.click('[data-share] summary');
    await page.click('[data-share-copy]');
    await expect.poll(() => page.textContent('[data-share-status]')).toMatch(/链接已复制|请按 Ctrl\+C/);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('https://casebook.example.org/cases/penglai-edz/');
    expect(await page.evaluate(() => window.getSelection()?.toString() || (document.activeElement as HTMLInputElement).selectionEnd)).toBeTruthy();
    await context.close();
  });
});
