import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkCasebook } from './lib/check/index.ts';
import { CasebookCheckError, formatReport } from './lib/diagnostics.ts';

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
