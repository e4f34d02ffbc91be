import { delimiter, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { ROOT } from '../helpers/run-dist.ts';

beforeAll(() => {
  // The tool is found the way a developer's shell finds it: on PATH (this repo's prettier devDependency).
  process.env.PATH = [join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(delimiter);
});

async function run(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await cli(argv, cwd, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function repoWith(file: string, content: string) {
  const repo = makeRepo();
  repo.write('.prettierrc', '{ "semi": true }\n');
  repo.write('src/ok.ts', 'export const ok = 1;\n');
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write(file, content);
  repo.commit('feature');
  return repo;
}

describe('dev-process formatter-enforced (local checkout)', () => {
  it('lists the unformatted changed file with its line and fix command, exit 1', async () => {
    const repo = repoWith('src/bad.ts', 'export const a = 1;\nexport const   b={c:1}\n');
    const r = await run(['formatter-enforced', '--base', 'main'], repo.dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('src/bad.ts');
    expect(r.out).toContain('npx prettier --write -- src/bad.ts');
    const json = JSON.parse((await run(['formatter-enforced', '--base', 'main', '--json'], repo.dir)).out);
    expect(json.outputs['unformatted-files']).toBe('["src/bad.ts"]');
    expect(json.details.unformatted[0]).toMatchObject({ path: 'src/bad.ts', formatter: 'prettier', line: 2 });
  });

  it('formatted changes pass; --fail-on-unformatted false only reports', async () => {
    expect(
      (await run(['formatter-enforced', '--base', 'main'], repoWith('src/good.ts', 'export const good = 1;\n').dir))
        .code,
    ).toBe(0);
    expect(
      (
        await run(
          ['formatter-enforced', '--base', 'main', '--fail-on-unformatted', 'false'],
          repoWith('src/bad.ts', 'export const   b={c:1}\n').dir,
        )
      ).code,
    ).toBe(0);
  });
});

describe('dev-process issue-linked (local checkout)', () => {
  it('passes when a commit since --base tags an issue, as the handbook shows; fails with --fail-if-missing otherwise', async () => {
    const repo = makeRepo();
    repo.git('remote', 'add', 'origin', 'https://github.com/octo-org/app.git');
    repo.write('a.txt', 'a\n');
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('b.txt', 'b\n');
    repo.commit('wip');
    const missing = await run(['issue-linked', '--base', 'main', '--fail-if-missing', 'true'], repo.dir);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('Closes #289');
    repo.write('c.txt', 'c\n');
    repo.commit('Closes #289 add posthog logo to website');
    const linked = await run(['issue-linked', '--base', 'main', '--json'], repo.dir);
    expect(linked.code).toBe(0);
    expect(JSON.parse(linked.out).outputs.issues).toBe('["octo-org/app#289"]');
  });
});

describe('--config and .github/dev-process.yml in the CLI', () => {
  it('reads the file at the --base commit, or --config FILE; says where settings came from', async () => {
    const repo = makeRepo();
    repo.write('.github/dev-process.yml', 'pr-size:\n  fail-at: S\n');
    repo.write('a.txt', 'a\n');
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('b.txt', Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n') + '\n');
    repo.commit('feature');
    const fromBase = await run(['pr-size', '--base', 'main'], repo.dir);
    expect(fromBase.code).toBe(1);
    expect(fromBase.out).toContain('fail-at = S (.github/dev-process.yml)');
    repo.write('other.yml', 'pr-size:\n  fail-at: XL\n');
    const fromFlag = await run(['pr-size', '--base', 'main', '--config', 'other.yml'], repo.dir);
    expect(fromFlag.code).toBe(0);
    const bad = await run(['pr-size', '--base', 'main', '--config', 'nope.yml'], repo.dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('dev-process pr-size: --config "nope.yml" cannot be read (ENOENT).\n');
  });
});
