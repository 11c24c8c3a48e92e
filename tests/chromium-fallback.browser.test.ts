// An installed Chromium that cannot start must not stop the reports: Casebook starts the one it ships instead,
// and says why (issue: a present but broken /usr/bin/chromium, as Ubuntu's snap stub is in a container).
import { describe, expect, it, onTestFinished } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../src/outputs/reports/browser.ts';

describe.runIf(process.platform === 'linux')('an installed Chromium that will not start', () => {
  it('gives way to the Chromium inside @sparticuz/chromium, which prints a page', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'casebook-broken-chromium-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    const broken = path.join(folder, 'chromium-browser');
    await writeFile(broken, '#!/bin/sh\necho "Command requires the chromium snap to be installed." >&2\nexit 1\n', { mode: 0o755 });
    const said: string[] = [];
    const browser = await launchChromium({ path: broken, source: 'system' }, (message) => said.push(message));
    onTestFinished(() => browser.close());
    const page = await browser.newPage();
    await page.setContent('<p>printed</p>');
    expect((await page.pdf()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(said).toEqual([expect.stringMatching(/^the installed Chromium .*chromium-browser did not start \(.*\); using the Chromium inside @sparticuz\/chromium$/)]);
  }, 120_000);

  it('does not pass over a Chromium the operator named in CHROMIUM_PATH', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'casebook-broken-chromium-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    const broken = path.join(folder, 'chrome');
    await writeFile(broken, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    await expect(launchChromium({ path: broken, source: 'configured' }, () => {})).rejects.toThrow();
  }, 60_000);
});
