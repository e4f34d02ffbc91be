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
    expect(r.out).toContain('npx prettier --write src/bad.ts');
    const json = JSON.parse((await run(['formatter-enforced', '--base', 'main', '--json'], repo.dir)).out);
    expect(json.outputs['unformatted-files']).toBe('["src/bad.ts"]');
    expect(json.details.unformatted[0]).toMatchObject({ path: 'src/bad.ts', formatter: 'prettier', line: 2 });
  });

  it('formatted changes pass; --fail-on-unformatted false only reports', async () => {
    expect((await run(['formatter-enforced', '--base', 'main'], repoWith('src/good.ts', 'export const good = 1;\n').dir)).code).toBe(0);
    expect((await run(['formatter-enforced', '--base', 'main', '--fail-on-unformatted', 'false'], repoWith('src/bad.ts', 'export const   b={c:1}\n').dir)).code).toBe(0);
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
