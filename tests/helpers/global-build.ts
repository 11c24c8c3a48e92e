import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Output folder of one build of the bundled casebook, shared by the test files. */
    casebookDist: string;
  }
}

/** Builds the bundled casebook once before the tests and removes the output after. */
export default function setup(project: TestProject) {
  const site = buildSite('content');
  if (site.status !== 0) throw new Error(`the bundled casebook does not build:\n${site.output}`);
  project.provide('casebookDist', site.outDir);
  return () => rmSync(site.outDir, { recursive: true, force: true });
}
