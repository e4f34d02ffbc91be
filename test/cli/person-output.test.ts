/** CLI output for a person at a terminal (issue #13 §3, §4, §5), in process on temporary git repositories. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cli, type CliIO } from '../../src/cli/main.ts';
import { linesOf, makeRepo } from '../helpers/git-repo.ts';

async function run(argv: string[], cwd: string, tty?: CliIO['tty'], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: CliIO = { out: (s) => (out += s), err: (s) => (err += s), ...(tty ? { tty } : {}) };
  const code = await cli(argv, cwd, io, env);
  return { code, out, err };
}

function featureRepo(changes: Record<string, string>, base: Record<string, string> = { 'README.md': 'hi\n' }) {
  const repo = makeRepo();
  for (const [p, c] of Object.entries(base)) repo.write(p, c);
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  for (const [p, c] of Object.entries(changes)) repo.write(p, c);
  repo.commit('feature');
  return repo;
}

describe('the CLI speaks to a person', () => {
  it('usage and input errors exit 2, a failed check 1; --version; no command prints usage on stderr', async () => {
    const repo = featureRepo({ 'src/a.ts': linesOf(300) });
    expect((await run(['pr-size', '--fail-at', 'L'], repo.dir)).code).toBe(1);
    expect((await run(['pr-size', '--fail-at', 'NOPE'], repo.dir)).code).toBe(2);
    const none = await run([], repo.dir);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Exit status: 0 the check passed, 1 the check failed, 2 usage or input error');
    expect((await run(['--version'], repo.dir)).out).toMatch(/^dev-process \d+\.\d+\.\d+\n$/);
  });

  it('flags set on the command line are said as flags, not action inputs', async () => {
    const repo = featureRepo({ 'src/a.ts': linesOf(300) });
    const r = await run(['pr-size', '--fail-at', 'XL'], repo.dir);
    expect(r.out).toContain('Settings: fail-at = XL (flag --fail-at).');
    expect(r.out).not.toContain('action input');
  });

  it('no silent defaults: --sizes "" and an empty --rules file are errors naming the flag', async () => {
    const repo = featureRepo({ 'src/a.ts': linesOf(3), 'empty.yml': '' });
    const sizes = await run(['pr-size', '--sizes', ''], repo.dir);
    expect(sizes.code).toBe(2);
    expect(sizes.err).toMatch(
      /^dev-process pr-size: --sizes is empty\. Allowed: NAME=LINES pairs .*leave the flag out for the default\.\n$/,
    );
    const rules = await run(['docs-required', '--rules', 'empty.yml'], repo.dir);
    expect(rules.code).toBe(2);
    expect(rules.err).toMatch(/^dev-process docs-required: --rules "empty.yml" is an empty file\. Allowed: /);
    const never = await run(['pr-size', '--fail-at', ''], repo.dir);
    expect(never.code).toBe(0);
  });

  it('a bad --rules file is named by its path and line, never by its content', async () => {
    const repo = featureRepo({ 'src/a.ts': linesOf(3), 'rules.yml': '- code: ["src/**"]\n  docs: [unclosed\n' });
    const r = await run(['docs-required', '--rules', 'rules.yml'], repo.dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^dev-process docs-required: --rules "rules.yml": YAML error at line \d+, column \d+: /);
    expect(r.err).not.toContain('src/**');
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('on the default branch itself: says HEAD is the base and what to pass', async () => {
    const repo = featureRepo({});
    repo.git('checkout', '-q', 'main');
    const r = await run(['pr-size'], repo.dir);
    expect(r.out.split('\n')[0]).toMatch(
      /^Compared HEAD \(\w{7}\) vs main, merge base \w{7}\. HEAD is the default base main, so there is nothing to compare: pass --base REF, e.g\. --base HEAD~1 for the last commit\.$/,
    );
  });

  it('a shallow clone is named with the fix, for a missing --base and for a missing merge base', async () => {
    const repo = featureRepo({ 'src/a.ts': linesOf(3) });
    const shallow = mkdtempSync(join(tmpdir(), 'dev-process-shallow-'));
    const args = ['clone', '-q', '--depth', '1', '--no-single-branch', '--branch', 'feature', `file://${repo.dir}`];
    execFileSync('git', [...args, shallow]);
    for (const argv of [
      ['pr-size', '--base', 'HEAD~1'],
      ['pr-size', '--base', 'origin/main'],
    ]) {
      const r = await run(argv, shallow);
      expect(r.code).toBe(2);
      expect(r.err).toContain('this checkout is a shallow clone');
      expect(r.err).toContain('git fetch --unshallow');
      expect(r.err).toContain('fetch-depth: 0');
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('plurals, thousands separators, ignored files counted per reason and listed only with --verbose', async () => {
    const repo = featureRepo({
      'src/a.ts': linesOf(1200),
      'package-lock.json': linesOf(5),
      'dist/x.js': linesOf(3),
      'dist/y.js': linesOf(3),
      '.gitattributes': 'dist/** linguist-generated\n',
    });
    const r = await run(['pr-size'], repo.dir);
    expect(r.out).toContain(
      '1,201 changed lines in 2 files counted (3 ignored: generated 2, lockfile 1; 11 lines, not counted).',
    );
    expect(r.out).not.toContain('dist/x.js');
    const v = await run(['pr-size', '--verbose'], repo.dir);
    expect(v.out).toMatch(/dist\/x\.js\s+generated\s+3/);
  });

  it('colour on a terminal unless NO_COLOR; tables fit the terminal width; headings as written', async () => {
    const long = `src/${'very-long-directory-name/'.repeat(6)}file.ts`;
    const repo = featureRepo({ [long]: linesOf(3), 'lib/b.ts': linesOf(2) });
    const tty = await run(['pr-size', '--verbose'], repo.dir, { columns: 40 });
    expect(tty.out).toContain('\u001b[1mPR size: XS\u001b[0m');
    for (const line of stripVTControlCharacters(tty.out)
      .split('\n')
      .filter((l) => /\s{2}\d+$/.test(l)))
      expect(line.length).toBeLessThanOrEqual(40);
    const plain = await run(['pr-size'], repo.dir, { columns: 40 }, { NO_COLOR: '1' });
    expect(plain.out).not.toContain('\u001b[');
    const piped = await run(['pr-size'], repo.dir);
    expect(piped.out).not.toContain('\u001b[');
  });

  it('--help is aligned: every description starts in one column', async () => {
    const r = await run(['pr-size', '--help'], tmpdir());
    const rows = r.out.split('\n').filter((l) => /^ {2}-/.test(l));
    const columns = new Set(rows.map((l) => /^ {2}\S.*?\s{2,}(?=\S)/.exec(l)?.[0].length ?? -1));
    expect(rows.length).toBeGreaterThan(8);
    expect([...columns].filter((c) => c !== -1)).toEqual([24]);
  });

  it('review-latency points to the action instead of "unknown check"', async () => {
    const r = await run(['review-latency'], tmpdir());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^dev-process review-latency: needs GitHub's review requests and reviews.*actions\/review-latency@v1/,
    );
  });
});

describe('split advice in a monorepo (§5)', () => {
  const big = (n: number) => linesOf(n);
  it('groups by pnpm workspace package', async () => {
    const repo = featureRepo(
      { 'packages/web/src/a.ts': big(300), 'packages/api/src/b.ts': big(200), 'tools/x.sh': big(10) },
      {
        'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n",
        'packages/web/package.json': '{}\n',
        'packages/api/package.json': '{}\n',
      },
    );
    const r = await run(['pr-size'], repo.dir);
    expect(r.out).toContain(
      'Split by package: the largest are packages/web (300 lines), packages/api (200 lines), (outside packages) (10 lines).',
    );
    expect(r.out).toMatch(/Package\s+Files\s+Lines/);
  });

  it('without workspaces: the directory level that splits the PR, not the shared top directory', async () => {
    const repo = featureRepo({ 'packages/web/a.ts': big(300), 'packages/api/b.ts': big(200) });
    const r = await run(['pr-size'], repo.dir);
    expect(r.out).toContain('Split by directory: the largest are packages/web (300 lines), packages/api (200 lines).');
  });
});
