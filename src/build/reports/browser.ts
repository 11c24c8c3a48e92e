import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPathFromEnv } from '../../options.ts';

/** Where reports and browser tests look for Chromium: CHROMIUM_PATH, else Debian's package. */
export const CHROMIUM = chromiumPathFromEnv();

/** The one message a missing Chromium gives, with the command that installs it. */
export function chromiumMissingMessage(path = CHROMIUM): string {
  return `Chromium was not found at ${path}. Reports are printed by headless Chromium; install it with:\n\n  sudo apt-get install -y chromium\n\nor set CHROMIUM_PATH to a Chromium or Chrome binary.`;
}

/** Whether Chromium is where the renderer will look for it. */
export function hasChromium(path = CHROMIUM): boolean {
  return existsSync(path);
}

/**
 * Starts headless Chromium with the flags an offline, sandboxed machine
 * needs (no background networking, which this kind of machine refuses).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
