// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import { site } from './src/site.config.ts';
import { casebookCheck } from './src/integration.ts';
import { remarkStat } from './src/lib/remark-stat.ts';

// CASEBOOK_MARKDOWN=default builds with Astro's default processor; only `npm run bench` uses it, to measure what unified costs.
const markdownProcessor =
  process.env.CASEBOOK_MARKDOWN === 'default'
    ? undefined
    : unified({
        // remark-gfm is pinned here rather than the processor's bundled copy, so the CJK plugins extend the same instance.
        gfm: false,
        remarkPlugins: [remarkGfm, remarkCjkFriendly, remarkCjkFriendlyGfmStrikethrough, remarkStat],
      });

// Another casebook or processor gets its own cache, so builds of different content (tests, benchmarks)
// never clear each other's content store or run into each other when they overlap.
const variant = [process.env.CASEBOOK_CONTENT ?? '', process.env.CASEBOOK_MARKDOWN ?? ''].join('|');
const cacheDir = variant === '|' ? undefined : `./node_modules/.astro/variants/${createHash('sha1').update(variant).digest('hex').slice(0, 12)}`;

export default defineConfig({
  site: site.url,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  markdown: markdownProcessor ? { processor: markdownProcessor } : {},
  integrations: [casebookCheck(), mdx(), sitemap()],
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
