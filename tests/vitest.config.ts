import { configDefaults, defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Three suites, one config (run one with `--project <name>`):
// - unit: modules on their own, no site build (src/ and scripts/ test files);
// - build: the real `astro build` over the bundled casebook and the fixtures;
// - browser: headless Chromium over built sites.
// The build and browser suites share one build of the bundled casebook
// (tests/helpers/global-build.ts builds it at most once per run, whichever of
// the two projects asks first); the unit suite never builds.
const root = fileURLToPath(new URL('..', import.meta.url));
const sharedBuild = 'tests/helpers/global-build.ts';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root,
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          root,
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/**/*.browser.test.ts'],
          globalSetup: [sharedBuild],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          root,
          include: ['tests/**/*.browser.test.ts'],
          globalSetup: [sharedBuild],
        },
      },
    ],
  },
});
