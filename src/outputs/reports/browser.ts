import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPathFromEnv } from '../../options.ts';

/** Where a Chromium was found, and how. */
export interface FoundChromium {
  path: string;
  /** `configured`: CHROMIUM_PATH; `system`: an installed Chromium or Chrome; `bundled`: the one inside the npm package @sparticuz/chromium. */
  source: 'configured' | 'system' | 'bundled';
}

/** Installed Chromium and Chrome binaries, looked for in this order after CHROMIUM_PATH. */
export const SYSTEM_CHROMIUMS: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
};

/**
 * Finds a Chromium for reports and browser tests: the configured path
 * (CHROMIUM_PATH, which must exist), else an installed Chromium or Chrome,
 * else the Chromium that ships inside the npm package `@sparticuz/chromium`
 * (Linux x64 and arm64; unpacked to the temporary folder on first use), so
 * a machine with only Node and npm can print reports. Throws a message that
 * says what to install when none is found.
 */
export async function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  system: readonly string[] = SYSTEM_CHROMIUMS[process.platform] ?? [],
): Promise<FoundChromium> {
  const configured = chromiumPathFromEnv(env);
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured}: no such file. Point it at a Chromium or Chrome binary, or unset it to use the one Casebook finds.`);
    return { path: configured, source: 'configured' };
  }
  const installed = system.find((candidate) => existsSync(candidate));
  if (installed) return { path: installed, source: 'system' };
  if (process.platform === 'linux' && (process.arch === 'x64' || process.arch === 'arm64')) {
    const { default: bundled } = await import('@sparticuz/chromium');
    return { path: await bundled.executablePath(), source: 'bundled' };
  }
  throw new Error(
    `No Chromium or Chrome found (looked in ${system.join(', ') || 'no standard place on this system'}). Reports are printed by headless Chromium: install Google Chrome or Chromium, or set CHROMIUM_PATH to its binary.`,
  );
}

// The flags an offline, sandboxed machine needs: no background networking, which such a machine refuses.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Starts headless Chromium, found by {@link findChromium}. */
export async function launchChromium(found?: FoundChromium): Promise<Browser> {
  const { path, source } = found ?? (await findChromium());
  // The bundled build is a headless shell without a zygote process.
  return chromium.launch({ executablePath: path, args: source === 'bundled' ? [...FLAGS, '--no-zygote'] : FLAGS });
}
