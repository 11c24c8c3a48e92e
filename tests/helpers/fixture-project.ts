// Test helpers for the input suites (odd input, bad input): a throwaway copy of the valid fixture, checked as the
// build checks it, and edited one file at a time.
import { onTestFinished } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCasebook } from '../../src/model/checks/index.ts';
import { formatDiagnostic } from '../../src/model/diagnostics.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A copy of tests/fixtures/valid as `valid/` in a fresh project folder, removed after the test. */
export async function fixtureProject(prefix = 'casebook-input-'): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), prefix));
  onTestFinished(() => rm(folder, { recursive: true, force: true }));
  await cp(path.join(root, 'tests/fixtures/valid'), path.join(folder, 'valid'), { recursive: true });
  return folder;
}

/** Every diagnostic the check gives the project, formatted, sorted. */
export async function checkFixtureProject(folder: string): Promise<string[]> {
  const { diagnostics } = await checkCasebook(folder, { contentDir: 'valid', sourceTexts: 'valid/texts' });
  return diagnostics.map(formatDiagnostic).sort();
}

/** Rewrites one file of the project with `change`; with `mustChange`, an edit that changes nothing is an error (a test that would pass for the wrong reason). */
export async function editFixtureFile(folder: string, file: string, change: (text: string) => string, mustChange = false): Promise<void> {
  const before = await readFile(path.join(folder, file), 'utf8');
  const after = change(before);
  if (mustChange && after === before) throw new Error(`the edit changed nothing in ${file}`);
  await writeFile(path.join(folder, file), after);
}
