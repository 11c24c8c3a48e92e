// Casebook builds as a user runs them (`npm run build` over a content folder), with the caches Casebook
// keeps between builds of that folder under the bench's control, so "cold" and "warm" mean what they say.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run, tail, type Run } from './run.ts';

/**
 * Every place a Casebook build keeps state between builds of a content
 * folder; "cold" deletes that folder's share of each. `<cacheDir>` is
 * Astro's cacheDir as astro.config.mjs computes it for the folder (content
 * store and incremental page cache), deleted whole. The others are shared
 * by every content folder (the model cache files, `model-<digest>.v8`), so
 * only the files created or changed since the bench started are deleted:
 * the bench's content folders are fresh, so whatever is theirs is new.
 */
export const CACHE_FOLDERS = ['<cacheDir>', 'node_modules/.cache/casebook'];

// What else Casebook keeps in node_modules/.cache that is not a cache of a content folder: the bench points
// CASEBOOK_CARDS_CACHE at its own folder, so the project's card cache is never read (deleting it would only make
// the developer's next build redraw every card); casebook-builds holds the scratch folders of running builds.
// casebook-bench holds the sites the bench builds (see OUT_PARENT).
const NOT_CACHES = ['casebook-cards', 'casebook-builds', 'casebook-bench'];

// The bench builds each site inside the project, as `npm run build` builds dist/: Astro puts its server bundle
// beside the output, and a bundle outside the project would not find node_modules.
const OUT_PARENT = 'node_modules/.cache/casebook-bench';

/** Every file under `folder` with its modification time. */
function filesOf(folder: string): Map<string, number> {
  const files = new Map<string, number>();
  if (!existsSync(folder)) return files;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(file, statSync(file).mtimeMs);
  }
  return files;
}

/** A Casebook build of one content folder into one output folder, as `npm run build -- --outDir` runs it. */
export class CasebookBuild {
  // Plain fields rather than parameter properties: Node runs this file by stripping types only.
  readonly cacheDir: string;
  readonly contentDir: string;
  readonly outDir: string;
  readonly cardCache: string;
  private readonly root: string;
  private readonly before: Map<string, number>;
  private readonly cacheEntries: Set<string>;

  /**
   * Builds of the project at `root` over `contentDir` (a casebook with its
   * source texts in `texts/`), each into the same new site folder with the
   * same new card cache, as a user's builds go to one dist/. Asks
   * astro.config.mjs itself for the cacheDir it uses for `contentDir`, so
   * the bench follows however the config derives it.
   */
  constructor(root: string, contentDir: string) {
    this.root = root;
    this.contentDir = contentDir;
    mkdirSync(path.join(root, OUT_PARENT), { recursive: true });
    this.outDir = path.join(mkdtempSync(path.join(root, OUT_PARENT, 'run-')), 'site');
    this.cardCache = mkdtempSync(path.join(tmpdir(), 'casebook-bench-cards-'));
    const probe = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', "const { default: config } = await import('./astro.config.mjs'); console.log(config.cacheDir ?? './node_modules/.astro');"],
      { cwd: root, env: { ...process.env, CASEBOOK_CONTENT: contentDir }, encoding: 'utf8' },
    );
    if (probe.status !== 0) throw new Error(`could not read cacheDir from astro.config.mjs:\n${probe.stderr}`);
    this.cacheDir = path.resolve(root, probe.stdout.trim().split('\n').at(-1)!);
    this.before = this.sharedCacheFiles();
    this.cacheEntries = new Set(this.cacheListing());
  }

  private sharedCacheFiles(): Map<string, number> {
    const files = new Map<string, number>();
    for (const folder of CACHE_FOLDERS.slice(1)) for (const [file, mtime] of filesOf(path.join(this.root, folder))) files.set(file, mtime);
    return files;
  }

  private cacheListing(): string[] {
    const folder = path.join(this.root, 'node_modules/.cache');
    return existsSync(folder) ? readdirSync(folder) : [];
  }

  /** Deletes this content folder's share of every cache in CACHE_FOLDERS (not the cards): the next build starts cold. */
  clearCaches(): void {
    rmSync(this.cacheDir, { recursive: true, force: true });
    for (const [file, mtime] of this.sharedCacheFiles()) if (this.before.get(file) !== mtime) rmSync(file, { force: true });
  }

  /** Deletes the drawn cards, so the next build draws every one. */
  clearCards(): void {
    rmSync(this.cardCache, { recursive: true, force: true });
  }

  /**
   * Folders in node_modules/.cache that appeared since this object was made
   * and that CACHE_FOLDERS does not cover: a cache Casebook added that
   * "cold" would not clear (or, when other builds run at the same time, theirs).
   */
  unknownCaches(): string[] {
    const known = new Set([...CACHE_FOLDERS.slice(1).map((folder) => path.basename(folder)), ...NOT_CACHES]);
    return this.cacheListing().filter((name) => !this.cacheEntries.has(name) && !known.has(name));
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
    rmSync(path.dirname(this.outDir), { recursive: true, force: true });
  }
}
