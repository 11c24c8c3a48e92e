import path from 'node:path';

/** The content folder when the options name no other (see `content` in src/options.ts). */
export const DEFAULT_CONTENT_DIR = 'content';

/**
 * Where each collection lives under a content folder. Reading the casebook
 * and the dev server's file fingerprint both call this, so they always look
 * at the same folders.
 */
export function contentPaths(contentDir: string = DEFAULT_CONTENT_DIR) {
  return {
    cases: { base: path.posix.join(contentDir, 'cases') },
    series: { base: path.posix.join(contentDir, 'series') },
    sources: { base: path.posix.join(contentDir, 'sources') },
    /** The search thesaurus, one optional file. */
    thesaurus: path.posix.join(contentDir, 'thesaurus.yaml'),
  } as const;
}
