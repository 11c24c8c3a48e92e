import { describe, expect, it } from 'vitest';
import { findChromium } from './browser.ts';

// Finding and launching a Chromium on a machine without one is tried in tests/report.test.ts (it prints a report).
describe('findChromium', () => {
  it('names the setting when CHROMIUM_PATH points nowhere', async () => {
    await expect(findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).rejects.toThrow('CHROMIUM_PATH=/nonexistent/chromium: no such file');
  });
});
