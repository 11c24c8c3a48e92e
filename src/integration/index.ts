import { appendAll } from '../domain/append-all.ts';
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport } from '../model/diagnostics.ts';
import { basePath, searchIndexUrl, useBase } from '../domain/urls.ts';
import { optionsSchema, resolveOptions, type CasebookOptions } from '../options.ts';
import { siteCards } from '../outputs/cards/content.ts';
import { publishCards } from '../outputs/cards/publish.ts';
import { precompress } from '../outputs/precompress.ts';
import { writeHeaders } from '../outputs/headers.ts';
import { cacheFolder, configureCasebook, releaseModelText, sharedCasebook, sourceTextsOf } from './casebook.ts';
import { SETTINGS_FILE } from '../model/settings.ts';
import { publishedView } from '../view/published.ts';
import { casebookLoaderNames } from '../model/loader.ts';
import { holdModel, sharedModel } from '../model/shared-model.ts';
import { BuildProfile } from './profile.ts';
import { guardMemory, withOwnHeapGrowth } from './memory-guard.ts';
import { EarlyBrowser } from '../outputs/reports/early-browser.ts';
import { designTokens } from './design-tokens.ts';
import { MANIFEST_ENV, writeSiteManifest } from './manifest.ts';
import { casebookSearchIndex, planSearchIndex, publishSearchIndex, searchIndexFiles } from '../outputs/search-index/publish.ts';
import { caseTextFile } from '../model/case-text.ts';
import { premakeDataFiles, publishDataFiles, stageCaseFiles, type StagedCaseFiles } from '../outputs/exports/case-files.ts';
import { chartInputs, predrawCharts } from '../outputs/charts/predraw.ts';
import { keepChartsComplete } from '../outputs/charts/cache.ts';
import { beside, oneAtATime } from '../store/worker-batches.ts';
import { PLACEHOLDER_SITE_URL, site } from '../site.config.ts';
import { bundleDigest } from './bundle-digest.ts';
import { pageUrls, StoredPages, type PageLayout, type StoredPagesReport } from './stored-pages.ts';

/** What the integration tells the configuration about its page store (see src/integration/stored-pages.ts). */
export interface CasebookPages {
  /**
   * The full URLs of the pages this build placed from the page store, which
   * Astro's page list leaves out (it lists the pages it rendered): the
   * sitemap takes them as its `customPages`. Empty before the pages are written.
   */
  storedPageUrls(): string[];
}

/**
 * The Casebook integration. Before Astro builds anything it loads and checks
 * the casebook once (the model every collection, page and build step then
 * reads), so a build fails on exactly the errors `npm run check` prints, with
 * file, line and column; in dev the problems are logged and the preview goes
 * on. After the pages are written it writes the search index and draws the
 * social cards (unchanged ones come from the card cache, so a rebuild with no
 * content change draws none), prints the reports and, when `npm run build`
 * asks for it (`MANIFEST_ENV`), writes the manifest of every file it made,
 * which the new site is checked against before it is swapped in.
 */
export function casebook(input: Partial<CasebookOptions> & { root: string }): AstroIntegration & CasebookPages {
  const options = resolveOptions(optionsSchema.parse(input));
  const profile = new BuildProfile();
  const devIndex = new WeakMap<object, Map<string, string>>();
  const reportBrowser = new EarlyBrowser();
  // `astro sync` and `astro check` run the loaders without a build; they need the options too.
  configureCasebook(options);
  // Every URL the model and the build steps write (body links, search index, cards, exports) goes under the base path.
  useBase(options.base);
  let reportCode: Promise<typeof import('../outputs/reports/publish.ts')> | undefined;
  let background: ReturnType<typeof beside> | undefined;
  let staged: StagedCaseFiles | undefined;
  // Pages whose cache key and code are unchanged come from the page store instead of Astro's rendering.
  const code = bundleDigest(options.root);
  let astroConfig: { layout: PageLayout; site?: string; base: string } | undefined;
  const pages = new StoredPages(cacheFolder(options, 'pages'), code.digest, () => astroConfig!.layout);
  let stored: StoredPagesReport | undefined;
  // Loaded only when reports are printed (the printer brings pdf-lib and the report code), and early, with the
  // browser: loaded at the last moment, the printing would start only after the search index held the main thread.
  const loadReportCode = () => (reportCode ??= import('../outputs/reports/publish.ts'));
  // Prints the reports of the site built in `outDir`, timed as the `reports` phase (which overlaps the search index and cards).
  const printReports = async (outDir: string) => {
    const { publishReports } = await loadReportCode();
    return profile
      .time('reports', () => publishReports(outDir, cacheFolder(options, 'reports'), { author: site.publisher, language: site.lang, casePdfs: site.casePdfs, browser: () => reportBrowser.take() }))
      .finally(() => reportBrowser.dispose());
  };
  return {
    name: 'casebook',
    storedPageUrls: () => (stored && astroConfig?.site ? pageUrls(stored.placedPageNames, astroConfig.site, astroConfig.base) : []),
    hooks: {
      'astro:config:setup': async ({ command, logger, updateConfig, addWatchFile }) => {
        // The site's settings are read once per process (src/site.config.ts): a change to them restarts the dev server.
        addWatchFile(path.resolve(options.root, options.content, SETTINGS_FILE));
        // The site's stylesheets read the design tokens as CSS custom properties (src/design/).
        updateConfig({ vite: { plugins: [designTokens(), code.plugin] } });
        // Astro writes into the page bundle every environment variable whose name appears in a module that reads
        // `import.meta.env` whole, and `_` (the command the shell started the build with) appears in nearly all.
        // The bundle's digest names the page store, so a rebuild started another way (`npx astro build`, a CI
        // step, `env … npm run build`) found none of its pages: at 10,000 cases, 65 s instead of 14.
        if (command === 'build') delete process.env._;
        if (command !== 'build' && command !== 'dev') return;
        // A casebook too large for this machine stops the build with a message, before the machine runs out.
        if (command === 'build') guardMemory((message) => logger.warn(message));
        const model = await profile.time('model', () => sharedCasebook(options));
        profile.split('model', { 'model: read, parse and render cases': model.timings?.read, 'model: checks': model.timings?.checks });
        for (const reason of model.skipped) logger.warn(`skipped: ${reason}`);
        if (model.diagnostics.length === 0) {
          if (command === 'build') await profile.time('model: text to store', () => releaseModelText(options));
          if (command === 'build' && new URL(site.url).origin === new URL(PLACEHOLDER_SITE_URL).origin) {
            logger.warn(`the site URL is still the placeholder ${PLACEHOLDER_SITE_URL}: every canonical link, feed, sitemap and share-card address will point there. Set url in casebook.yaml, or CASEBOOK_SITE_URL.`);
          }
          return;
        }
        if (command === 'build') {
          // A content error is the editor's to fix, not a crash: Casebook's own report and exit code 1, without the
          // framework's stack trace (nothing has been written yet). Errors in Casebook's code still throw with theirs.
          logger.error(`The casebook has errors; nothing was built:\n\n${formatReport(model.diagnostics)}`);
          process.exit(1);
        }
        logger.warn(`The casebook has errors; the build will refuse it:\n\n${formatReport(model.diagnostics)}`);
      },
      // Astro's phases between our hooks: content sync (the loaders) from config:done, then bundling and
      // rendering the pages (a static build has no hook between the two) from build:start to build:generated.
      'astro:config:done': ({ buildOutput, config }) => {
        astroConfig = { layout: { format: config.build.format, trailingSlash: config.trailingSlash }, site: config.site, base: config.base };
        if (buildOutput) profile.mark('contentSync');
      },
      'astro:build:start': ({ logger, setPrerenderer }) => {
        profile.mark('bundleAndRender');
        stored = undefined;
        setPrerenderer((inner) => pages.wrap(inner));
        // The charts and data files the stores lack are made on the second core while Astro bundles and renders on
        // the first; a page, or the data-file step after the pages, makes whatever is not there yet.
        // One at a time, on that one core: the charts first, as the pages need them.
        const warn = (message: string) => logger.warn(message);
        const view = sharedCasebook().then((model) => publishedView(model));
        staged = undefined;
        // The search index, when something it is made from changed. Its cases' shares to compute (a first build) would
        // take the core for most of the rendering: then it comes last. With them cached (a rebuild), merging them is
        // the work, and it starts at once, beside the rest: one after the other, it waited for the rendering thread,
        // which computes every page's key in one stretch of seconds, to hear that the staging had ended.
        const index = view.then((published) => planSearchIndex(published, cacheFolder(options, 'search'), (digest) => caseTextFile(cacheFolder(options, 'text'), digest)));
        const startIndex = (long: boolean) => async () => {
          const plan = await index;
          return plan?.long === long ? plan.start(warn) : undefined;
        };
        background = beside([
          oneAtATime([
            async () => predrawCharts(await view, warn),
            async () => premakeDataFiles(await view, cacheFolder(options, 'data'), warn),
            // Once started, the staging finishes even when the pages are written first (the data-file step waits for it).
            async () => (staged = stageCaseFiles(await view, cacheFolder(options, 'data'), warn))?.work,
            startIndex(true),
          ]),
          oneAtATime([startIndex(false)]),
        ]);
        // Chromium starts on the second core while Astro bundles and renders on the first, so it is ready when the
        // report pages are there to print; a build that prints none closes it unused.
        if (options.reports) {
          reportBrowser.start();
          loadReportCode().catch(() => undefined);
        }
      },
      'astro:build:generated': async ({ dir, logger }) => {
        profile.mark('storedPages');
        stored = await pages.finish(fileURLToPath(dir));
        for (const damaged of stored.damaged) logger.warn(`stored page ${damaged}; rendered again`);
        for (const refused of stored.refused) logger.warn(`page not stored: ${refused}`);
        logger.info(`pages: ${stored.placed.length} from the page store, ${stored.rendered} keyed pages rendered (${stored.kept} stored)`);
        profile.mark('afterRender');
        // The pages are written: what the worker has not done yet is done after them (the charts, the pages drew).
        background?.stop();
        const [[charts, dataFiles, placed, longIndex] = [], [shortIndex] = []] = (await background?.done) ?? [];
        const indexed = longIndex ?? shortIndex;
        const handed = [charts && `${charts} charts`, dataFiles && `${dataFiles} cases' data files`, indexed && `the search index of ${indexed} cases`].filter(Boolean);
        if (handed.length) logger.info(`handed to a worker thread during the rendering: ${handed.join(', ')} (it made as many as it reached)`);
        if (placed) logger.info(`${placed} data files linked by a worker thread during the rendering`);
      },
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        // Content and source texts may live outside the project (CASEBOOK_CONTENT); watch them all.
        const watched = [path.resolve(options.root, options.content), sourceTextsOf(options)];
        server.watcher.add(watched);
        // The one watcher of the content: after any save of a content file or source text, check the casebook again,
        // copy it into the content collections (src/model/loader.ts) and reload the open pages. A page shows the
        // result (the overlay, while there are errors; see src/middleware.ts) even when the collections see nothing
        // new (a broken file, a source text, an edit undone and made again).
        let pending: ReturnType<typeof setTimeout> | undefined;
        let release: (() => void) | undefined;
        // The pages' getStaticPaths results (the model's entries are their props), which Astro keeps until told.
        const clearRouteCaches = () => {
          for (const environment of Object.values(server.environments)) if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
        };
        server.watcher.on('all', (_event, file) => {
          if (!watched.some((folder) => file.startsWith(folder)) || !/\.(mdx|ya?ml|txt)$/i.test(file)) return;
          // Astro reloads a page that failed (the overlay) on this same change, at once, before the debounce below is
          // over: that request must neither take the old props nor render the old model (its errors would reach the
          // reloaded page). So the props go now, and the pages and the middleware wait for the model (`holdModel`).
          release ??= holdModel();
          clearRouteCaches();
          clearTimeout(pending);
          pending = setTimeout(async () => {
            const checked = release;
            release = undefined;
            const model = await sharedCasebook(undefined, { fresh: true }).catch(() => undefined);
            checked?.();
            if (model?.diagnostics.length) logger.warn(`The casebook has errors; the build will refuse it:\n\n${formatReport(model.diagnostics)}`);
            const changes = sharedModel().storeChanges;
            await refreshContent?.({ loaders: casebookLoaderNames }).catch((error: unknown) => logger.warn(`content collections not refreshed: ${String(error)}`));
            // When the collections changed, Astro clears the pages' getStaticPaths results and reloads them; a new model
            // may differ where the collections do not (a receipt, a body, an error), and then this does the same, once
            // (two reloads in a row would show a page half loaded). Cleared again: a request begun before the save may
            // have cached the old props since.
            if (sharedModel().storeChanges !== changes) return;
            clearRouteCaches();
            server.ws.send({ type: 'full-reload', path: '*' });
          }, 30);
        });
        // The dev server answers /search/… from the current model, as the build writes it.
        server.middlewares.use(searchIndexUrl(''), async (request, response, next) => {
          const name = (request.url ?? '').split('?')[0]!.replace(/^\//, '');
          if (!/^(meta|files\/[0-9a-f]+\/(shards\/\d+|docs\/\d+|fuzzy|pinyin))\.json$/.test(name)) return next();
          const model = await sharedCasebook(undefined, { fresh: true });
          // One index per model: a query fetches several files, each must not rebuild it.
          // Drafts too, as the dev server's pages show them.
          if (!devIndex.has(model)) devIndex.set(model, searchIndexFiles(casebookSearchIndex(publishedView(model, { drafts: true }))));
          const json = devIndex.get(model)!.get(name);
          if (json === undefined) return next();
          response.setHeader('content-type', 'application/json; charset=utf-8');
          response.end(json);
        });
      },
      'astro:build:done': async ({ dir, logger, assets }) => {
        profile.mark('buildDone');
        // What the site publishes: every output below reads this one view of the model (no drafts).
        const view = publishedView(await sharedCasebook());
        const outDir = fileURLToPath(dir);
        // Every file this build writes, for `npm run build` to check the new site against before swapping it in.
        const written = [...assets.values()].flat().map((url) => path.relative(outDir, fileURLToPath(url)).split(path.sep).join('/'));
        written.push('search/meta.json', '_headers');
        if (stored) appendAll(written, stored.placed);
        // The reports start first and print while the search index and the cards are made: printing mostly waits for
        // Chromium (loading a volume, printing a chapter), which works on the other core meanwhile.
        const reports = options.reports ? printReports(outDir) : undefined;
        // Handled where it is awaited below; until then a failure must not count as unhandled.
        reports?.catch(() => undefined);
        const search = await profile.time('searchIndex', () => publishSearchIndex(view, outDir, cacheFolder(options, 'search')));
        logger.info(`search index: ${search.files} files (${search.written} new) in ${Math.round(profile.phases.searchIndex ?? 0)} ms`);
        // Each case's data and reference files, and each report's reference: written here, not as thousands of routes.
        const stagedFiles = staged && { ...staged, finished: await staged.work.done };
        const dataFiles = await profile.time('dataFiles', () => publishDataFiles(view, outDir, cacheFolder(options, 'data'), stagedFiles));
        // Appended one by one: a spread passes each path as an argument, and 250,000 of them (50,000 cases) overflow the stack.
        appendAll(written, dataFiles.paths);
        if (options.cards) {
          const files = siteCards(view, site);
          // The drawing threads allocate fast and keep little: the build's fixed heap growth would cost them a fifth.
          const report = await profile.time('cards', () => withOwnHeapGrowth(() => publishCards(files, outDir, cacheFolder(options, 'cards'))));
          appendAll(written, files.map((file) => file.path.replace(/^\//, '')));
          logger.info(`${files.length} social cards: ${report.rendered} drawn, ${report.cached} from cache, in ${Math.round(profile.phases.cards ?? 0)} ms`);
        }
        if (reports) {
          const printed = await reports;
          for (const damaged of printed.damaged) logger.warn(`${damaged}; printed again`);
          appendAll(written, printed.reports.map((report) => report.pdf));
          for (const report of printed.reports) {
            logger.info(
              report.fromCache
                ? `${report.pdf}: unchanged, from cache`
                : `${report.pdf}: ${report.pages} pages, ${report.printed} parts printed, ${report.reused} reused, in ${report.seconds.toFixed(1)} s`,
            );
          }
          logger.info(`${printed.reports.length} PDF reports in ${printed.seconds.toFixed(1)} s${printed.chromium ? ` (Chromium: ${printed.chromium.source}, ${printed.chromium.path})` : ''}`);
          appendAll(written, printed.cases.pdfs);
          if (printed.cases.pdfs.length) logger.info(`${printed.cases.pdfs.length} case PDFs: ${printed.cases.made} made from their chapters, ${printed.cases.fromCache} from cache, in ${printed.cases.seconds.toFixed(1)} s`);
        }
        // Every page that shows a chart is written: the next build with the same view need not look for missing ones.
        await keepChartsComplete(chartInputs(view));
        await writeHeaders(outDir);
        if (options.precompress) {
          const compressed = await profile.time('precompress', () => precompress(outDir, cacheFolder(options, 'compressed')));
          logger.info(`precompressed: ${compressed.files} files as .br and .gz (${compressed.compressed} compressed, the rest from cache) in ${Math.round(profile.phases.precompress ?? 0)} ms`);
        }
        if (options.profile) logger.info(`[casebook:profile] ${JSON.stringify(profile.report())}`);
        const manifest = process.env[MANIFEST_ENV];
        if (manifest) await writeSiteManifest(manifest, { files: written, base: basePath(), cards: options.cards, reports: options.reports });
      },
    },
  };
}
