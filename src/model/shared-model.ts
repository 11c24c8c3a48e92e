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
   * pages call this instead of importing the loading code, which would then be compiled and evaluated a
   * second time in their module runner (about half a second a build).
   */
  refresh?: () => Promise<CheckResult>;
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
 * The current model, as the content loaders read it: the one already loaded,
 * or (with `fresh`, or when none is) one loaded through the integration.
 */
export async function currentModel({ fresh = false } = {}): Promise<CheckResult> {
  if ((fresh || !shared.model) && shared.refresh) return shared.refresh();
  if (!shared.model) throw new Error('The casebook loaders need the casebook() integration: add it to astro.config.mjs');
  return shared.model;
}
