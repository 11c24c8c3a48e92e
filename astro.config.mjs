// @ts-check
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { PLACEHOLDER_SITE_URL } from './src/site.config.ts';
import { casebook } from './src/integration/index.ts';
import { optionsFromEnv } from './src/options.ts';
import { readSettings, withCasebookSettings } from './src/model/settings.ts';
import { sharedModel } from './src/model/shared-model.ts';
import { publishedView } from './src/view/published.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// Validated once here, with what the casebook's own casebook.yaml decides (base path, URL, cards, reports);
// docs/operators/settings.md lists the environment overrides.
const fromEnv = optionsFromEnv(root);
const options = withCasebookSettings(fromEnv, readSettings(root, fromEnv.content).settings);

/**
 * Each sitemap entry's <lastmod>, from the published view of the casebook the integration loaded (see
 * `PublishedView.lastChanged`): the sitemap lists the built pages, which never show drafts.
 * @param {import('@astrojs/sitemap').SitemapItem} item
 */
async function withLastmod(item) {
  const model = sharedModel().model;
  if (!model) return item;
  const date = publishedView(await model).lastChanged(`/${new URL(item.url).pathname.slice(options.base.length)}`);
  return date ? { ...item, lastmod: date.toISOString().slice(0, 10) } : item;
}

// A page whose cacheKey (see src/site/cache-keys.ts) and code are unchanged is linked from the last build's
// (src/integration/stored-pages.ts), not rendered.
const site = casebook(options);

export default defineConfig({
  site: options.siteUrl ?? PLACEHOLDER_SITE_URL,
  // The path the site is served under (CASEBOOK_BASE); every link goes through src/domain/urls.ts, which adds it.
  base: options.base,
  // Each content folder (and base path, which is in every link) gets its own content store, so
  // builds of other casebooks (tests, benchmarks) never clear, race or reuse each other's.
  cacheDir: `./node_modules/.astro/content-${createHash('sha1').update(options.base === '/' ? options.content : `${options.content}\0${options.base}`).digest('hex').slice(0, 12)}`,
  trailingSlash: 'always',
  integrations: [
    site,
    mdx(),
    // Astro lists the pages it rendered; the ones placed from Casebook's page store are added here.
    sitemap({
      serialize: withLastmod,
      get customPages() {
        return site.storedPageUrls();
      },
    }),
  ],
});
