import { describe, expect, it } from 'vitest';
import { siteInBrowser } from './helpers/browser.ts';

// The pages of the bundled casebook that have charts (tests/charts.test.ts checks there are no others).
const PAGES = ['/cases/yantai-development-zone/', '/reports/yantai-parks/'];

describe('charts in a browser', () => {
  const site = siteInBrowser();

  for (const width of [360, 1280]) {
    it(`fit their column at ${width} px, every label and figure inside the chart, text at a readable size`, async () => {
      const page = await site.browser.newPage({ viewport: { width, height: 800 } });
      for (const url of PAGES) {
        await page.goto(site.base + url);
        const charts = await page.locator('figure[data-chart] svg').evaluateAll((svgs) =>
          svgs.map((svg) => {
            const box = svg.getBoundingClientRect();
            const column = svg.closest('figure')!.parentElement!.getBoundingClientRect();
            const texts = [...svg.querySelectorAll('text')].map((text) => {
              const rect = text.getBoundingClientRect();
              return { text: text.textContent, left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, size: parseFloat(getComputedStyle(text).fontSize) * (box.width / (svg as SVGSVGElement).viewBox.baseVal.width) };
            });
            return { box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom }, column: { left: column.left, right: column.right }, texts };
          }),
        );
        expect(charts.length, url).toBe(2);
        for (const chart of charts) {
          expect(chart.box.right, url).toBeLessThanOrEqual(chart.column.right + 0.5);
          for (const text of chart.texts) {
            expect(text.left, `${url} ${text.text}`).toBeGreaterThanOrEqual(chart.box.left - 0.5);
            expect(text.right, `${url} ${text.text}`).toBeLessThanOrEqual(chart.box.right + 0.5);
            expect(text.bottom, `${url} ${text.text}`).toBeLessThanOrEqual(chart.box.bottom + 0.5);
            expect(text.size, `${url} ${text.text}`).toBeGreaterThanOrEqual(9);
          }
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(width);
      }
      await page.close();
    });
  }
});
