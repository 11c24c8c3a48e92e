import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite, type BuildResult } from './build.ts';
import { contentDir } from './content.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Output folder of one build of the bundled casebook, shared by the test files. */
    casebookDist: string;
  }
}

/**
 * The one build of the bundled casebook in this vitest process, and how many
 * projects still use it. Kept on globalThis because each project loads its
 * own copy of this module, and the build and browser projects must share one
 * build (the unit project does not declare this setup, so it never builds).
 */
interface SharedBuild {
  site: BuildResult;
  users: number;
}
const KEY = Symbol.for('casebook.tests.sharedBuild');
const registry = globalThis as typeof globalThis & { [KEY]?: SharedBuild };

/** Builds the bundled casebook once for every project that declares this setup, and removes it after the last one. */
export default function setup(project: TestProject) {
  let shared = registry[KEY];
  if (!shared) {
    const started = performance.now();
    const site = buildSite(contentDir, { reports: true });
    if (site.status !== 0) throw new Error(`the bundled casebook does not build:\n${site.output}`);
    console.log(`[global-build] built ${contentDir} into ${site.outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s (shared by the build and browser suites)`);
    shared = registry[KEY] = { site, users: 0 };
  }
  shared.users++;
  project.provide('casebookDist', shared.site.outDir);
  return () => {
    const current = registry[KEY];
    if (!current || --current.users > 0) return;
    rmSync(current.site.outDir, { recursive: true, force: true });
    delete registry[KEY];
  };
}
