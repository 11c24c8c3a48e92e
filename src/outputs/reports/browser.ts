import { accessSync, constants, existsSync, statSync } from 'node:fs';
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
  // A file that is there but cannot be run (a stub left by a package manager) is passed over, not launched.
  const installed = system.find(isExecutableFile);
  if (installed) return { path: installed, source: 'system' };
  const bundled = await bundledChromium();
  if (bundled) return bundled;
  throw new Error(
    `No Chromium or Chrome found (looked in ${system.join(', ') || 'no standard place on this system'}). Reports are printed by headless Chromium: install Google Chrome or Chromium, or set CHROMIUM_PATH to its binary.`,
  );
}

/** Whether `file` is a regular file this process may execute. */
function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium inside the npm package `@sparticuz/chromium`, where it has one for this machine (Linux x64 and arm64). */
async function bundledChromium(): Promise<FoundChromium | undefined> {
  if (process.platform !== 'linux' || (process.arch !== 'x64' && process.arch !== 'arm64')) return undefined;
  const { default: bundled } = await import('@sparticuz/chromium');
  return { path: await bundled.executablePath(), source: 'bundled' };
}

// The flags an offline, sandboxed machine needs: no background networking, which such a machine refuses.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Starts headless Chromium, found by {@link findChromium}. An installed one
 * that will not start (Ubuntu's `chromium-browser` is a stub for a snap a
 * container does not have) gives way to the Chromium Casebook ships, and
 * `onFallback` is told why; a configured one (CHROMIUM_PATH) is the
 * operator's choice and fails with its own error.
 */
export async function launchChromium(found?: FoundChromium, onFallback: (message: string) => void = console.warn): Promise<Browser> {
  const chosen = found ?? (await findChromium());
  try {
    return await launch(chosen);
  } catch (error) {
    const bundled = chosen.source === 'system' ? await bundledChromium() : undefined;
    if (!bundled) throw error;
    onFallback(`the installed Chromium ${chosen.path} did not start (${(error as Error).message.split('\n')[0]}); using the Chromium inside @sparticuz/chromium`);
    return launch(bundled);
  }
}

// The bundled build is a headless shell without a zygote process.
const launch = ({ path, source }: FoundChromium) => chromium.launch({ executablePath: path, args: source === 'bundled' ? [...FLAGS, '--no-zygote'] : FLAGS });
