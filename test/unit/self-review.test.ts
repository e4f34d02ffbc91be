import { describe, expect, it } from 'vitest';
import { added, facts, found, settings } from '../helpers/self-review.ts';
import { selfReviewVerdict } from '../../src/checks/self-review.ts';
import { addedLinesOfGitDiff, addedLinesOfPatch } from '../../src/facts/self-review-patch.ts';

describe('self-review rules on lines we wrote', () => {
  it('debug output in JS/TS app code warns on the exact line; strings, comments and CLIs do not count', () => {
    const f = facts(
      added('src/cart.ts', 'const total = sum(items);', '  console.log("total", total);'),
      added('src/log.ts', 'const hint = "call console.log(x) to see it";', '// console.log(total)'),
      added('scripts/release.ts', 'console.log("released");'),
      added('src/cli/main.ts', 'console.log(usage);'),
      added('src/cart.test.ts', 'console.log(result);'),
    );
    expect(found(f)).toEqual(['debug-output@src/cart.ts:11:warning']);
    const a = selfReviewVerdict(f, settings()).annotations[0]!;
    expect(a).toMatchObject({ level: 'warning', file: 'src/cart.ts', line: 11 });
    expect(a.title).toContain('debug-output');
    expect(a.message).toContain('Remove it');
  });

  it('debuggers in JS, Python and Ruby; dbg! in Rust; var_dump and dd in PHP', () => {
    const f = facts(
      added('web/app.js', '  debugger;'),
      added('app/views.py', 'import pdb', '    breakpoint()', '    pdb.set_trace()', '    x.breakpoint()'),
      added('lib/order.rb', '    binding.pry', '    byebug'),
      added('src/main.rs', '    let n = dbg!(count + 1);'),
      added('app/Order.php', '        var_dump($order);', '        dd($request);', '        $this->dd($x);'),
    );
    expect(found(f)).toEqual([
      'debugger@web/app.js:10:warning',
      'debugger@app/views.py:10:warning',
      'debugger@app/views.py:11:warning',
      'debugger@app/views.py:12:warning',
      'debugger@lib/order.rb:10:warning',
      'debugger@lib/order.rb:11:warning',
      'debug-output@src/main.rs:10:warning',
      'debug-output@app/Order.php:10:warning',
      'debug-output@app/Order.php:11:warning',
    ]);
  });

  it('focused tests fail by default: .only, fit, fdescribe, RSpec focus; map.fit(bounds) does not count', () => {
    const f = facts(
      added(
        'test/cart.test.ts',
        "describe.only('cart', () => {",
        "  it.only('adds', () => {});",
        "test.describe.only('x', f);",
      ),
      added('spec/cart_spec.js', "fit('adds up', () => {});", "fdescribe('cart', () => {});", 'map.fit(bounds);'),
      added('spec/order_spec.rb', "  fit 'totals' do", "  it 'ships', focus: true do"),
    );
    expect(found(f)).toEqual([
      'focused-test@test/cart.test.ts:10:error',
      'focused-test@test/cart.test.ts:11:error',
      'focused-test@test/cart.test.ts:12:error',
      'focused-test@spec/cart_spec.js:10:error',
      'focused-test@spec/cart_spec.js:11:error',
      'focused-test@spec/order_spec.rb:10:error',
      'focused-test@spec/order_spec.rb:11:error',
    ]);
    expect(selfReviewVerdict(f, settings()).conclusion).toBe('failure');
  });

  it('conflict markers in any file; a lone ======= under a Markdown heading is not one', () => {
    const f = facts(
      added('src/a.ts', '<<<<<<< HEAD', 'const a = 1;', '=======', 'const a = 2;', '>>>>>>> feature'),
      added('docs/guide.md', 'Install', '======='),
    );
    expect(found(f)).toEqual([
      'conflict-marker@src/a.ts:10:error',
      'conflict-marker@src/a.ts:12:error',
      'conflict-marker@src/a.ts:14:error',
    ]);
  });

  it('private keys need key material after the header; a prefix check in code is not a key', () => {
    const body = 'MIIEowIBAAKCAQEAzq1mzW8pQxk3v7TYdummykeybytesnotreal0123456789ab';
    const f = facts(
      added('config/deploy.pem', '-----BEGIN RSA PRIVATE KEY-----', body, '-----END RSA PRIVATE KEY-----'),
      added('src/keys.go', `const k = "-----BEGIN PRIVATE KEY-----\\n${body}"`),
      added('src/pem.ts', "if (text.startsWith('-----BEGIN PRIVATE KEY-----')) return true;"),
      added('internal/testdata/key.pem', '-----BEGIN EC PRIVATE KEY-----', body),
    );
    expect(found(f)).toEqual(['private-key@config/deploy.pem:10:error', 'private-key@src/keys.go:10:error']);
  });

  it('off by default: TODO without an issue and print calls; enable turns them on', () => {
    const f = facts(
      added('app/jobs.py', '# TODO: retry later', '# TODO(#42): batch', 'print(job)'),
      added('cmd/tool/run.go', 'fmt.Println("x")'),
      added('pkg/store/put.go', 'fmt.Println(key) // FIXME see JIRA-12', '// FIXME handle nil'),
    );
    expect(found(f)).toEqual([]);
    expect(found(f, { enable: 'todo-without-issue, print-call' })).toEqual([
      'todo-without-issue@app/jobs.py:10:warning',
      'print-call@app/jobs.py:12:warning',
      'print-call@pkg/store/put.go:10:warning',
      'todo-without-issue@pkg/store/put.go:11:warning',
    ]);
  });

  it('the inline marker allows a line; disable, fail-on and exempt-paths change what is found and how', () => {
    const f = facts(
      added('src/a.ts', 'console.log(a); // self-review: allow', 'console.log(b);'),
      added('ops/gen.ts', 'console.log(c);'),
    );
    expect(found(f)).toEqual(['debug-output@src/a.ts:11:warning', 'debug-output@ops/gen.ts:10:warning']);
    expect(found(f, { 'exempt-paths': 'debug-output: [ops/**]' })).toEqual(['debug-output@src/a.ts:11:warning']);
    expect(found(f, { 'exempt-paths': 'all: src/**' })).toEqual(['debug-output@ops/gen.ts:10:warning']);
    expect(found(f, { disable: 'debug-output' })).toEqual([]);
    const failing = selfReviewVerdict(f, settings({ 'fail-on': 'debug-output' }));
    expect(failing.conclusion).toBe('failure');
    expect(failing.annotations.map((a) => a.level)).toEqual(['error', 'error']);
    expect(selfReviewVerdict(facts(added('a.ts', 'it.only("x")')), settings({ 'fail-on': 'none' })).conclusion).toBe(
      'success',
    );
  });

  it('bad rule ids and paths are one-line errors naming the input and the allowed ids', () => {
    expect(() => settings({ enable: 'debug-output, console-log' })).toThrow(
      /^Input 'enable' is "debug-output, console-log": "console-log" is not a rule id\. Allowed: comma-separated rule ids from: debug-output, debugger, focused-test, conflict-marker, private-key, todo-without-issue, print-call \(or none\)\.$/,
    );
    expect(() => settings({ 'fail-on': 'focus' })).toThrow(/^Input 'fail-on' is "focus": "focus" is not a rule id/);
    expect(() => settings({ 'exempt-paths': 'dbg: x/**' })).toThrow(
      /^Input 'exempt-paths' is .*"dbg" is not a rule id/,
    );
    expect(() => settings({ 'exempt-paths': 'all: "[x"' })).toThrow(/malformed/);
  });

  it('outputs findings (JSON) and count; unread files make it neutral, never green', () => {
    const v = selfReviewVerdict(facts(added('src/a.ts', 'console.log(1)')), settings());
    expect(v.outputs.count).toBe('1');
    expect(JSON.parse(v.outputs.findings!)).toEqual([
      { rule: 'debug-output', path: 'src/a.ts', line: 10, level: 'warning', match: 'console.log(' },
    ]);
    expect(v.conclusion).toBe('success');
    const partial = selfReviewVerdict({ ...facts(), unread: [{ path: 'big.sql', reason: 'no patch' }] }, settings());
    expect(partial.conclusion).toBe('neutral');
    expect(partial.annotations[0]!.message).toContain('big.sql');
  });

  it('vendored, built and ignored files are not read', () => {
    const f = facts(
      added('vendor/lib/x.js', 'console.log(1)'),
      added('web/dist/app.js', 'console.log(1)'),
      added('web/app.min.js', 'console.log(1)'),
      added('gen/api.ts', 'console.log(1)'),
    );
    expect(found(f, { ignore: 'gen/**' })).toEqual([]);
  });
});

describe('added lines from diffs', () => {
  it('numbers a patch’s added lines as in the new file, context lines marked', () => {
    const patch = '@@ -1,3 +1,4 @@\n a\n-b\n+B\n+C\n c\n@@ -20 +21,2 @@ export function total() {\n+x\n+y';
    const scope = 'export function total() {';
    expect(addedLinesOfPatch(patch)).toEqual([
      { line: 1, text: 'a', context: true, scope: '' },
      { line: 2, text: 'B', scope: '' },
      { line: 3, text: 'C', scope: '' },
      { line: 4, text: 'c', context: true, scope: '' },
      { line: 21, text: 'x', scope },
      { line: 22, text: 'y', scope },
    ]);
  });

  it('reads git diff output: several files, a quoted path, +++ inside a hunk, binary files skipped', () => {
    const diff = [
      'diff --git a/src/a.ts b/src/a.ts',
      '--- a/src/a.ts',
      '+++ b/src/a.ts',
      '@@ -0,0 +1,2 @@',
      '+one',
      '+++ two',
      'diff --git "a/we ird\\tname.js" "b/we ird\\tname.js"',
      'new file mode 100644',
      '--- /dev/null',
      '+++ "b/we ird\\tname.js"',
      '@@ -0,0 +5 @@',
      '+x',
      'diff --git a/logo.png b/logo.png',
      'Binary files a/logo.png and b/logo.png differ',
    ].join('\n');
    expect(addedLinesOfGitDiff(diff)).toEqual([
      {
        path: 'src/a.ts',
        lines: [
          { line: 1, text: 'one', scope: '' },
          { line: 2, text: '++ two', scope: '' },
        ],
      },
      { path: 'we ird\tname.js', lines: [{ line: 5, text: 'x', scope: '' }] },
    ]);
  });
});
