// False positives found by running self-review over real commits, each retold in lines we wrote ourselves.
import { describe, expect, it } from 'vitest';
import { added, facts, found } from '../helpers/self-review.ts';

describe('false positives found on real commits, retold in our own lines', () => {
  it('build and CI scripts, test-ish folders and mocks may print', () => {
    const f = facts(
      added('.ci/release.ts', 'console.log(`released ${tag}`);'),
      added('build/strip-types.ts', 'console.log(`stripped in ${ms} ms`);'),
      added('integration-tests/node/server.ts', "console.log('request seen');"),
      added('src/__mocks__/store.ts', "console.log('mock store hit');"),
    );
    expect(found(f)).toEqual([]);
  });

  it('output a linter was told to allow, or behind a debug/verbose switch, is deliberate', () => {
    const f = facts(
      added('src/watch.ts', '  // eslint-disable-next-line no-console', "  console.log('watching');"),
      added('src/serve.ts', "console.info(x); console.log('up'); // eslint-disable-line no-console"),
      added('src/pick.ts', '    if (settings.verbose) {', '      console.log(`picked ${name}`);', '    }'),
      added(
        'src/env.ts',
        '  if (process.env.SHOP_DEBUG) {',
        '    store.on("ready", () => {',
        "      console.log('ready')",
      ),
      added('app/run.py', 'print(result)  # noqa: T201'),
    );
    expect(found(f, { enable: 'print-call' })).toEqual([]);
  });

  it('playgrounds, explorers, type tests and the project’s own logger files may print', () => {
    const f = facts(
      added('packages/shop-playground/src/App.vue', "console.log('rendered');"),
      added('tools/query-explorer/src/main.ts', 'console.log(plan);'),
      added('test-types/cart.test-d.ts', 'console.log(cart.total);'),
      added('src/util/logger.ts', 'console.log(...parts);'),
      added('src/runtime/warning.ts', 'console.log(...lines);'),
    );
    expect(found(f)).toEqual([]);
  });

  it('a formatted or capitalised message is written for a reader; a bare value or a lowercase tag is debugging', () => {
    const f = facts(
      added(
        'src/report.ts',
        "console.log('Cart saved for', user.name);",
        'console.log(`\\x1b[33m[shop] %s\\x1b[0m`, msg);',
        "console.log('%s items', n);",
        "console.log('saved', cart);",
        'console.log(cart);',
        "console.log('Cart');",
      ),
    );
    expect(found(f)).toEqual([
      'debug-output@src/report.ts:13:warning',
      'debug-output@src/report.ts:14:warning',
      'debug-output@src/report.ts:15:warning',
    ]);
  });

  it('context lines count for suppressions and lexer state but are never reported', () => {
    const ctx = (line: number, text: string) => ({ line, text, context: true });
    const f = facts(
      {
        path: 'src/watch.ts',
        lines: [ctx(1, '  // eslint-disable-next-line no-console'), { line: 2, text: "  console.log('ready');" }],
      },
      { path: 'src/doc.ts', lines: [ctx(1, '/*'), { line: 2, text: 'console.log(example)' }, ctx(3, '*/')] },
      { path: 'src/old.ts', lines: [ctx(1, 'console.log(old);'), { line: 2, text: 'export const b = 2;' }] },
    );
    expect(found(f)).toEqual([]);
  });

  it('a debug helper’s own definition and body, built copies, benchmarks and test.* files', () => {
    const f = facts(
      added(
        'src/Http/Reply.php',
        '    public function dd($key = null)',
        '    {',
        '        dd($this->body($key));',
        '    }',
      ),
      added('src/Http/Page.php', '    public function render()', '    {', '        dd($this->body());'),
      added('deno_dist/router.ts', 'console.log(route)'),
      added('benchmark/run.js', 'console.log(await res.text())'),
      added('test.js', 'console.log(res.statusCode)'),
    );
    expect(found(f)).toEqual(['debug-output@src/Http/Page.php:12:warning']);
  });

  it('a function named for printing may print: its definition above, or the hunk header naming it', () => {
    const f = facts(
      added(
        'src/dev.ts',
        'export const showTable = (rows: Row[]) => {',
        '  for (const r of rows) {',
        '    console.log(r.name)',
      ),
      {
        path: 'src/dev2.ts',
        lines: [{ line: 40, text: '    console.log(r.path)', scope: 'export function printRoutes(app) {' }],
      },
      {
        path: 'src/dev3.ts',
        lines: [{ line: 40, text: '    console.log(r.path)', scope: 'export function routes(app) {' }],
      },
      {
        path: 'src/auth.ts',
        lines: [{ line: 9, text: '  console.log(user)', scope: 'export function login(user) {' }],
      },
      added('src/boot.ts', '  if (__DEV__ && !warned) {', '    console.log(`experimental: ${name}`)'),
    );
    expect(found(f)).toEqual(['debug-output@src/dev3.ts:40:warning', 'debug-output@src/auth.ts:9:warning']);
  });

  it('a message on the line after console.log( is read too; a label with a colon is a message', () => {
    const f = facts(
      added('src/routes.ts', '    console.log(', '      `\\x1b[32m${method}\\x1b[0m ${path}`', '    )'),
      added('src/validate.ts', "console.log('Deprecated: use query instead.')"),
      added('src/cookie.ts', "console.log('PARTS', parts)"),
    );
    expect(found(f)).toEqual(['debug-output@src/cookie.ts:10:warning']);
  });

  it('a focused test named for skipping the rest is deliberate', () => {
    expect(found(facts(added('test/watch.test.ts', "  test.only('skip these on CI', () => {})")))).toEqual([]);
  });

  it('a test runner’s own tests of .only: fixtures, files named for it, tests whose name speaks of it', () => {
    const f = facts(
      added('test/fixtures/focus/basic.test.ts', "describe.only('picked', () => {"),
      added('test/runner/only-mode.test.ts', "it.only('runs alone', () => {});"),
      added('test/runner/modes.test.ts', "  it.only('only this one runs', () => {});", "  test.only('focus wins', f);"),
    );
    expect(found(f)).toEqual([]);
    expect(found(facts(added('test/cart.test.ts', "it.only('adds two items', () => {});")))).toEqual([
      'focused-test@test/cart.test.ts:10:error',
    ]);
  });
});
