import path from 'node:path';

/** The content folder used when `CASEBOOK_CONTENT` is not set. */
export const DEFAULT_CONTENT_DIR = 'content';

/**
 * Where each collection lives. The Astro collections and the standalone check
 * both call this, so they always read the same files. `CASEBOOK_CONTENT`
 * points a build at another casebook (tests and benchmarks use it).
 */
export function contentPaths(contentDir: string = DEFAULT_CONTENT_DIR) {
  return {
    cases: { base: path.posix.join(contentDir, 'cases'), pattern: '**/*.mdx' },
    series: { base: path.posix.join(contentDir, 'series'), pattern: '*.yaml' },
    sources: { base: path.posix.join(contentDir, 'sources'), pattern: '*.yaml' },
  } as const;
}
