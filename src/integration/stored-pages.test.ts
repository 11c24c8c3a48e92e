import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroPrerenderer, PathWithRoute } from 'astro';
import { pageFile, pageName, pageUrls, StoredPages, type PageLayout } from './stored-pages.ts';

const layout: PageLayout = { format: 'directory', trailingSlash: 'always' };
const route = (component: string, type = 'page') => ({ component, type }) as PathWithRoute['route'];

/** A site of three keyed pages, a feed and an unkeyed home page, with the keys given. */
function sitePaths(keys: Record<string, string>): PathWithRoute[] {
  return [
    { pathname: '/', route: route('src/pages/index.astro') },
    { pathname: '/cases/a/', route: route('src/pages/cases/[id].astro'), cacheKey: keys.a },
    { pathname: '/cases/b/', route: route('src/pages/cases/[id].astro'), cacheKey: keys.b },
    { pathname: '/regions/山东/烟台/', route: route('src/pages/regions/[...path].astro'), cacheKey: keys.region },
    { pathname: '/feed.xml', route: route('src/pages/[feed].xml.ts', 'endpoint'), cacheKey: keys.feed },
  ];
}

const html = (text: string) => `<!DOCTYPE html><html lang="zh"><body><p>${text}</p></body></html>\n`;

describe('the page store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'casebook-pages-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** One build: Astro renders what the store hands it (each page showing its key), then the store finishes. */
  async function build(keys: Record<string, string>, { code = 'code-1', out = `site-${Math.random()}` } = {}) {
    const pages = new StoredPages(path.join(dir, 'store'), () => code, () => layout);
    const inner: AstroPrerenderer = { name: 'astro:default', getStaticPaths: async () => sitePaths(keys), render: async () => new Response('') };
    const toRender = await pages.wrap(inner).getStaticPaths();
    const outDir = path.join(dir, out);
    for (const { pathname, route: { type }, cacheKey } of toRender) {
      const file = path.join(outDir, pageFile(pathname, type, layout) ?? 'index.html');
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, type === 'endpoint' ? `<?xml version="1.0"?><rss>${cacheKey}</rss>` : html(`${pathname} ${cacheKey ?? ''}`));
    }
    const report = await pages.finish(outDir);
    return { rendered: toRender.map(({ pathname }) => pathname), report, outDir };
  }

  it('renders every page the first time, then only the pages whose key changed, placing the others as they were', async () => {
    const first = await build({ a: 'a1', b: 'b1', region: 'r1', feed: 'f1' });
    expect(first.rendered).toHaveLength(5);
    expect(first.report).toMatchObject({ placed: [], rendered: 4, kept: 4 });

    const second = await build({ a: 'a1', b: 'b2', region: 'r1', feed: 'f1' });
    expect(second.rendered).toEqual(['/', '/cases/b/']);
    expect(second.report.placed.sort()).toEqual(['cases/a/index.html', 'feed.xml', 'regions/山东/烟台/index.html']);
    expect(second.report.placedPageNames.sort()).toEqual(['cases/a/', 'regions/山东/烟台/']);
    // The placed pages are the ones rendered with those keys; the changed one is the new render.
    expect(readFileSync(path.join(second.outDir, 'cases/a/index.html'), 'utf8')).toBe(html('/cases/a/ a1'));
    expect(readFileSync(path.join(second.outDir, 'regions/山东/烟台/index.html'), 'utf8')).toBe(html('/regions/山东/烟台/ r1'));
    expect(readFileSync(path.join(second.outDir, 'cases/b/index.html'), 'utf8')).toBe(html('/cases/b/ b2'));

    // b's old page was not used by the second build: pruned, so the old key renders again.
    const third = await build({ a: 'a1', b: 'b1', region: 'r1', feed: 'f1' });
    expect(third.rendered).toEqual(['/', '/cases/b/']);
  });

  it('renders everything again when the code changes, and keeps nothing of the old code', async () => {
    const keys = { a: 'a1', b: 'b1', region: 'r1', feed: 'f1' };
    await build(keys, { code: 'code-1' });
    const again = await build(keys, { code: 'code-2' });
    expect(again.rendered).toHaveLength(5);
    expect(readdirSync(path.join(dir, 'store'))).toEqual(['code-2']);
  });

  it('stores nothing and renders everything without a digest of the code', async () => {
    const keys = { a: 'a1', b: 'b1', region: 'r1', feed: 'f1' };
    const pages = new StoredPages(path.join(dir, 'store'), () => undefined, () => layout);
    const inner: AstroPrerenderer = { name: 'astro:default', getStaticPaths: async () => sitePaths(keys), render: async () => new Response('') };
    expect(await pages.wrap(inner).getStaticPaths()).toHaveLength(5);
    expect(await pages.finish(path.join(dir, 'site'))).toMatchObject({ placed: [], rendered: 0, kept: 0 });
    expect(existsSync(path.join(dir, 'store'))).toBe(false);
  });

  it('renders a damaged stored page again and says so; a rendered page that is not a whole document is not stored', async () => {
    const keys = { a: 'a1', b: 'b1', region: 'r1', feed: 'f1' };
    await build(keys);
    const store = path.join(dir, 'store', 'code-1');
    const damaged = readdirSync(store).find((name) => readFileSync(path.join(store, name), 'utf8').includes('/cases/a/'))!;
    writeFileSync(path.join(store, damaged), '<!DOCTYPE html><html><body><p>/cases/a/ cut sh');
    const again = await build(keys);
    expect(again.rendered).toEqual(['/', '/cases/a/']);
    expect(again.report.damaged).toEqual([`${damaged}: is cut short (no </html> at its end)`]);

    // A page Astro wrote cut short (or a fragment) is served, but not kept for the next build.
    const pages = new StoredPages(path.join(dir, 'store'), () => 'code-1', () => layout);
    const inner: AstroPrerenderer = { name: 'astro:default', getStaticPaths: async () => sitePaths({ ...keys, b: 'b9' }), render: async () => new Response('') };
    await pages.wrap(inner).getStaticPaths();
    const outDir = path.join(dir, 'fragment');
    mkdirSync(path.join(outDir, 'cases/b'), { recursive: true });
    writeFileSync(path.join(outDir, 'cases/b/index.html'), '<p>a fragment</p>');
    expect((await pages.finish(outDir)).refused).toEqual(['cases/b/index.html: is not an HTML document (does not start with <!DOCTYPE html>)']);
  });
});

describe('where a page goes and what the sitemap calls it', () => {
  it('follows Astro: a page in its folder, an endpoint as its file; status pages and other formats are left to Astro', () => {
    expect(pageFile('/cases/a/', 'page', layout)).toBe('cases/a/index.html');
    expect(pageFile('/regions/山东/烟台/', 'page', layout)).toBe('regions/山东/烟台/index.html');
    expect(pageFile('/tags/a b/', 'page', layout)).toBe('tags/a b/index.html');
    expect(pageFile('/feed.xml', 'endpoint', layout)).toBe('feed.xml');
    expect(pageFile('/404', 'page', layout)).toBeUndefined();
    expect(pageFile('/cases/a/', 'page', { ...layout, format: 'file' })).toBeUndefined();
    expect(pageFile('/cases/a/', 'redirect', layout)).toBeUndefined();
  });

  it('names pages as Astro lists them, and makes the sitemap URLs under the base path', () => {
    expect(pageName('/cases/a/', layout)).toBe('cases/a/');
    expect(pageName('/cases/a', layout)).toBe('cases/a/');
    expect(pageName('/cases/a', { ...layout, trailingSlash: 'never' })).toBe('cases/a');
    expect(pageUrls(['cases/a/', 'regions/山东/'], 'https://example.org', '/casebook')).toEqual([
      'https://example.org/casebook/cases/a/',
      'https://example.org/casebook/regions/%E5%B1%B1%E4%B8%9C/',
    ]);
  });
});
