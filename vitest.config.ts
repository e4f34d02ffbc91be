import { defineConfig } from 'vitest/config';

// Two projects, so nobody is fooled about what a run tested:
// - source: rules, inputs, facts, the CLI, the architecture and the report in a browser, on the TypeScript sources
//   (no build needed);
// - build: test/e2e/ and the newcomer walk, which run the built dist/ (bundles as separate processes, the packed
//   CLI) — `npm run test:e2e` builds first.
// test/unit/vitest-projects.test.ts fails when a test file is in neither.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The e2e tests mostly wait on child processes and the fake API: 3 files at a time on 2 cores (the default,
    // cores - 1, ran them one after the other).
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: {
          name: 'source',
          include: [
            'test/unit/**/*.test.ts',
            'test/cli/**/*.test.ts',
            'test/architecture/**/*.test.ts',
            'test/browser/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['test/e2e/**/*.test.ts', 'test/newcomer/**/*.test.ts'],
          // These start real processes (bundles, git, formatters, npm): a busy 2-core machine can take minutes,
          // so a slow run is not mistaken for a hang. Speed is measured in `npm run bench`, never here.
          testTimeout: 180_000,
        },
      },
    ],
  },
});
