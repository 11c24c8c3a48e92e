import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { digestOf } from '../../domain/digest.ts';
import { sharedModel } from '../../model/shared-model.ts';
import { writeFileAtomic } from '../../store/files.ts';

// Drawn charts are kept between builds beside the drawn cards (CASEBOOK_CARDS_CACHE), like them derived images: a
// build whose page cache was cleared draws only the charts whose figures changed (1,270 charts of the synthetic
// thousand-case casebook took about 1.5 s to draw).

/** The code that decides a chart's drawing: a change to it draws every chart again. */
const CODE = ['src/outputs/charts/draw.ts', 'src/domain/charts/group.ts', 'src/domain/charts/labels.ts', 'node_modules/@observablehq/plot/package.json'];

let folder: Promise<string | undefined> | undefined;

/**
 * The folder of this code's drawings (`<cards cache>/charts/<code digest>/`),
 * created once; drawings of other code versions are deleted. Undefined when
 * no build options are known (a unit test drawing a chart).
 */
function chartFolder(): Promise<string | undefined> {
  return (folder ??= (async () => {
    const options = sharedModel().options as { root: string; cardsCache?: string } | undefined;
    if (!options?.cardsCache) return undefined;
    const read = (file: string) => {
      const full = path.join(options.root, file);
      return existsSync(full) ? readFileSync(full, 'utf8') : file;
    };
    const parent = path.join(path.resolve(options.root, options.cardsCache), 'charts');
    const version = digestOf(CODE.map(read));
    await mkdir(path.join(parent, version), { recursive: true });
    for (const name of await readdir(parent)) if (name !== version) await rm(path.join(parent, name), { recursive: true, force: true });
    return path.join(parent, version);
  })().catch(() => undefined));
}

/** A chart drawn by an earlier build from the same `key` (its data), if kept. */
export async function cachedChart(key: string): Promise<string | undefined> {
  const dir = await chartFolder();
  return dir ? readFile(path.join(dir, `${digestOf(key)}.svg`), 'utf8').catch(() => undefined) : undefined;
}

/** Keeps a drawn chart for later builds; a chart that cannot be kept is simply drawn again next time. */
export async function keepChart(key: string, svg: string): Promise<void> {
  const dir = await chartFolder();
  if (!dir) return;
  await writeFileAtomic(path.join(dir, `${digestOf(key)}.svg`), svg).catch(() => {});
}
