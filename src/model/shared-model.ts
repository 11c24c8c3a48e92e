import type { CheckResult } from './checks/index.ts';

/** The one checked casebook of this process, and what it was loaded from. */
export interface SharedModel {
  /** The options it was loaded with (the build's `CasebookOptions`). */
  options?: { root: string; content: string; sourceTexts?: string } & Record<string, unknown>;
  /** Names, sizes and times of the files it was loaded from. */
  fingerprint?: string;
  model?: Promise<CheckResult>;
  /**
   * Loads the model, or loads it again if a file changed (set by the integration). Content config and
   * pages reach it through `currentModel` instead of importing the loading code, which would then be compiled and evaluated a
   * second time in their module runner (about half a second a build).
   */
  refresh?: () => Promise<CheckResult>;
  /** How many times the content loaders changed Astro's data store (the dev server reloads pages itself only when they did not). */
  storeChanges?: number;
  /** In dev, set from a save of a content file until the model is checked again (see `holdModel`). */
  held?: Promise<void>;
}

// astro.config.mjs (the integration), src/content.config.ts (the loaders) and the pages are evaluated by
// different module runners in one process, so each gets its own copy of this module; the model lives on
// globalThis so that all of them read the one the integration loaded instead of loading the casebook again.
const shared: SharedModel = ((globalThis as { [key: symbol]: SharedModel })[Symbol.for('casebook.model')] ??= {});

/** The process-wide slot of the casebook model (filled by `sharedCasebook` in src/integration/casebook.ts). */
export function sharedModel(): SharedModel {
  return shared;
}

/**
 * The current model, as the content loaders and the pages read it: the one
 * the integration loaded (in dev, the one it reloaded after the last edit),
 * or, when none is loaded yet, one loaded through the integration.
 */
export async function currentModel(): Promise<CheckResult> {
  // Right after a save, the model of before it must not answer (see `holdModel`).
  while (shared.held) await shared.held;
  if (!shared.model && shared.refresh) return shared.refresh();
  if (!shared.model) throw new Error('The casebook model is not loaded: add the casebook() integration to astro.config.mjs');
  return shared.model;
}

/**
 * Holds `currentModel` back until the returned function is called: the dev
 * server's watcher calls this the moment a content file changes and
 * releases it once the model is checked again. Astro's dev server reloads a
 * page that failed (the overlay of the casebook's errors) on any file
 * change, at once; without the hold that request is answered from the
 * model of before the save, and its error reaches the reloaded page.
 */
export function holdModel(): () => void {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  shared.held = held;
  return () => {
    if (shared.held === held) shared.held = undefined;
    release();
  };
}
