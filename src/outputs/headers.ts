import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { basePath } from '../domain/urls.ts';

/**
 * The `_headers` file (the format of Netlify and Cloudflare Pages; docs/operators/deployment.md
 * gives the same rules for nginx and object stores): files
 * whose names carry their content hash — Astro's bundles and the search
 * index's folder of shards and case files — may be cached for a year; everything else keeps the
 * host's default of revalidating, so a new build shows at once.
 */
export function headersFile(base = basePath()): string {
  const immutable = 'Cache-Control: public, max-age=31536000, immutable';
  return [
    '# Written by the build (src/outputs/headers.ts). Names with a content hash never change: cache them for good.',
    `${base}_astro/*`,
    `  ${immutable}`,
    `${base}search/files/*`,
    `  ${immutable}`,
    // Rules add up on these hosts, so the catch-all sets no Cache-Control of its own: their default (revalidate)
    // is what pages, feeds, PDFs and meta.json need.
    '# Everything: the hosts\' default caching (revalidate, so a rebuild shows at once), and two safe defaults.',
    `${base}*`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}

/** Writes `_headers` at the root of the built site. */
export async function writeHeaders(outDir: string): Promise<void> {
  await writeFile(path.join(outDir, '_headers'), headersFile());
}
