import { describe, expect, it, onTestFinished } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium } from './browser.ts';

// Finding and launching a Chromium on a machine without one is tried in tests/report.test.ts (it prints a report).
describe('findChromium', () => {
  it('names the setting when CHROMIUM_PATH points nowhere', async () => {
    await expect(findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).rejects.toThrow('CHROMIUM_PATH=/nonexistent/chromium: no such file');
  });

  it('passes over an installed Chromium that is not an executable file, as an Ubuntu stub can be', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'casebook-chromium-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    const stub = path.join(folder, 'chromium');
    await writeFile(stub, 'not a program', { mode: 0o644 });
    const found = await findChromium({}, [stub, folder]);
    expect(found.path).not.toBe(stub);
    expect(found.source).toBe(process.platform === 'linux' ? 'bundled' : 'system');
  });
});
