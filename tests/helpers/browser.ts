// Browser tests drive the same Chromium and static server the report printer uses.
export { launchChromium as launchBrowser } from '../../src/build/reports/browser.ts';
export { serveStatic } from '../../src/build/reports/static-server.ts';
