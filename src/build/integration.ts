import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCasebook } from '../casebook/checks/index.ts';
import { CasebookCheckError, formatReport } from '../casebook/diagnostics.ts';
import { loadCasebook } from '../casebook/load.ts';
import { siteCards } from './cards/content.ts';
import { publishCards } from './cards/publish.ts';
import { site } from '../site.config.ts';

/**
 * Runs the whole-casebook check before Astro builds anything, so a build
 * fails on the same errors as `npm run check`, with file, line and column.
 * Astro's own schema errors report line 0 and stop at the first entry; this
 * reports every problem at once. In dev the problems are logged instead, so
 * an editor can keep previewing while fixing them.
 */
export function casebookCheck(): AstroIntegration {
  return {
    name: 'casebook:check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { diagnostics, skipped } = await checkCasebook(fileURLToPath(config.root));
        for (const reason of skipped) logger.warn(`skipped: ${reason}`);
        if (diagnostics.length === 0) return;
        if (command === 'build') throw new CasebookCheckError(diagnostics);
        logger.warn(`The casebook has errors; the build will refuse it:\n\n${formatReport(diagnostics)}`);
      },
    },
  };
}

/**
 * Draws the social cards into the built site after Astro has written the
 * pages: one per case, series and headline statistic, and the home page.
 * Unchanged cards come from a cache in node_modules/.cache (or
 * `CASEBOOK_CARDS_CACHE`), so a rebuild with no content change draws none.
 */
export function casebookCards(): AstroIntegration {
  let root = '';
  return {
    name: 'casebook:cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The benchmark turns cards off to time the Markdown processors alone.
        if (process.env.CASEBOOK_CARDS === 'off') return;
        const casebook = await loadCasebook(root);
        const files = siteCards({ site, cases: casebook.cases.filter((entry) => !entry.data.draft), series: casebook.series });
        const started = performance.now();
        const cacheDir = process.env.CASEBOOK_CARDS_CACHE ?? path.join(root, 'node_modules/.cache/casebook-cards');
        const report = await publishCards(files, fileURLToPath(dir), cacheDir);
        logger.info(`${files.length} social cards: ${report.rendered} drawn, ${report.cached} from cache, in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
