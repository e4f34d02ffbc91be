import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.ts';
import { linesOf, makeRepo } from '../helpers/git-repo.ts';
import { ROOT } from '../helpers/run-dist.ts';

async function run(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await cli(argv, cwd, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function sampleRepo() {
  const repo = makeRepo();
  repo.write('src/a.ts', linesOf(20));
  repo.write('docs/guide.md', linesOf(3));
  const base = repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('src/a.ts', linesOf(20) + linesOf(30, 'more'));
  repo.write('src/b.ts', linesOf(25));
  repo.write('package-lock.json', linesOf(500));
  repo.git('mv', 'docs/guide.md', 'docs/moved.md');
  const head = repo.commit('feature work');
  return { ...repo, base, head };
}

describe('dev-process CLI (local git, no token)', () => {
  it('pr-size prints a readable table and exits 0', async () => {
    const repo = sampleRepo();
    const r = await run(['pr-size', '--base', 'main'], repo.dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Compared HEAD \([0-9a-f]{7}\) vs main, merge base [0-9a-f]{7}\.\n\nPR size: S\n/);
    expect(r.out).toContain('55 changed lines in 3 files counted (1 ignored: lockfile 1; 500 lines, not counted).');
    expect(r.out).toMatch(/Directory\s+Files\s+Lines\n-+\s+-+\s+-+\nsrc\s+2\s+55\ndocs\s+1\s+0/);
    expect(r.out).not.toMatch(/package-lock\.json/);
    expect(r.out).toContain('(Ignored files: listed with --verbose.)');
    const verbose = await run(['pr-size', '--base', 'main', '--verbose'], repo.dir);
    expect(verbose.out).toMatch(/package-lock\.json\s+lockfile\s+500/);
    expect(r.out.trimEnd().endsWith('Result: success')).toBe(true);
  });

  it('--json prints the verdict, with renames as renames', async () => {
    const repo = sampleRepo();
    const r = await run(['pr-size', '--base', repo.base, '--head', repo.head, '--json'], repo.dir);
    const v = JSON.parse(r.out);
    expect(v.outputs).toEqual({
      size: 'S',
      label: 'size/S',
      'changed-lines': '55',
      'changed-files': '3',
      'ignored-files': '1',
      approximate: 'false',
    });
    expect(v.details.source).toBe('git');
  });

  it('defaults --base to the default branch when there is one', async () => {
    const repo = sampleRepo();
    const r = await run(['pr-size', '--json'], repo.dir);
    expect(JSON.parse(r.out).outputs['changed-lines']).toBe('55');
  });

  it('exit status follows the conclusion (fail-at)', async () => {
    const repo = sampleRepo();
    const r = await run(['pr-size', '--base', 'main', '--fail-at', 'S'], repo.dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('ERROR: This PR is S');
  });

  it('repeated --ignore flags are one glob list', async () => {
    const repo = sampleRepo();
    const r = await run(
      ['pr-size', '--base', 'main', '--json', '--ignore', 'src/b.ts', '--ignore', '!package-lock.json'],
      repo.dir,
    );
    expect(JSON.parse(r.out).outputs).toMatchObject({ 'changed-lines': '530', 'ignored-files': '1' });
  });

  it.each([
    [
      ['pr-size', '--base', 'nope'],
      `dev-process pr-size: --base "nope" is not a commit in this repository. Allowed: a branch, tag or commit, e.g. --base HEAD~1 or --base origin/main.\n`,
    ],
    [['pr-size', '--head', 'nope'], `dev-process pr-size: --head "nope" is not a commit in this repository.\n`],
    [
      ['pr-size', '--bogus'],
      `dev-process pr-size: Unknown option '--bogus'. Run 'dev-process pr-size --help' for the options.\n`,
    ],
    [
      ['pr-size', '--fail-at', 'HUGE'],
      `dev-process pr-size: --fail-at "HUGE": not a size name. Allowed: one of XS, S, M, L, XL, XXL, or empty.\n`,
    ],
    [
      ['pr-size', '--github-token', 'x'],
      `dev-process pr-size: Unknown option '--github-token'. Run 'dev-process pr-size --help' for the options.\n`,
    ],
    [
      ['sizes'],
      `dev-process: unknown check "sizes". Allowed: pr-size, docs-required, formatter-enforced, issue-linked, self-review, wip-report, merge-reports.\n`,
    ],
  ])('%j → one clear error line, exit 2', async (argv, message) => {
    const repo = sampleRepo();
    const r = await run(argv, repo.dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe(message);
    expect(r.out).toBe('');
  });

  it('outside a git checkout: one clear line', async () => {
    const r = await run(['pr-size', '--base', 'HEAD~1', '--cwd', '/'], ROOT);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`dev-process pr-size: "/" is not a git checkout with commits. Run it inside a repository.\n`);
  });

  it('--help lists every option with its default', async () => {
    const r = await run(['pr-size', '--help'], ROOT);
    expect(r.code).toBe(0);
    for (const flag of [
      '--base REF',
      '--head REF',
      '--json',
      '--sizes VALUE',
      '--ignore VALUE',
      '--fail-at VALUE',
      '--warn-at VALUE',
      '--label-prefix VALUE',
    ])
      expect(r.out).toContain(flag);
    expect(r.out).toContain('(default: XS=0,S=10,M=100,L=250,XL=500,XXL=1000)');
    expect(r.out).not.toContain('github-token');
    expect((await run(['--help'], ROOT)).out).toContain('pr-size');
  });

  it('untrusted file names cannot drive the terminal', async () => {
    const repo = makeRepo();
    repo.commit('empty');
    repo.write('evil\u001b[2J\u001b[31m/x.ts', 'x\n');
    repo.commit('evil');
    const r = await run(['pr-size', '--base', 'HEAD~1'], repo.dir);
    expect(r.out).not.toContain('\u001b');
    expect(r.out).toContain('\uFFFD[2J');
  });

  it('the built CLI bundle (package.json bin) runs as `dev-process` would', () => {
    const repo = sampleRepo();
    const p = spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'pr-size', '--base', 'HEAD~1', '--json'], {
      cwd: repo.dir,
      encoding: 'utf8',
    });
    expect(p.stderr).toBe('');
    expect(p.status).toBe(0);
    expect(JSON.parse(p.stdout).outputs.size).toBe('S');
  });
});

describe('dev-process docs-required', () => {
  function docsRepo() {
    const repo = makeRepo();
    repo.write('src/a.ts', 'a\n');
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('src/a.ts', 'a\nb\n');
    repo.write('packages/api/h.ts', 'x\n');
    repo.write('docs/a.md', '# a\n');
    repo.write('rules.yml', '- code: ["packages/api/**"]\n  docs: ["packages/api/README.md"]\n');
    repo.commit('feature');
    return repo;
  }

  it('default mapping: src changed with docs/ → passes', async () => {
    const r = await run(['docs-required', '--base', 'main'], docsRepo().dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Docs required: satisfied');
  });

  it('--rules FILE reads the mappings from a file', async () => {
    const r = await run(['docs-required', '--base', 'main', '--rules', 'rules.yml'], docsRepo().dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'ERROR packages/api/h.ts: packages/api/h.ts changed, but no file matching packages/api/README.md did.',
    );
  });

  it('--mode tests asks for tests instead', async () => {
    const r = await run(['docs-required', '--base', 'main', '--mode', 'tests', '--json'], docsRepo().dir);
    expect(r.code).toBe(1);
    // Default code globs are src/**, lib/**, app/**: packages/api is not code here, and docs/ are not tests.
    expect(JSON.parse(r.out).outputs).toMatchObject({ 'code-files': '["src/a.ts"]', 'docs-files': '[]' });
  });

  it('an unreadable --rules file is one clear line', async () => {
    const r = await run(['docs-required', '--base', 'main', '--rules', 'nope.yml'], docsRepo().dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('dev-process docs-required: --rules "nope.yml" cannot be read (ENOENT).\n');
  });

  it('--help shows --rules FILE', async () => {
    const r = await run(['docs-required', '--help'], ROOT);
    expect(r.out).toContain('--rules FILE');
    expect(r.out).toContain('--mode VALUE');
  });
});
