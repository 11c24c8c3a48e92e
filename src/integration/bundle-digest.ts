import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** A Vite plugin that digests what a build bundles, and the digest once every bundle is written. */
export interface BundleDigest {
  plugin: Plugin;
  /**
   * A digest of every file Vite emitted in this build (each environment's
   * chunks and assets, names and contents), the project's lockfile and Node's
   * version: the code a page is rendered with. Undefined before the bundles
   * are written, or in a dev server.
   */
  digest(): string | undefined;
}

// Whichever of them the project has: the versions of the packages the bundles import but do not contain.
const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock'];

/**
 * Digests the site's code as Vite bundles it, for the page store: a stored
 * page is reused only with the code that rendered it. The bundles are the
 * exact code (every component, layout, stylesheet and the configuration
 * Astro serialises into them), where a list of source files could miss one.
 */
export function bundleDigest(root: string): BundleDigest {
  // Per environment and file name: each build runs in its own process, so nothing of an earlier build is here.
  const emitted = new Map<string, string>();
  return {
    plugin: {
      name: 'casebook:bundle-digest',
      apply: 'build',
      generateBundle(_options, bundle) {
        const environment = (this as { environment?: { name?: string } }).environment?.name ?? 'default';
        for (const file of Object.values(bundle)) {
          const content = file.type === 'chunk' ? file.code : file.source;
          emitted.set(`${environment}/${file.fileName}`, createHash('sha1').update(content).digest('hex'));
        }
      },
    },
    digest() {
      if (emitted.size === 0) return undefined;
      const hash = createHash('sha1').update(process.version);
      for (const name of [...emitted.keys()].sort()) hash.update(`\0${name}\0${emitted.get(name)}`);
      for (const lockfile of LOCKFILES) {
        const file = path.join(root, lockfile);
        if (existsSync(file)) hash.update(`\0${lockfile}\0`).update(readFileSync(file));
      }
      return hash.digest('hex').slice(0, 16);
    },
  };
}
