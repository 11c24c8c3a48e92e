import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
for (const [w, url, sel, out] of JSON.parse(process.argv[2])) {
  const page = await browser.newPage({ viewport: { width: w, height: 800 } });
  await page.goto(url);
  await page.locator(sel).first().scrollIntoViewIfNeeded();
  await page.evaluate((s) => document.querySelector(s).scrollIntoView(), sel);
  await page.screenshot({ path: out });
}
await browser.close();
