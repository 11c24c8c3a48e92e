import { configDefaults, defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { contentWithExtra } from './helpers/extra-content.ts';

// Three suites, one config (run one with `--project <name>`):
// - unit: modules on their own, no site build (src/ and scripts/ test files);
// - build: the real `astro build` over the bundled casebook and the fixtures;
// - browser: headless Chromium over built sites.
// The build and browser suites share their builds: each content folder and
// its settings is built at most once per run, by the first test file that asks
// (tests/helpers/shared-build.ts; global-build.ts makes the run's folder for
// them and removes it at the end); the unit suite never builds.
const root = fileURLToPath(new URL('..', import.meta.url));

// The casebook under test is content/, or the folder CASEBOOK_CONTENT names. CASEBOOK_TEST_EXTRA=<folder> adds
// that folder's files to a copy of it first (`CASEBOOK_TEST_EXTRA=tests/fixtures/extra-case npm test` runs every
// suite with an eighth case), so no test may count on today's cases. Set here, before any worker starts, so
// every suite and every build a test starts reads the same folder.
if (process.env.CASEBOOK_TEST_EXTRA && !process.env.CASEBOOK_TEST_CONTENT_READY) {
  process.env.CASEBOOK_CONTENT = contentWithExtra(root, process.env.CASEBOOK_CONTENT || 'content', process.env.CASEBOOK_TEST_EXTRA);
  process.env.CASEBOOK_TEST_CONTENT_READY = '1';
}
const sharedBuilds = 'tests/helpers/global-build.ts';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // A hook may wait for a build another test file started, then make its own.
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root,
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          // Unit tests keep no state between files, so a worker runs file after file without reloading the
          // modules they share (the model, the schemas, the figure parser): a third less time.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          root,
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/**/*.browser.test.ts'],
          globalSetup: [sharedBuilds],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          root,
          include: ['tests/**/*.browser.test.ts'],
          globalSetup: [sharedBuilds],
        },
      },
    ],
  },
});
