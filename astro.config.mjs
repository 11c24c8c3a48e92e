// @ts-check
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import { site } from './src/site.config.ts';
import { casebookCards, casebookCheck } from './src/build/integration.ts';
import { remarkStat } from './src/casebook/body/remark-stat.ts';

// CASEBOOK_MARKDOWN=default builds with Astro's default processor; only `npm run bench` uses it, to measure what unified costs.
const markdownProcessor =
  process.env.CASEBOOK_MARKDOWN === 'default'
    ? undefined
    : unified({
        // remark-gfm is pinned here rather than the processor's bundled copy, so the CJK plugins extend the same instance.
        gfm: false,
        remarkPlugins: [remarkGfm, remarkCjkFriendly, remarkCjkFriendlyGfmStrikethrough, remarkStat],
      });

// Astro keeps parsed entries in a content store and does not notice when a schema module imported by
// src/content.config.ts changes; stale entries would then lack new fields. The cache folder is keyed by the
// schemas' source, the content folder and the processor, so a change to any of them starts a fresh store,
// and builds of other casebooks (tests, benchmarks) never clear or race each other's store.
const schemaSources = ['./src/casebook/schemas/', './src/domain/figure/']
  .map((folder) => fileURLToPath(new URL(folder, import.meta.url)))
  .flatMap((folder) => readdirSync(folder).sort().filter((name) => name.endsWith('.ts')).map((name) => readFileSync(folder + name, 'utf8')));
const cacheKey = createHash('sha1')
  .update([process.env.CASEBOOK_CONTENT ?? '', process.env.CASEBOOK_MARKDOWN ?? '', ...schemaSources].join('\0'))
  .digest('hex')
  .slice(0, 12);
const cacheDir = `./node_modules/.astro/variants/${cacheKey}`;

export default defineConfig({
  site: site.url,
  cacheDir,
  trailingSlash: 'always',
  markdown: markdownProcessor ? { processor: markdownProcessor } : {},
  integrations: [casebookCheck(), mdx(), sitemap(), casebookCards()],
  vite: {
    build: {
      rolldownOptions: {
        // Astro's MDX modules trip a harmless bundler warning, once per case (withastro/astro#18087).
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
