// Round 12 of issue #17: held-out set 16's largest false-positive kind, Node scripts that start with a shebang
// printing their results, changed below their first line. Retold in lines we wrote ourselves. Counts: README
// (self-review section) and field-runs.tsv.
import { describe, expect, it } from 'vitest';
import { shebangsFromGit, withShebangs } from '../../src/facts/self-review-shebang.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { added, facts, found } from '../helpers/self-review.ts';

const hook = added(
  'plugins/title/on_page.js',
  'const title = readTitle(page);',
  'console.log(JSON.stringify({ title }));',
);

describe('a file that starts with a shebang is a script, also when the change is below its first line', () => {
  it('output in a changed script whose first line (read from the head commit) is a shebang is not reported', () => {
    const files = withShebangs([hook, added('src/title.js', 'console.log(title);')], {
      'plugins/title/on_page.js': '#!/usr/bin/env node',
    });
    expect(files[0]!.lines[0]).toEqual({ line: 1, text: '#!/usr/bin/env node', context: true });
    expect(found(facts(...files))).toEqual(['debug-output@src/title.js:10:warning']);
    expect(found(facts(hook))).toEqual(['debug-output@plugins/title/on_page.js:11:warning']);
  });

  it('a Rust inner attribute (#![forbid(…)]) on line 1 is not a shebang: dbg! below it is reported', () => {
    const lib = {
      path: 'src/main.rs',
      lines: [
        { line: 1, text: '#![forbid(unsafe_code)]' },
        { line: 2, text: 'fn main() { dbg!(x); }' },
      ],
    };
    expect(found(facts(lib))).toEqual(['debug-output@src/main.rs:2:warning']);
    expect(withShebangs([hook], { 'plugins/title/on_page.js': '#![forbid(unsafe_code)]' })).toEqual([hook]);
  });

  it('a file whose diff already holds line 1 is left as it is', () => {
    const whole = {
      path: 'bin/run.js',
      lines: [
        { line: 1, text: '#!/usr/bin/env node' },
        { line: 2, text: 'console.log(1);' },
      ],
    };
    expect(withShebangs([whole], { 'bin/run.js': '#!/usr/bin/env node' })).toEqual([whole]);
    expect(found(facts(whole))).toEqual([]);
  });
});

describe('shebangsFromGit reads the first line of files at the head commit', () => {
  it('returns the shebang lines only, for the paths asked about', async () => {
    const r = makeRepo();
    r.write('plugins/hook.js', '#!/usr/bin/env node\nconsole.log(1);\n');
    r.write('src/app.js', 'console.log(2);\n');
    r.write('src/lib.rs', '#![forbid(unsafe_code)]\n');
    const head = r.commit('head');
    const got = await shebangsFromGit(r.dir, head, ['plugins/hook.js', 'src/app.js', 'src/lib.rs', 'src/gone.js']);
    expect(got).toEqual({ 'plugins/hook.js': '#!/usr/bin/env node' });
  });
});

describe('package-manager install folders are vendored code, as node_modules is', () => {
  it('bower_components/ and jspm_packages/ are not read by any rule', () => {
    const debug = ['console.log(picker);', '-----BEGIN RSA PRIVATE KEY-----'];
    const f = facts(
      added('dashboard/public/bower_components/datepicker/docs/debug.js', ...debug),
      added('web/jspm_packages/npm/chart/index.js', ...debug),
      added('dashboard/public/js/picker.js', 'console.log(picker);'),
    );
    expect(found(f)).toEqual(['debug-output@dashboard/public/js/picker.js:10:warning']);
  });
});
