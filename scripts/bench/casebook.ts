// Casebook builds as a user runs them (`npm run build` over a content folder), with the caches Casebook
// keeps between builds of that folder under the bench's control, so "cold" and "warm" mean what they say.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run, tail, type Run } from './run.ts';
import { cacheFolder } from '../../src/integration/casebook.ts';
import { optionsFromEnv } from '../../src/options.ts';

/**
 * Every place a Casebook build keeps state between builds of a content
 * folder; "cold" deletes that folder's share of each. `<cacheDir>` is
 * Astro's cacheDir as astro.config.mjs computes it for the folder (content
 * store and incremental page cache), deleted whole. The other holds one
 * store root per content folder (`<digest of the folder>/model`, `search`, `data`,
 * `reports`, `charts`, `compressed`, and `cards` unless CASEBOOK_CARDS_CACHE
 * says otherwise; see src/store/folders.ts): only this folder's stores are
 * deleted, other casebooks', the bundled one's included, stay.
 */
export const CACHE_FOLDERS = ['<cacheDir>', 'node_modules/.cache/casebook'];

// What else Casebook keeps in node_modules/.cache that is not a cache of a content folder: casebook-builds holds
// the scratch folders of running builds; casebook-bench holds the sites the bench builds (see OUT_PARENT);
// casebook-cards and casebook-compressed are where earlier versions kept cards and compressed files.
const NOT_CACHES = ['casebook-cards', 'casebook-compressed', 'casebook-builds', 'casebook-bench'];

// The stores "cold" clears with clearCaches(); the drawn cards and charts (in the bench's own CASEBOOK_CARDS_CACHE)
// and the compressed copies of built files are cleared by clearCards(), which (b) skips.
const CONTENT_STORES = ['model', 'text', 'search', 'data', 'pages', 'reports'] as const;

// The bench builds each site inside the project, as `npm run build` builds dist/: Astro puts its server bundle
// beside the output, and a bundle outside the project would not find node_modules.
const OUT_PARENT = 'node_modules/.cache/casebook-bench';

/** Builds (and checks) of one content folder into one output folder, as `npm run build -- --outDir` runs them. */
export class CasebookBuild {
  // Plain fields rather than parameter properties: Node runs this file by stripping types only.
  readonly cacheDir: string;
  readonly contentDir: string;
  readonly outDir: string;
  readonly cardCache: string;
  private readonly root: string;
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
    this.cacheEntries = new Set(this.cacheListing());
  }

  /** Where a store of this content folder is, as a build over it computes it. */
  private store(kind: Parameters<typeof cacheFolder>[1]): string {
    return cacheFolder(optionsFromEnv(this.root, { CASEBOOK_CONTENT: this.contentDir }), kind);
  }

  private cacheListing(): string[] {
    const folder = path.join(this.root, 'node_modules/.cache');
    return existsSync(folder) ? readdirSync(folder) : [];
  }

  /** Runs `script` over this folder with the environment a user would set. */
  private async run(script: string, args: string[], env: Record<string, string>): Promise<Run> {
    const result = await run(process.execPath, [script, ...args], this.root, {
      CASEBOOK_CONTENT: this.contentDir,
      CASEBOOK_SOURCE_TEXTS: path.join(this.contentDir, 'texts'),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    });
    if (result.status !== 0) throw new Error(`${script} over ${this.contentDir} failed:\n${tail(result)}`);
    return result;
  }

  /** Deletes this content folder's share of every cache in CACHE_FOLDERS (not the cards): the next build starts cold. */
  clearCaches(): void {
    rmSync(this.cacheDir, { recursive: true, force: true });
    for (const kind of CONTENT_STORES) rmSync(this.store(kind), { recursive: true, force: true });
  }

  /** Deletes the drawn cards and the compressed copies of built files, so the next build draws and compresses every one. */
  clearCards(): void {
    rmSync(this.cardCache, { recursive: true, force: true });
    rmSync(this.store('compressed'), { recursive: true, force: true });
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

  /**
   * Builds once; `cards: false` sets `CASEBOOK_CARDS=off`. The PDF reports are off unless `reports: true`: the
   * build ratios compare pages with bare Astro's, and the reports table times the printing on its own.
   * Throws with the log's tail when the build fails.
   */
  build({ cards = true, reports = false } = {}): Promise<Run> {
    return this.run('scripts/build.ts', ['--outDir', this.outDir], {
      CASEBOOK_CARDS_CACHE: this.cardCache,
      CASEBOOK_PROFILE: '1',
      CASEBOOK_REPORTS: reports ? 'on' : 'off',
      ...(cards ? {} : { CASEBOOK_CARDS: 'off' }),
    });
  }

  /** Runs `npm run check` over the folder. Throws with the log's tail when it fails. */
  check(): Promise<Run> {
    return this.run('scripts/check.ts', [], {});
  }

  /** Removes everything this object's runs left behind: the site, the cards and the caches. */
  dispose(): void {
    this.clearCaches();
    this.clearCards();
    // The content folder's store root, with whatever else its builds kept there.
    rmSync(path.dirname(this.store('model')), { recursive: true, force: true });
    rmSync(path.dirname(this.outDir), { recursive: true, force: true });
  }
}

/** Builds the bundled casebook into `outDir` with PDF reports off, as a user's `astro build` does; throws with the log on failure. */
export function buildBundledSite(root: string, outDir: string): void {
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CASEBOOK_REPORTS: 'off' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
}
