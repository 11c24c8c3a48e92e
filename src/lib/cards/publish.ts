import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile, access } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CARD_FONTS } from './fonts.ts';
import type { CardFile } from './content.ts';
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

const exists = (file: string) => access(file).then(() => true, () => false);

/**
 * Writes every card into `outDir` at its path, drawing only those whose
 * inputs changed since a previous build (the rest are copied from
 * `cacheDir`). Fails before drawing anything if a card has a character the
 * fonts cannot draw.
 */
export async function publishCards(files: readonly CardFile[], outDir: string, cacheDir: string): Promise<PublishReport> {
  await checkGlyphs(files);
  await mkdir(cacheDir, { recursive: true });
  const keyed = await Promise.all(files.map(async (file) => ({ file, cached: path.join(cacheDir, `${await cacheKey(file)}.png`) })));
  const missing = [];
  for (const item of keyed) if (!(await exists(item.cached))) missing.push(item);
  const renderer = missing.length > 0 ? new CardRenderer(missing.map((item) => item.file)) : undefined;
  for (const item of missing) await writeFile(item.cached, await renderer!.render(item.file));
  for (const { file, cached } of keyed) {
    const target = path.join(outDir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(cached, target);
  }
  return { rendered: missing.length, cached: keyed.length - missing.length };
}
