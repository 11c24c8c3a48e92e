import type { CheckResult } from './checks/index.ts';

/** The one checked casebook of this process, and what it was loaded from. */
export interface SharedModel {
  /** The options it was loaded with (the build's `CasebookOptions`). */
  options?: { root: string; content: string; sourceTexts?: string } & Record<string, unknown>;
  /** Names, sizes and times of the files it was loaded from. */
  fingerprint?: string;
  model?: Promise<CheckResult>;
}

// astro.config.mjs (the integration), src/content.config.ts (the loaders) and the pages are evaluated by
// different module runners in one process, so each gets its own copy of this module; the model lives on
// globalThis so that all of them read the one the integration loaded instead of loading the casebook again.
const shared: SharedModel = ((globalThis as { [key: symbol]: SharedModel })[Symbol.for('casebook.model')] ??= {});

/** The process-wide slot of the casebook model (filled by `sharedCasebook` in src/build/casebook.ts). */
export function sharedModel(): SharedModel {
  return shared;
}
