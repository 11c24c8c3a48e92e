import { loadCasebook, type Casebook } from '../casebook.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { checkReferences } from './references.ts';

/** The casebook as loaded, with every problem any check found. */
export interface CheckResult {
  casebook: Casebook;
  diagnostics: Diagnostic[];
}

/**
 * Runs every content check over the project at `root`: schemas, ids and
 * references. `npm run check` and the build both call this.
 */
export async function checkCasebook(root: string, contentDir?: string): Promise<CheckResult> {
  const casebook = await loadCasebook(root, contentDir);
  const diagnostics = [...casebook.diagnostics, ...checkReferences(casebook)];
  return { casebook, diagnostics };
}
