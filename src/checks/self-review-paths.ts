/**
 * Paths where self-review's rules do not apply: vendored and built code (no rule), and per rule the
 * places whose output, breakpoints, markers or keys are their purpose. Each entry comes from a false
 * positive found on real commits (README, self-review section). Pure data.
 */

/** Paths no rule reads: vendored and built code. */
export const EXEMPT_ALL = [
  ...['**/vendor/**', '**/node_modules/**', '**/third_party/**', '**/bower_components/**', '**/jspm_packages/**'],
  ...['**/dist/**', '**/*_dist/**', '**/*-dist/**', '**/*.min.*'],
];

export const TESTS = [
  ...['test/**', 'tests/**', '**/test/**', '**/tests/**', '**/__tests__/**', '**/*.test.*', '**/*.spec.*'],
  ...['**/*-test/**', '**/*-tests/**', '**/*_tests/**', '**/spec/**', '**/*_spec.*', '**/*_test.*'],
  ...['**/__mocks__/**', '**/mocks/**', '**/mock.*', '**/fixtures/**', 'test-*/**', '**/test-*/**', '**/*.test-d.*'],
  ...['**/test.*', '**/tests.*', '**/testing/**', '**/*-test.*', '**/*-tests.*', '**/*_tests.*', '**/*.tests.*'],
  ...['**/cypress/**', '**/playwright/**'],
];
export const TOOLS = [
  ...['scripts/**', '**/scripts/**', 'bin/**', '**/bin/**', '**/cli/**', '**/cli.*', '**/*.config.*'],
  // A package named for its command line: cli-v3/, shop-cli/.
  ...['**/cli-*/**', '**/*-cli/**'],
  ...['.*/**', 'build/**', '**/build/**', '**/gulpfile.*', '**/Gruntfile.*', '**/packages/create-*/**'],
  // Root-level folders of a project's own tooling (script/ is the GitHub "scripts to rule them all" name).
  ...['script/**', 'tools/**'],
  // Database seed scripts and one-off migration scripts run by hand: they report to the operator.
  ...['**/prisma/seed*', '**/prisma/seed/**', '**/seed.*', '**/seeds/**', '**/seeders/**'],
  ...['**/migrate*.*', '**/migration.*', '**/migrations/**'],
];
export const SAMPLES = [
  ...['**/examples/**', '**/example/**', '**/*-examples/**', '**/*_examples/**', '**/bench*/**', '**/e2e/**'],
  // A sample folder named so: example-plugins/, example-app/, shop-example/.
  ...['**/example-*/**', '**/*-example/**'],
  // Storybook stories, either naming (Cart.stories.tsx, Cart.story.tsx).
  ...['**/*.stories.*', '**/*.story.*', '**/stories/**'],
  ...['**/*playground*/**', '**/*explorer*/**', '**/demo/**', '**/demos/**', '**/sandbox/**'],
  // A demo app named so: device-demo-app/, demo-site/, shop-demo/.
  ...['**/*-demo-*/**', '**/demo-*/**', '**/*-demo/**'],
  ...['**/play.*', '**/playground.*', '**/scratch.*', '**/sandbox.*', '**/*performance*/**', '**/perf/**'],
  // Bundle-size and tree-shaking measurement: their entry files print to keep values alive.
  ...['**/*treeshak*/**', '**/*tree-shak*/**', '**/size-check/**', '**/*bundle-size*/**'],
];
/** The project's own output layer. */
export const LOGGERS = ['**/log.*', '**/logger.*', '**/logging.*', '**/warning.*', '**/warnings.*', '**/console.*'];

/**
 * Demo keys committed on purpose: tests and test data (any folder starting with test, an RSpec spec/ suite,
 * test files), the CI set-up's own (ci/, ci-config/), fixtures, examples.
 */
export const KEY_SAMPLES = [
  ...['**/test*/**', '**/spec/**', '**/ci/**', '**/ci-*/**', '**/*fixture*/**', '**/example{,s}/**'],
  ...['**/*_test.*', '**/*.test.*', '**/*.spec.*', '**/*_spec.*', '**/test_*.*'],
  // Test classes and helpers named so: CartTest.java, CartTests.cs, shopTestUtils.ts, testKeys.ts, sign-test.js.
  ...['**/*Test.*', '**/*Tests.*', '**/*Test[A-Z]*.*', '**/test[A-Z]*.*', '**/*-test.*'],
  // Self-signed keys for a local dev server, and the test environment's settings: self-signed-key.pem, .env.test.
  ...['**/*self[-_]signed*', '**/*self[-_]signed*/**', '**/.env.test*'],
];

/** Merge-conflict markers in test data are the input of a tool's own conflict handling. */
export const CONFLICT_SAMPLES = ['**/testdata/**', '**/*fixture*/**', '**/*Fixture*/**'];
