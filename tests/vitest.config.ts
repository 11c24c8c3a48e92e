import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // Builds the bundled casebook once for every test file that reads dist output.
    globalSetup: ['tests/helpers/global-build.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
