import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { ROOT } from '../helpers/run-dist.ts';

async function run(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await cli(argv, cwd, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function featureRepo(files: Record<string, string>) {
  const repo = makeRepo();
  repo.write('src/cart.ts', 'export const a = 1;\n');
  repo.write('README.md', 'Cart\n');
  const base = repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  for (const [path, text] of Object.entries(files)) repo.write(path, text);
  const head = repo.commit('feature work');
  return { ...repo, base, head };
}

describe('dev-process self-review (local git, no token)', () => {
  it('reads only the added lines: a focused test fails (exit 1), a console.log warns, old lines are not read', async () => {
    const repo = makeRepo();
    repo.write('src/old.ts', 'console.log("was here before");\n');
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('src/old.ts', 'console.log("was here before");\nexport const b = 2;\nconsole.log(b);\n');
    repo.write('test/cart.test.ts', "import { it } from 'vitest';\nit.only('adds', () => {});\n");
    repo.commit('feature');
    const r = await run(['self-review', '--base', 'main', '--json'], repo.dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const v = JSON.parse(r.out);
    expect(JSON.parse(v.outputs.findings)).toEqual([
      { rule: 'debug-output', path: 'src/old.ts', line: 3, level: 'warning', match: 'console.log(' },
      { rule: 'focused-test', path: 'test/cart.test.ts', line: 2, level: 'error', match: 'it.only(' },
    ]);
  });

  it('a script changed below its shebang line prints on purpose; the same change in a module is reported', async () => {
    const body = (n: number) => `const title = read();\n${'// step\n'.repeat(n)}`;
    const repo = makeRepo();
    repo.write('plugins/hook.js', `#!/usr/bin/env node\n${body(6)}`);
    repo.write('src/hook.js', body(6));
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('plugins/hook.js', `#!/usr/bin/env node\n${body(6)}console.log(JSON.stringify({ title }));\n`);
    repo.write('src/hook.js', `${body(6)}console.log(JSON.stringify({ title }));\n`);
    repo.commit('feature');
    const r = await run(['self-review', '--base', 'main', '--json'], repo.dir);
    expect(r.err).toBe('');
    expect(JSON.parse(JSON.parse(r.out).outputs.findings)).toEqual([
      { rule: 'debug-output', path: 'src/hook.js', line: 8, level: 'warning', match: 'console.log(' },
    ]);
  });

  it('warnings only exit 0; --fail-on makes them fail; --disable turns the rule off', async () => {
    const repo = featureRepo({ 'src/cart.ts': 'export const a = 1;\nconsole.debug(a);\n' });
    const plain = await run(['self-review', '--base', 'main'], repo.dir);
    expect(plain.code).toBe(0);
    expect(plain.out).toContain('src/cart.ts:2');
    expect((await run(['self-review', '--base', 'main', '--fail-on', 'debug-output'], repo.dir)).code).toBe(1);
    const off = await run(['self-review', '--base', 'main', '--disable', 'debug-output', '--json'], repo.dir);
    expect(JSON.parse(off.out).outputs.count).toBe('0');
  });

  it('the config file at the base commit adds exempt paths', async () => {
    const repo = makeRepo();
    repo.write('.github/dev-process.yml', 'self-review:\n  exempt-paths:\n    debug-output: [ops/**]\n');
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('ops/gen.ts', 'console.log(1);\n');
    repo.write('src/a.ts', 'console.log(2);\n');
    repo.commit('feature');
    const r = await run(['self-review', '--base', 'main', '--json'], repo.dir);
    expect(JSON.parse(JSON.parse(r.out).outputs.findings).map((f: { path: string }) => f.path)).toEqual(['src/a.ts']);
  });

  it('reads package.json at the head commit: a file its scripts run, and its folder, may print', async () => {
    const repo = featureRepo({
      'package.json': JSON.stringify({ scripts: { release: 'node ops/release.mjs' } }),
      'ops/notes.mjs': 'console.log(1);\n',
      'src/b.ts': 'console.log(2);\n',
    });
    const r = await run(['self-review', '--base', 'main', '--json'], repo.dir);
    expect(JSON.parse(JSON.parse(r.out).outputs.findings).map((f: { path: string }) => f.path)).toEqual(['src/b.ts']);
  });

  it('reads each nested package.json on the way to a printing file (one batched read): workspace scripts may print', async () => {
    const repo = featureRepo({
      'packages/words/package.json': JSON.stringify({ scripts: { check: 'tsx src/check.ts' } }),
      'packages/words/src/check.ts': 'console.log(1);\n',
      'packages/shop/src/b.ts': 'console.log(2);\n',
    });
    const r = await run(['self-review', '--base', 'main', '--json'], repo.dir);
    const paths = JSON.parse(JSON.parse(r.out).outputs.findings).map((f: { path: string }) => f.path);
    expect(paths).toEqual(['packages/shop/src/b.ts']);
  });

  it('reads the base files named like a printing file: a line copied with its neighbours from one is not new', async () => {
    const body =
      'export function shelve(rows, book) {\n  const row = rows.find(book);\n  console.log(row);\n  return row;\n}\n';
    const repo = makeRepo();
    repo.write('www/common/shelf.js', body);
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('src/worker/shelf.js', body);
    repo.write('src/worker/cart.js', body);
    repo.commit('feature');
    const r = await run(['self-review', '--base', 'main', '--json'], repo.dir);
    expect(JSON.parse(JSON.parse(r.out).outputs.findings)).toEqual([
      { rule: 'debug-output', path: 'src/worker/cart.js', line: 3, level: 'warning', match: 'console.log(' },
    ]);
  });

  it('a bad rule id is one line naming the flag and the allowed ids, exit code from the built CLI', () => {
    const repo = featureRepo({ 'src/cart.ts': 'x\n' });
    const p = spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'self-review', '--enable', 'todo'], {
      cwd: repo.dir,
      encoding: 'utf8',
    });
    expect(p.stdout).toBe('');
    expect(p.stderr.trim().split('\n')).toHaveLength(1);
    expect(p.stderr).toMatch(/--enable|'enable'/);
    expect(p.stderr).toContain('"todo" is not a rule id');
    expect(p.stderr).toContain('todo-without-issue');
    expect(p.status).not.toBe(0);
  });
});
