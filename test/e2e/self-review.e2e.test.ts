import { afterEach, describe, expect, it } from 'vitest';
import { apiFile, type ApiFile, type FakeGitHub } from '../fake-github/server.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { runOnPull, type PullCheckOptions } from '../helpers/pull-check.ts';

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const patched = (path: string, patch: string, additions: number): ApiFile =>
  apiFile(path, additions, 0, 'modified', { patch });

const run = (files: ApiFile[], o: PullCheckOptions = {}) =>
  runOnPull(servers, 'self-review', files, { number: 21, ...o });

const cart = patched('src/cart.ts', '@@ -4,2 +4,3 @@\n const a = 1;\n+console.log(a);\n const b = 2;', 1);
const focused = patched('test/cart.test.ts', "@@ -0,0 +1,2 @@\n+import { it } from 'vitest';\n+it.only('adds', f);", 2);

/** A shelve() with a console.log, five lines long. */
const shelf = [
  'export function shelve(rows, book) {',
  '  const row = rows.find(book);',
  '  console.log(row);',
  '  return row;',
  '}',
];

/** A checkout whose base has www/common/shelf.js and whose head copies it to src/worker/{shelf,cart}.js, plus `more`. */
function shelfRepo(more: Record<string, string> = {}) {
  const repo = makeRepo();
  repo.write('www/common/shelf.js', shelf.join('\n') + '\n');
  const base = repo.commit('base');
  for (const [path, text] of Object.entries({ ...more, 'src/worker/shelf.js': '', 'src/worker/cart.js': '' }))
    repo.write(path, text || shelf.join('\n') + '\n');
  return { repo, base, head: repo.commit('head') };
}

describe('self-review e2e (dist/self-review/index.js against the fake API)', () => {
  it('a focused test fails and a console.log warns, each on its exact line; outputs findings and count', async () => {
    const r = await run([cart, focused]);
    expect(r.code).toBe(1);
    expect(r.outputs.count).toBe('2');
    expect(JSON.parse(r.outputs.findings!)).toEqual([
      { rule: 'debug-output', path: 'src/cart.ts', line: 5, level: 'warning', match: 'console.log(' },
      { rule: 'focused-test', path: 'test/cart.test.ts', line: 2, level: 'error', match: 'it.only(' },
    ]);
    const where = r.annotations.map((a) => [a.command, a.properties.file, a.properties.line]);
    expect(where).toEqual([
      ['error', 'test/cart.test.ts', '2'],
      ['warning', 'src/cart.ts', '5'],
    ]);
    expect(r.annotations[0]!.message).toContain('Focused test');
    expect(r.summary).toContain('## Self\\-review: **2 findings** \\(1 failing\\)');
    expect(r.gh.requests.every((q) => q.method === 'GET')).toBe(true);
  });

  it('clean lines pass; the root action runs it with check: self-review', async () => {
    const clean = patched('src/a.ts', '@@ -0,0 +1 @@\n+export const hint = "console.log(x)";', 1);
    for (const entry of ['self-review', 'root']) {
      const r = await run([clean], { entry, inputs: entry === 'root' ? { check: 'self-review' } : {} });
      expect(r.code, r.stderr).toBe(0);
      expect(r.outputs).toEqual({ findings: '[]', count: '0' });
      expect(r.stdout).toContain('self-review: success');
    }
  });

  it('a file GitHub gives no patch for is named, and the run is neutral, not green, without a checkout', async () => {
    const big = apiFile('db/seed.sql', 40_000, 0, 'modified', { patch: undefined });
    delete big.patch;
    const r = await run([cart, big]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('self-review: neutral');
    expect(r.annotations.some((a) => a.command === 'warning' && a.message.includes('db/seed.sql'))).toBe(true);
    expect(r.summary).toContain('`db/seed.sql`');
  });

  it('with a checkout holding both commits, files without a patch are read from git', async () => {
    const repo = makeRepo();
    repo.write('src/big.ts', 'export const a = 1;\n');
    const base = repo.commit('base');
    repo.write('src/big.ts', 'export const a = 1;\ndebugger;\n');
    const head = repo.commit('head');
    const big = apiFile('src/big.ts', 1);
    delete big.patch;
    const r = await run([big], { workspace: repo.dir, payload: { baseSha: base, headSha: head } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.findings!)).toEqual([
      { rule: 'debugger', path: 'src/big.ts', line: 2, level: 'warning', match: 'debugger;' },
    ]);
    expect(r.stdout).toContain('self-review: success');
  });

  it('files read from the checkout (no patch) get the same package.json scripts and namesakes as patched ones', async () => {
    const { repo, base, head } = shelfRepo({ 'packages/tool/lib/publish.js': 'console.log(version);\n' });
    const noPatch = (path: string, additions: number): ApiFile => {
      const f = apiFile(path, additions, 0, 'added');
      delete f.patch;
      return f;
    };
    const files = [
      noPatch('packages/tool/lib/publish.js', 1),
      noPatch('src/worker/shelf.js', 5),
      noPatch('src/worker/cart.js', 5),
    ];
    const r = await run(files, {
      workspace: repo.dir,
      payload: { baseSha: base, headSha: head },
      contents: {
        [`${head}:packages/tool/package.json`]: JSON.stringify({ scripts: { release: 'node lib/publish.js' } }),
      },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.outputs.findings!)).toEqual([
      { rule: 'debug-output', path: 'src/worker/cart.js', line: 3, level: 'warning', match: 'console.log(' },
    ]);
  });

  it('a script changed below its shebang line is read at the head commit: through the API, or from the checkout', async () => {
    const patch = '@@ -8,2 +8,3 @@\n const title = read();\n+console.log(JSON.stringify({ title }));\n done();';
    const files = [patched('plugins/hook.js', patch, 1), patched('src/hook.js', patch, 1)];
    const hook = '#!/usr/bin/env node\nconst title = read();\n';
    const expected = [{ rule: 'debug-output', path: 'src/hook.js', line: 9, level: 'warning', match: 'console.log(' }];
    const api = await run(files, {
      payload: { headSha: 'c'.repeat(40) },
      contents: {
        [`${'c'.repeat(40)}:plugins/hook.js`]: hook,
        [`${'c'.repeat(40)}:src/hook.js`]: 'const title = read();\n',
      },
    });
    expect(JSON.parse(api.outputs.findings!)).toEqual(expected);
    const repo = makeRepo();
    repo.write('README.md', 'x\n');
    const base = repo.commit('base');
    repo.write('plugins/hook.js', hook);
    repo.write('src/hook.js', 'const title = read();\n');
    const head = repo.commit('head');
    const local = await run(files, { workspace: repo.dir, payload: { baseSha: base, headSha: head } });
    expect(JSON.parse(local.outputs.findings!)).toEqual(expected);
    expect(local.gh.requests.some((q) => q.path.includes('/contents/plugins/hook.js'))).toBe(false);
  });

  it('.github/dev-process.yml at the base commit turns rules on; a bad rule id is one error line, no requests', async () => {
    const py = patched('app/jobs.py', '@@ -0,0 +1 @@\n+print(job)', 1);
    const payload = { baseSha: 'b'.repeat(40) };
    const r = await run([py], {
      payload,
      contents: { [`${'b'.repeat(40)}:.github/dev-process.yml`]: 'self-review:\n  enable: [print-call]\n' },
    });
    expect(r.outputs.count).toBe('1');
    expect(r.summary).toContain('enable = print\\-call \\(\\.github/dev\\-process\\.yml\\)');
    const bad = await run([py], { inputs: { enable: 'console-log' } });
    expect(bad.code).toBe(1);
    const errors = bad.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('Input \'enable\' is "console-log": "console-log" is not a rule id. Allowed:');
    expect(errors[0]).toContain('debug-output, debugger, focused-test');
    expect(bad.gh.requests).toHaveLength(0);
  });

  it('past the API file cap: without a checkout the unlisted files are counted as unread; with one they are read', async () => {
    const listed = patched('src/a.ts', '@@ -0,0 +1 @@\n+export const a = 1;', 1);
    const capped = await run([listed], { payload: { changedFiles: 3002 } });
    expect(capped.stdout).toContain('self-review: neutral');
    expect(capped.summary).toContain('3,001 more files the API did not list');
    const repo = makeRepo();
    repo.write('README.md', 'x\n');
    const base = repo.commit('base');
    repo.write('src/a.ts', 'export const a = 1;\n');
    repo.write('src/z.ts', "describe.only('z', f);\n");
    const head = repo.commit('head');
    const r = await run([listed], {
      workspace: repo.dir,
      payload: { changedFiles: 3002, baseSha: base, headSha: head },
    });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.outputs.findings!)).toEqual([
      { rule: 'focused-test', path: 'src/z.ts', line: 1, level: 'error', match: 'describe.only(' },
    ]);
  });

  it('with a checkout holding both commits, a line copied with its neighbours from a base file of the same name is not new', async () => {
    const { repo, base, head } = shelfRepo();
    const patch = `@@ -0,0 +1,5 @@\n${shelf.map((l) => `+${l}`).join('\n')}`;
    const files = [
      apiFile('src/worker/shelf.js', 5, 0, 'added', { patch }),
      apiFile('src/worker/cart.js', 5, 0, 'added', { patch }),
    ];
    const withCheckout = await run(files, { workspace: repo.dir, payload: { baseSha: base, headSha: head } });
    expect(JSON.parse(withCheckout.outputs.findings!)).toEqual([
      { rule: 'debug-output', path: 'src/worker/cart.js', line: 3, level: 'warning', match: 'console.log(' },
    ]);
    const apiOnly = await run(files, { payload: { baseSha: base, headSha: head } });
    expect(apiOnly.outputs.count).toBe('2');
  });

  it('reads package.json at the head commit: files its scripts run print; a moved line is not new output', async () => {
    const pkg = JSON.stringify({ scripts: { release: 'node ops/release/publish.mjs' } });
    const helper = patched('ops/release/notes.mjs', '@@ -1,0 +1 @@\n+console.log(notes);', 1);
    const moved = apiFile('src/total.js', 1, 1, 'modified', {
      patch: '@@ -3,1 +3,1 @@\n-  console.log(\'total\', total)\n+  console.log("total", total);',
    });
    const r = await run([helper, moved, cart], {
      payload: { headSha: 'e'.repeat(40) },
      contents: { [`${'e'.repeat(40)}:package.json`]: pkg },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.outputs.findings!)).toEqual([
      { rule: 'debug-output', path: 'src/cart.ts', line: 5, level: 'warning', match: 'console.log(' },
    ]);
    expect(r.summary).toContain('Read 3 added lines in 3 files');
  });

  it('a sentence split over lines and the error a handler received are meant; a label with values is reported', async () => {
    const boot = patched(
      'src/boot.ts',
      '@@ -1,0 +1,6 @@\n+console.log(\n+  `${names.join()} providers are not set up yet.`,\n+);\n+} catch (err) {\n+  console.log(err);\n+  throw err;',
      6,
    );
    const label = patched('src/pay.ts', "@@ -1,0 +1 @@\n+console.log('order', order);", 1);
    const r = await run([boot, label]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.outputs.findings!)).toEqual([
      { rule: 'debug-output', path: 'src/pay.ts', line: 1, level: 'warning', match: 'console.log(' },
    ]);
  });

  it('reads each nested package.json on the way to a printing file: the script a workspace package runs prints', async () => {
    const pkg = JSON.stringify({ scripts: { check: 'tsx src/check-words.ts' } });
    const tool = patched('packages/words/src/check-words.ts', '@@ -1,0 +1 @@\n+console.log(`  - ${word}`);', 1);
    const app = patched('packages/shop/src/cart.ts', '@@ -1,0 +1 @@\n+console.log(cart);', 1);
    const r = await run([tool, app], {
      payload: { headSha: 'f'.repeat(40) },
      contents: { [`${'f'.repeat(40)}:packages/words/package.json`]: pkg },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.outputs.findings!)).toEqual([
      { rule: 'debug-output', path: 'packages/shop/src/cart.ts', line: 1, level: 'warning', match: 'console.log(' },
    ]);
  });
});
