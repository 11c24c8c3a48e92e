import type { Browser } from 'playwright-core';
import type { FoundChromium } from './browser.ts';

/** A started headless Chromium and where it was found. */
export interface StartedBrowser {
  browser: Browser;
  chromium: FoundChromium;
}

/** Finds and starts Chromium; playwright-core is loaded only here, when a browser is wanted. */
export async function startChromium(): Promise<StartedBrowser> {
  const { findChromium, launchChromium } = await import('./browser.ts');
  const chromium = await findChromium();
  return { chromium, browser: await launchChromium(chromium) };
}

/**
 * A Chromium started early, while Astro is still bundling and rendering
 * the pages (mostly one thread of two), so that loading playwright-core
 * and starting the browser, a second or so, is done by the time the report
 * pages are there to print. Whoever {@link take}s it closes it; one never
 * taken is closed by {@link dispose}. A start that failed is reported by
 * `take`, where printing needs it, not where it was started.
 */
export class EarlyBrowser {
  private started?: Promise<StartedBrowser>;
  private taken = false;

  /** Starts the browser in the background (once). */
  start(): void {
    if (this.started) return;
    this.started = startChromium();
    // Failure is reported by take(); until then it must not count as unhandled.
    this.started.catch(() => undefined);
  }

  /** The early browser, or one started now if none was; the caller closes it. */
  take(): Promise<StartedBrowser> {
    this.taken = true;
    return this.started ?? startChromium();
  }

  /** Closes the browser if it was started and never taken (no report needed printing). */
  async dispose(): Promise<void> {
    if (!this.started || this.taken) return;
    this.taken = true;
    const started = await this.started.catch(() => undefined);
    await started?.browser.close();
  }
}
