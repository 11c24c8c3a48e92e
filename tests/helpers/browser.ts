// Browser tests drive the same Chromium and static server the report printer uses.
export { launchChromium as launchBrowser } from '../../src/outputs/reports/browser.ts';
export { serveStatic } from '../../src/outputs/reports/static-server.ts';

import { afterAll, beforeAll } from 'vitest';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/outputs/reports/browser.ts';
import { serveStatic as serve } from '../../src/outputs/reports/static-server.ts';
import { casebookDist } from './shared-build.ts';

/** A built site served locally and a Chromium to look at it: ready in `beforeAll`, closed in `afterAll`. */
export interface SiteInBrowser {
  browser: Browser;
  /** The site's origin, e.g. `http://127.0.0.1:41234`. */
  base: string;
}

/**
 * Serves a built site (the shared build of the bundled casebook unless
 * `dist` is given, or a function that builds one) and launches Chromium for
 * the tests of one describe block; both are closed when the block ends.
 */
export function siteInBrowser(dist?: string | (() => Promise<string>)): SiteInBrowser {
  const site = {} as SiteInBrowser;
  let server: Server | undefined;
  beforeAll(async () => {
    ({ url: site.base, server } = await serve(typeof dist === 'function' ? await dist() : (dist ?? (await casebookDist()))));
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}
