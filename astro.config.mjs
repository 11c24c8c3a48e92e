// @ts-check
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

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  markdown: markdownProcessor ? { processor: markdownProcessor } : {},
  integrations: [casebookCheck(), mdx(), sitemap()],
});
