import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { BuildRecord } from './shared-build.ts';

/**
 * The run's folder of shared builds (see shared-build.ts), and how many projects still use it. Kept on
 * globalThis because each project loads its own copy of this module, and the build and browser projects must
 * share one folder (the unit project does not declare this setup: it never builds).
 */
interface SharedFolder {
  folder: string;
  users: number;
}
const KEY = Symbol.for('casebook.tests.sharedBuilds');
const registry = globalThis as typeof globalThis & { [KEY]?: SharedFolder };

/** Makes the run's shared-build folder for every project that declares this setup, and removes it and every build in it after the last one. */
export default function setup(project: TestProject) {
  let shared = registry[KEY];
  if (!shared) shared = registry[KEY] = { folder: mkdtempSync(path.join(tmpdir(), 'casebook-test-builds-')), users: 0 };
  shared.users++;
  project.provide('sharedBuilds', shared.folder);
  return () => {
    const current = registry[KEY];
    if (!current || --current.users > 0) return;
    for (const name of readdirSync(current.folder).filter((file) => file.endsWith('.json'))) {
      const { outDir } = JSON.parse(readFileSync(path.join(current.folder, name), 'utf8')) as BuildRecord;
      rmSync(outDir, { recursive: true, force: true });
    }
    rmSync(current.folder, { recursive: true, force: true });
    delete registry[KEY];
  };
}
