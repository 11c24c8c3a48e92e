import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

/** The project root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** A finished `astro build`: where it wrote, its exit status and its output. */
export interface BuildResult {
  outDir: string;
  status: number | null;
  output: string;
  /** Reads a built file as text, e.g. `read('cases/x/index.html')`. */
  read(file: string): string;
}

// What vitest puts into the environment of the test process (its mode and import.meta.env: BASE_URL=/ among them),
// which a child Astro build would otherwise take for the user's settings.
const VITEST_ENV = new Set(['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']);

/** The environment a user's shell has, without what vitest added (see VITEST_ENV). */
export function userEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.has(name) && !name.startsWith('VITEST')));
}

/**
 * Runs `astro build` in a child process, the way a user does, on the given
 * content folder, into a fresh temporary directory. PDF reports are printed
 * only when asked for (`reports: true`): most fixture builds test pages.
 */
export function buildSite(contentDir: string, { reports = false, env = {} as Record<string, string> } = {}): BuildResult {
  const outDir = mkdtempSync(path.join(tmpdir(), 'casebook-build-'));
  // Astro puts its server bundle in <cwd>/.astro/.prerender when outDir is outside cwd; a working folder
  // of its own inside the project (so the bundle finds node_modules) keeps concurrent builds apart.
  const cwd = path.join(root, 'node_modules/.cache/casebook-builds', path.basename(outDir));
  mkdirSync(cwd, { recursive: true });
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', outDir], {
    cwd,
    env: { ...userEnv(), CASEBOOK_CONTENT: contentDir, CASEBOOK_REPORTS: reports ? 'on' : 'off', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  rmSync(cwd, { recursive: true, force: true });
  return {
    outDir,
    status: run.status,
    // Colour codes depend on the terminal CI runs in; tests read the words.
    output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`),
    read: (file) => readFileSync(path.join(outDir, file), 'utf8'),
  };
}

/** A site already built into `outDir` (the shared build from the global setup). */
export function builtSite(outDir: string): BuildResult {
  return { outDir, status: 0, output: '', read: (file) => readFileSync(path.join(outDir, file), 'utf8') };
}
