// False positives of the fresh held-out sets of issue #17 (round 2), each retold in lines we wrote ourselves.
// Which set and kind each comes from: test/fixtures/self-review/field-runs.tsv and the README.
import { describe, expect, it } from 'vitest';
import { added, facts, found } from '../helpers/self-review.ts';

/** A file the diff adds whole: its lines numbered from 1. */
const newFile = (path: string, ...texts: string[]) => ({
  path,
  lines: texts.map((text, i) => ({ line: 1 + i, text })),
});

describe('round 2b: false positives of the first fresh set, retold in our own lines', () => {
  it('type-test and *-tests files, playground and scratch files, tree-shaking and size-check packages may print', () => {
    const f = facts(
      added('typings/shop-tests.ts', 'console.log(cart.total);'),
      added('src/parser-test.js', 'console.log(tree);'),
      added('play.ts', 'console.log(schema.parse(input));'),
      added('packages/core/scratch.ts', 'console.log(result);'),
      added('packages/treeshake/named-import.ts', 'console.log(schema.parse(x));'),
      added('packages/size-check/entry.js', 'console.log(app);'),
    );
    expect(found(f)).toEqual([]);
  });

  it('but a player, a contest or a latest.ts is read', () => {
    const f = facts(
      added('src/player/playback.ts', 'console.log(track);'),
      added('src/contest.ts', 'console.log(entry);'),
      added('src/latest.ts', 'console.log(items);'),
    );
    expect(found(f)).toEqual([
      'debug-output@src/player/playback.ts:10:warning',
      'debug-output@src/contest.ts:10:warning',
      'debug-output@src/latest.ts:10:warning',
    ]);
  });

  it('import pdb used as a library is no breakpoint; a lone import pdb still is', () => {
    const f = facts(
      added('src/shop/runner.py', 'import pdb', '', 'old_init = pdb.Pdb.__init__'),
      added('src/shop/debug.py', 'import ipdb', 'ipdb.post_mortem(tb)'),
      added('src/shop/cart.py', 'import pdb', 'total = sum(items)'),
      added('src/shop/pay.py', 'import pdb', 'pdb.set_trace()'),
    );
    expect(found(f)).toEqual([
      'debugger@src/shop/cart.py:10:warning',
      'debugger@src/shop/pay.py:10:warning',
      'debugger@src/shop/pay.py:11:warning',
    ]);
  });

  it('var_dump captured by ob_start() is turned into a string, not printed', () => {
    const f = facts(
      added(
        'src/Describe.php',
        '        \\ob_start();',
        '        \\var_dump($value);',
        '        return \\ob_get_clean();',
      ),
      added('src/Cart.php', '        var_dump($items);'),
    );
    expect(found(f)).toEqual(['debug-output@src/Cart.php:10:warning']);
  });

  it('keys of examples, fixtures and tests are demo keys, committed on purpose', () => {
    const key = ['-----BEGIN PRIVATE KEY-----', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7'];
    const f = facts(
      added('examples/tls/certs/key.pem', ...key),
      added('_fixture/certs/key.pem', ...key),
      added('tests/tls/key.pem', ...key),
      added('deploy/key.pem', ...key),
    );
    expect(found(f)).toEqual(['private-key@deploy/key.pem:10:error']);
  });
});

describe('round 2c: false positives of the second fresh set, retold in our own lines', () => {
  it('a logger object’s own log method may print', () => {
    const f = facts(
      added(
        'src/output.ts',
        '  makeLogger() {',
        '    return {',
        '      log: (...parts: unknown[]) => {',
        '        if (!this.quiet) console.log(...parts);',
        '      },',
      ),
      added('src/cart.ts', '  return {', '    total: (items: Item[]) => {', '      console.log(items);'),
    );
    expect(found(f)).toEqual(['debug-output@src/cart.ts:12:warning']);
  });

  it('ESLint turned off for the rest of the file (all rules, or no-console/no-debugger) is obeyed', () => {
    const f = facts(
      newFile('src/wasm/bindings.js', '/* eslint-disable */', 'const imports = {', '  debugger() {', '    debugger;'),
      newFile('src/banner.js', '/* eslint-disable no-console */', 'console.log(banner);'),
      newFile('src/step.js', '/* eslint-disable no-debugger */', 'debugger;', 'console.log(step);'),
      newFile('src/half.js', '/* eslint-disable */', 'console.log(a);', '/* eslint-enable */', 'console.log(b);'),
      newFile('src/other.js', '/* eslint-disable no-alert */', 'console.log(c);'),
    );
    expect(found(f)).toEqual([
      'debug-output@src/step.js:3:warning',
      'debug-output@src/half.js:4:warning',
      'debug-output@src/other.js:2:warning',
    ]);
  });
});

describe('round 2d: false positives of the third fresh set, retold in our own lines', () => {
  it('conflict markers in test fixtures (any case) are test input; elsewhere they fail', () => {
    const conflict = ['<<<<<<< HEAD', '  "version": "1.0.0"', '=======', '  "version": "1.1.0"', '>>>>>>> topic'];
    const f = facts(
      added('tests/Lock/Fixtures/merge-conflict.txt', ...conflict),
      added('test/fixtures/conflict.json', ...conflict),
      added('src/config.json', ...conflict),
    );
    expect(found(f)).toEqual([
      'conflict-marker@src/config.json:10:error',
      'conflict-marker@src/config.json:12:error',
      'conflict-marker@src/config.json:14:error',
    ]);
  });

  it('benchmark folders of any spelling and npm-init scaffolders (create-*) may print', () => {
    const f = facts(
      added('benchmarking/run.js', 'console.log(row);'),
      added('benches/parse.js', 'console.log(ms);'),
      added('packages/create-shop/src/index.ts', 'console.log(helpText);'),
    );
    expect(found(f)).toEqual([]);
    expect(found(facts(added('app/create-post/page.tsx', 'console.log(post);')))).toEqual([
      'debug-output@app/create-post/page.tsx:10:warning',
    ]);
  });

  it('a message after a leading newline is still a message', () => {
    const f = facts(added('src/done.ts', "console.log('\\nReport written to', file);", "console.log('\\n', file);"));
    expect(found(f)).toEqual(['debug-output@src/done.ts:11:warning']);
  });

  it('a debugger statement a linter was told to allow is deliberate', () => {
    const f = facts(
      added('src/probe.js', '  // eslint-disable-next-line no-debugger', '  debugger'),
      added('src/probe2.js', '  debugger // eslint-disable-line no-debugger'),
      added('src/probe3.js', '  // eslint-disable-next-line no-console', '  debugger'),
    );
    expect(found(f)).toEqual(['debugger@src/probe3.js:11:warning']);
  });
});

describe('round 2e: false positives of the fourth fresh set, retold in our own lines', () => {
  it('a Python debugger line a linter was told to allow (noqa: T100, or a bare noqa) is deliberate', () => {
    const f = facts(
      added(
        'src/shop/cli.py',
        '        import ipdb  # noqa: T100',
        '    import pdb  # noqa',
        '    breakpoint()  # noqa: E501,T100',
        '    import pdb  # noqa: E402',
      ),
    );
    expect(found(f)).toEqual(['debugger@src/shop/cli.py:13:warning']);
  });
});

describe('round 2f: false positives of the fifth fresh set, retold in our own lines', () => {
  it('a runner’s own tests of .only in a folder named for it; a readonly folder is no such folder', () => {
    const f = facts(
      added('test/only/global/bdd.spec.js', "it.only('runs just this one', function () {"),
      added('test/focus-mode/tdd.spec.js', "test.only('runs just this one', function () {"),
      added('test/readonly/cart.spec.js', "it.only('adds an item', function () {"),
    );
    expect(found(f)).toEqual(['focused-test@test/readonly/cart.spec.js:10:error']);
  });

  it('output behind a DEBUG ? … : or DEBUG && switch is deliberate', () => {
    const f = facts(
      added('src/watch.ts', 'const timer = DEBUG', '  ? setInterval(() => {', '      console.log(`${n} pending`);'),
      added('src/trace.ts', 'options.verbose && console.log(step);'),
      added('src/cart.ts', 'items.length && console.log(items);'),
    );
    expect(found(f)).toEqual(['debug-output@src/cart.ts:10:warning']);
  });

  it('performance folders may print; keys under any test* folder are test keys; a [tag] before a message is fine', () => {
    const key = [
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
    ];
    const f = facts(
      added('__performance_tests__/add.mjs', 'console.log(`${name}: ${ms}ms`)'),
      added('perf/large.js', 'console.log(ms)'),
      added('test_files/sftp/id_rsa', ...key),
      added('src/restart.ts', 'console.log(`[restart] Relaunching with ${flags}`);', "console.log('[cart]', cart);"),
    );
    expect(found(f)).toEqual(['debug-output@src/restart.ts:11:warning']);
  });
});

describe('round 2g: false positives of the sixth fresh set, retold in our own lines', () => {
  it('Rust test code may print: tests.rs files and code below #[cfg(test)]; a crate’s own path-qualified dbg! is not std’s', () => {
    const f = facts(
      added('shop/src/cart/tests.rs', '    assert_eq!(dbg!(cart).total(), 3);'),
      added('shop/src/price.rs', '#[cfg(test)]', 'mod tests {', '    fn rounds() {', '        dbg!(&price);'),
      added('shop-macros/src/lib.rs', '        $crate::dbg!(level: Level::DEBUG, $ex)'),
      added('shop/src/total.rs', '    let t = dbg!(sum(items));'),
    );
    expect(found(f)).toEqual(['debug-output@shop/src/total.rs:10:warning']);
  });
});
