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
  if (!shared.model && shared.refresh) return shared.refresh();
  if (!shared.model) throw new Error('The casebook model is not loaded: add the casebook() integration to astro.config.mjs');
  return shared.model;
}
