import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { linkOrCopy, writeFileAtomic } from '../../store/files.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARD_FONTS } from '../fonts.ts';
import type { CardFile } from './content.ts';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CardRenderer, checkGlyphs } from './render.ts';

/** What publishing did: how many cards were drawn and how many came from the cache. */
export interface PublishReport {
  rendered: number;
  cached: number;
}

// A card's cache key covers everything that changes its pixels: text, shape, template source, fonts.
const templateSource = readFile(fileURLToPath(new URL('./template.ts', import.meta.url)), 'utf8');

async function cacheKey(file: CardFile): Promise<string> {
  return createHash('sha256')
    .update(JSON.stringify({ content: file.content, shape: file.shape, fonts: CARD_FONTS.map((font) => font.file) }))
    .update(await templateSource)
    .digest('hex')
    .slice(0, 24);
}

/**
 * Writes every card into `outDir` at its path, drawing only those whose
 * inputs changed since a previous build (the rest are linked from
 * `cacheDir`). Fails before drawing anything if a card to draw has a
 * character the fonts cannot draw.
 */
export async function publishCards(files: readonly CardFile[], outDir: string, cacheDir: string): Promise<PublishReport> {
  await mkdir(cacheDir, { recursive: true });
  const cached = new Set((await readdir(cacheDir)).filter((name) => name.endsWith('.png')));
  const keyed = await Promise.all(files.map(async (file) => ({ file, cached: `${await cacheKey(file)}.png` })));
  const missing = keyed.filter((item) => !cached.has(item.cached));
  // A cached card passed this check when it was drawn; only the cards to draw now need it.
  await checkGlyphs(missing.map((item) => item.file));
  await drawAll(missing.map((item) => ({ job: item.file, target: path.join(cacheDir, item.cached) })));
  await Promise.all([...new Set(keyed.map(({ file }) => path.dirname(path.join(outDir, file.path))))].map((dir) => mkdir(dir, { recursive: true })));
  await Promise.all(keyed.map(({ file, cached: name }) => linkOrCopy(path.join(cacheDir, name), path.join(outDir, file.path))));
  return { rendered: missing.length, cached: keyed.length - missing.length };
}

// Below this many cards a worker's start-up (loading satori and the fonts) costs more than it saves.
const PARALLEL_FROM = 24;

/** Draws cards into their cache files, across all cores when there are enough of them. */
async function drawAll(items: { job: CardFile; target: string }[]): Promise<void> {
  const workers = Math.min(availableParallelism(), Math.ceil(items.length / PARALLEL_FROM));
  if (workers <= 1) {
    if (items.length === 0) return;
    const renderer = new CardRenderer(items.map((item) => item.job));
    for (const item of items) {
      await writeFileAtomic(item.target, await renderer.render(item.job));
    }
    return;
  }
  const batches = Array.from({ length: workers }, (_, index) => items.filter((_, position) => position % workers === index));
  await Promise.all(
    batches.map(
      (batch) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: batch });
          worker.once('message', () => resolve());
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`card worker exited with ${code}`))));
        }),
    ),
  );
}
