// The editor's loop for `npm run bench`: how long `npm run dev` takes to show a planted claim error in its overlay
// after the file is saved, and to clear it after the fix, on a copy of the bundled casebook.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../../src/outputs/reports/browser.ts';
import { median, table } from './table.ts';
import { startDevServer } from './dev-server.ts';

const CASE = 'cases/penglai-edz.mdx';
const PLANT: [string, string] = ['figure: "2.6亿元"', 'figure: "2.7亿元"'];

/** Save-to-overlay and fix-to-clear times, in milliseconds, over `rounds` plantings. */
export async function measureDevLoop(root: string, rounds = 5): Promise<{ shown: number[]; cleared: number[] }> {
  const content = mkdtempSync(path.join(tmpdir(), 'casebook-bench-dev-'));
  cpSync(path.join(root, 'content'), content, { recursive: true });
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV'));
  const server = await startDevServer(root, { ...env, CASEBOOK_CONTENT: content });
  const base = server.url;
  const browser = await launchChromium();
  try {
    // The first visit makes the server optimise dependencies and reload the page once; an edit saved before the
    // page's live-reload connection is back would go unseen, so let it settle (not part of any measurement).
    const page = await browser.newPage();
    const reconnected = () => page.waitForEvent('console', { predicate: (message) => message.text().includes('[vite] connected'), timeout: 30_000 });
    await page.goto(`${base}/cases/penglai-edz/`);
    await page.waitForFunction(() => document.title.includes('蓬莱'), undefined, { timeout: 30_000 });
    await page.waitForTimeout(3000);
    const file = path.join(content, CASE);
    const original = readFileSync(file, 'utf8');
    const shown: number[] = [];
    const cleared: number[] = [];
    for (let round = 0; round < rounds; round++) {
      let started = performance.now();
      writeFileSync(file, original.replace(...PLANT));
      await page.locator('vite-error-overlay').waitFor({ timeout: 30_000 });
      shown.push(performance.now() - started);
      started = performance.now();
      const connected = reconnected();
      writeFileSync(file, original);
      await page.locator('vite-error-overlay').waitFor({ state: 'detached', timeout: 30_000 });
      await page.waitForFunction(() => document.title.includes('蓬莱'), undefined, { timeout: 30_000 });
      cleared.push(performance.now() - started);
      await connected;
    }
    return { shown, cleared };
  } finally {
    await browser.close();
    server.stop();
    rmSync(content, { recursive: true, force: true });
  }
}

/** The dev part of `npm run bench` as a Markdown table. */
export async function benchDev(root: string): Promise<string> {
  const { shown, cleared } = await measureDevLoop(root);
  const ms = (values: number[]) => `${Math.round(median(values))} ms (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;
  return `### The editor's loop (npm run dev, bundled casebook)\n\n${table(
    ['what', 'median (range of 5)', 'budget'],
    [
      [`a wrong figure saved (${PLANT[0]} → ${PLANT[1]}) until the overlay shows it`, ms(shown), '≤ 2 s'],
      ['the fix saved until the page is back', ms(cleared), '—'],
    ],
  )}`;
}
