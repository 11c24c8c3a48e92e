// Casebook builds as a user runs them (`npm run build` over a content folder), with the caches Casebook
// keeps between builds of that folder under the bench's control, so "cold" and "warm" mean what they say.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { run, tail, type Run } from './run.ts';

/**
 * Every place a Casebook build keeps state between builds of one content
 * folder. `<cacheDir>` is Astro's cacheDir as astro.config.mjs computes it
 * for that folder (content store and incremental page cache); the card
 * cache is not here because the bench always points `CASEBOOK_CARDS_CACHE`
 * at a folder of its own. A name ending in `*` matches by prefix.
 */
export const CACHE_FOLDERS = ['<cacheDir>', 'node_modules/.cache/casebook*'];

// node_modules/.cache/casebook-cards is the card cache of the project's own `npm run build`. The bench never
// uses it (see above), and deleting it would only make the developer's next build redraw every card.
const NOT_OURS = new Set(['node_modules/.cache/casebook-cards']);

/** A Casebook build of one content folder into one output folder, as `npm run build -- --outDir` runs it. */
export class CasebookBuild {
  readonly cacheDir: string;

  /**
   * `contentDir` holds the casebook (with its source texts in `texts/`),
   * `outDir` receives the site, `cardCache` the drawn cards. Asks
   * astro.config.mjs itself for the cacheDir it uses for `contentDir`, so
   * the bench follows however the config derives it.
   */
  constructor(
    private readonly root: string,
    readonly contentDir: string,
    readonly outDir: string,
    readonly cardCache: string,
  ) {
    const probe = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', "const { default: config } = await import('./astro.config.mjs'); console.log(config.cacheDir ?? './node_modules/.astro');"],
      { cwd: root, env: { ...process.env, CASEBOOK_CONTENT: contentDir }, encoding: 'utf8' },
    );
    if (probe.status !== 0) throw new Error(`could not read cacheDir from astro.config.mjs:\n${probe.stderr}`);
    this.cacheDir = path.resolve(root, probe.stdout.trim().split('\n').at(-1)!);
  }

  /** The folders that exist now among CACHE_FOLDERS, absolute. */
  caches(): string[] {
    return CACHE_FOLDERS.flatMap((entry) => {
      if (entry === '<cacheDir>') return [this.cacheDir];
      if (!entry.endsWith('*')) return [path.join(this.root, entry)];
      const parent = path.join(this.root, path.dirname(entry));
      const prefix = path.basename(entry).slice(0, -1);
      if (!existsSync(parent)) return [];
      return readdirSync(parent)
        .filter((name) => name.startsWith(prefix) && !NOT_OURS.has(path.join(path.dirname(entry), name)))
        .map((name) => path.join(parent, name));
    });
  }

  /** Deletes Casebook's caches for this folder (not the card cache): the next build is a fresh checkout's first. */
  clearCaches(): void {
    for (const folder of this.caches()) rmSync(folder, { recursive: true, force: true });
  }

  /** Deletes the drawn cards, so the next build draws every one. */
  clearCards(): void {
    rmSync(this.cardCache, { recursive: true, force: true });
  }

  /** Builds once; `cards: false` sets `CASEBOOK_CARDS=off`. Throws with the log's tail when the build fails. */
  async build({ cards = true } = {}): Promise<Run> {
    const result = await run(process.execPath, ['scripts/build.ts', '--outDir', this.outDir], this.root, {
      CASEBOOK_CONTENT: this.contentDir,
      CASEBOOK_SOURCE_TEXTS: path.join(this.contentDir, 'texts'),
      CASEBOOK_CARDS_CACHE: this.cardCache,
      CASEBOOK_PROFILE: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(cards ? {} : { CASEBOOK_CARDS: 'off' }),
    });
    if (result.status !== 0) throw new Error(`Casebook build of ${this.contentDir} failed:\n${tail(result)}`);
    return result;
  }

  /** Removes everything this build left behind: the site, the cards and the caches. */
  dispose(): void {
    this.clearCaches();
    this.clearCards();
    rmSync(this.outDir, { recursive: true, force: true });
  }
}
