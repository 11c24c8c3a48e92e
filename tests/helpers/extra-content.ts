// `CASEBOOK_TEST_EXTRA=<folder> npm test`: every suite runs against a copy of the content folder with the
// folder's files added (tests/fixtures/extra-case holds an eighth case). A casebook that grows must keep the
// tests green: this is how to prove it without touching content/.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Copies `contentDir` and then `extraDir` over it (same layout: `cases/`, `series/`, `sources/`) into a new
 * temporary folder, removed when the process exits, and returns its absolute path for CASEBOOK_CONTENT.
 */
export function contentWithExtra(root: string, contentDir: string, extraDir: string): string {
  const extra = path.resolve(root, extraDir);
  if (!existsSync(extra)) throw new Error(`CASEBOOK_TEST_EXTRA=${extraDir}: no such folder`);
  const folder = mkdtempSync(path.join(tmpdir(), 'casebook-content-plus-'));
  cpSync(path.resolve(root, contentDir), folder, { recursive: true });
  cpSync(extra, folder, { recursive: true });
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}
