// The casebook the build and browser suites test: the bundled one in content/, or the folder CASEBOOK_CONTENT
// names (tests/vitest.config.ts sets it to a copy of content/ plus extra cases when CASEBOOK_TEST_EXTRA is set).
// Tests read counts, titles and ids from here, never from memory, so adding a case keeps them green.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadCasebook, type Casebook } from '../../src/model/load.ts';
import { root } from './build.ts';

/** The content folder under test, as CASEBOOK_CONTENT gives it (relative to the project root, or absolute). */
export const contentDir = process.env.CASEBOOK_CONTENT || 'content';

/** The casebook under test, read and validated as the build reads it. */
export function loadContent(): Promise<Casebook> {
  return loadCasebook(root, contentDir);
}

/** The case ids the content folder holds: one per `.mdx` file under `cases/`, named by the file (what an editor sees in the folder). */
export function caseFileIds(): string[] {
  return readdirSync(path.resolve(root, contentDir, 'cases'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => path.basename(name, '.mdx'))
    .sort();
}
