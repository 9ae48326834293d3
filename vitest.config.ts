import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      // The same `~/` alias as tsconfig.json, for tests that import from src/.
      '~': fileURLToPath(new URL('./src', import.meta.url)),
      // Unit tests of the catalogue read collections from a stand-in (tests/helpers/astro-content.ts).
      'astro:content': fileURLToPath(new URL('./tests/helpers/astro-content.ts', import.meta.url)),
    },
  },
  test: {
    // Two test files at a time, whatever the core count: Vitest's default (cores − 1) runs a
    // 2-core machine one file at a time, and most of a browser or build test is waiting on
    // Chromium or on an `astro build` child process. Builds still take turns (the build lock).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // A few unit tests run the CLIs in a child process (tests/unit/scripts/): seconds each.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
