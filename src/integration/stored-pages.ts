// The page store: a page whose cache key (src/site/cache-keys.ts) and code are unchanged is not rendered, nor even
// handed to Astro; it is linked into the site from the store after the pages Astro did render are written.
// Astro's own incremental build (experimental.incrementalBuild) does the same inside its render loop, a page at a
// time: at 10,000 cases its restore took 8 s of an unchanged rebuild, half of it waiting on the copies one by one.
import path from 'node:path';
import type { AstroPrerenderer, PathWithRoute } from 'astro';
import { digestOf } from '../domain/digest.ts';
import { ArtefactStore, MISSING, makeFoldersSync } from '../store/artefact-store.ts';

/** The Astro settings that say where a page is written and what the sitemap calls it. */
export interface PageLayout {
  format: 'directory' | 'file' | 'preserve';
  trailingSlash: 'always' | 'never' | 'ignore';
}

/** A keyed page: its file in the site, its store entry, and its name in Astro's page list (pages, not endpoints). */
interface KeyedPage {
  file: string;
  name: string;
  pageName?: string;
}

/** What the store did for one build. */
export interface StoredPagesReport {
  /** Site paths of the pages linked from the store, not rendered. */
  placed: string[];
  /** Their names as Astro lists built pages (`cases/a/`), for the sitemap. */
  placedPageNames: string[];
  /** Keyed pages Astro rendered, and how many of them were stored for the next build. */
  rendered: number;
  kept: number;
  /** Rendered pages not stored, and why (a page that is not a whole document). */
  refused: string[];
  /** Stored pages found damaged and rendered again. */
  damaged: string[];
}

/**
 * Where Astro writes the page at `pathname` (as the prerenderer lists it),
 * relative to the output folder: `cases/a/index.html`, `feed.xml`. Undefined
 * where the store does not follow Astro: a build format other than
 * `directory`, and the status pages (`/404`), which have no key anyway.
 */
export function pageFile(pathname: string, routeType: string, layout: PageLayout): string | undefined {
  // Astro makes the file's URL from encodeURI(pathname) and writes the path that URL decodes to.
  const file = decodeURIComponent(new URL(`.${encodeURI(pathname)}`, 'file:///site/').pathname).slice('/site/'.length);
  if (routeType === 'endpoint') return file && !file.endsWith('/') ? file : undefined;
  if (routeType !== 'page' || layout.format !== 'directory' || pathname === '/404' || pathname === '/500') return undefined;
  return path.posix.join(file, 'index.html');
}

/** The name Astro gives a built page in its page list (and the sitemap reads): `cases/a/`, without the leading slash. */
export function pageName(pathname: string, layout: PageLayout): string {
  const slashed = layout.trailingSlash === 'never' ? pathname : pathname.replace(/\/?$/, '/');
  return slashed.replace(/^\//, '');
}

/**
 * The page store of one build. `wrap` goes around Astro's prerenderer (set
 * in `astro:build:start`): of the paths with a cache key, it hands Astro only
 * those the store lacks. `finish`, once the pages are written, links the
 * others into the site and stores the ones just rendered.
 */
export class StoredPages {
  private store: ArtefactStore | undefined;
  private placed: KeyedPage[] = [];
  private rendered: KeyedPage[] = [];

  private readonly folder: string;
  private readonly code: () => string | undefined;
  private readonly layout: () => PageLayout;

  /**
   * @param folder the page store's folder (one per content folder, see `cacheFolder`)
   * @param code the digest of the code the pages are rendered with (see `bundleDigest`); none, no store
   * @param layout Astro's build format and trailing-slash setting
   */
  constructor(folder: string, code: () => string | undefined, layout: () => PageLayout) {
    this.folder = folder;
    this.code = code;
    this.layout = layout;
  }

  /** Astro's prerenderer, rendering only the keyed pages the store lacks (and every page without a key). */
  wrap(inner: AstroPrerenderer): AstroPrerenderer {
    return {
      name: 'casebook:stored-pages',
      setup: () => inner.setup?.() ?? Promise.resolve(),
      getStaticPaths: async () => this.toRender(await inner.getStaticPaths()),
      render: (request, options) => inner.render(request, options),
      collectStaticImages: inner.collectStaticImages && (() => inner.collectStaticImages!()),
      teardown: () => inner.teardown?.() ?? Promise.resolve(),
    };
  }

  /** The paths Astro is to render: those without a key, and the keyed ones the store has no whole page for. */
  private toRender(paths: PathWithRoute[]): PathWithRoute[] {
    const code = this.code();
    this.placed = [];
    this.rendered = [];
    if (!code) return paths;
    const store = (this.store = ArtefactStore.open(this.folder, { code }));
    const layout = this.layout();
    // Astro renders one page per path and drops the others; a path listed twice is left to it.
    const seen = new Map<string, number>();
    for (const { pathname } of paths) seen.set(pathname, (seen.get(pathname) ?? 0) + 1);
    return paths.filter(({ pathname, route, cacheKey }) => {
      const file = cacheKey === undefined || seen.get(pathname) !== 1 ? undefined : pageFile(pathname, route.type, layout);
      if (file === undefined) return true;
      const page: KeyedPage = {
        file,
        name: ArtefactStore.name(digestOf([route.component, pathname, cacheKey]), path.extname(file)),
        pageName: route.type === 'page' ? pageName(pathname, layout) : undefined,
      };
      if (store.hasWhole(page.name)) {
        this.placed.push(page);
        return false;
      }
      this.rendered.push(page);
      return true;
    });
  }

  /** Links the stored pages into the site in `outDir`, stores the keyed pages just rendered there, and drops the store's unused pages. */
  async finish(outDir: string): Promise<StoredPagesReport> {
    const store = this.store;
    const report: StoredPagesReport = { placed: [], placedPageNames: [], rendered: this.rendered.length, kept: 0, refused: [], damaged: [] };
    if (!store) return report;
    makeFoldersSync(this.placed.map(({ file }) => path.join(outDir, file)));
    for (const { name, file } of this.placed) store.placeSync(name, path.join(outDir, file));
    for (const { file, name } of this.rendered) {
      const problem = store.keep(name, path.join(outDir, file));
      // A page Astro did not write (an empty response) is neither stored nor placed next time.
      if (problem === undefined) report.kept++;
      else if (problem !== MISSING) report.refused.push(`${file}: ${problem}`);
    }
    await store.prune();
    report.placed = this.placed.map(({ file }) => file);
    report.placedPageNames = this.placed.flatMap(({ pageName }) => (pageName === undefined ? [] : [pageName]));
    report.damaged = [...store.damaged];
    this.store = undefined;
    return report;
  }
}

/** The full URLs of Astro page names under the site's URL and base path, as the sitemap makes them from its page list. */
export function pageUrls(pageNames: readonly string[], site: string, base: string): string[] {
  const root = new URL(base, site);
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  return pageNames.map((name) => new URL(root.pathname + name, root).href);
}
