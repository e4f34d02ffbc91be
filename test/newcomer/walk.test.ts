/**
 * The newcomer's walk (issue #13): the packed CLI (`npm pack` of this package, dist/cli as built) installed with
 * no network into separate git repositories — a plain one (on a feature branch and on main), a shallow clone and
 * a workspaces monorepo — then every README CLI example run there with `npx`, on the machine's Node 20 and on
 * Node 24. The fresh clone → npm ci → npm test half is CI itself (.ci/run).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { linesOf, makeRepo } from '../helpers/git-repo.ts';
import { ROOT } from '../helpers/run-dist.ts';
import { CLI_EXAMPLES } from './commands.ts';

type Place = 'feature' | 'main' | 'monorepo' | 'shallow';

/** PATH without node_modules/.bin (npm run puts it first), so `node` is the one we choose. */
const basePath = (process.env.PATH ?? '').split(delimiter).filter((p) => !p.includes('node_modules'));
const node20Dir = basePath.find((d) => existsSync(join(d, 'node')) && existsSync(join(d, 'npx')));
const NODES: [string, string | undefined][] = [
  ['machine Node (20)', node20Dir],
  ['Node 24 (devDependency)', join(ROOT, 'node_modules/node/bin')],
];
const pathWith = (nodeDir: string): string => [nodeDir, ...basePath].join(delimiter);
const offlineEnv = (nodeDir: string): NodeJS.ProcessEnv => ({
  PATH: pathWith(nodeDir),
  HOME: process.env.HOME,
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  NO_COLOR: '1',
});

/** `npx dev-process a 'b c'` → ['a', 'b c']. */
const argvOf = (command: string): string[] =>
  [...command.replace(/^npx dev-process\s*/, '').matchAll(/'([^']*)'|(\S+)/g)].map((m) => (m[1] ?? m[2])!);

function userRepo(kind: 'plain' | 'monorepo') {
  const repo = makeRepo();
  repo.write('.gitignore', 'node_modules/\n');
  if (kind === 'plain') {
    repo.write('package.json', '{ "name": "app", "version": "1.0.0", "private": true }\n');
    repo.write('src/a.ts', linesOf(20));
    repo.write('docs/guide.md', linesOf(3));
  } else {
    repo.write('package.json', '{ "name": "mono", "private": true, "workspaces": ["packages/*"] }\n');
    for (const p of ['a', 'b', 'c'])
      repo.write(`packages/${p}/package.json`, `{ "name": "${p}", "version": "1.0.0" }\n`);
  }
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  if (kind === 'plain') {
    repo.write('src/b.ts', linesOf(25));
    repo.commit('feature: b');
    repo.write('src/c.ts', linesOf(10));
    repo.commit('feature: c\n\nCloses #12');
  } else {
    repo.write('packages/a/src/x.ts', linesOf(200));
    repo.write('packages/b/src/y.ts', linesOf(150));
    repo.write('docs/notes.md', linesOf(400));
    repo.commit('two packages at once');
  }
  return repo;
}

function install(dir: string, tarball: string): void {
  execFileSync('npm', ['install', '--save-dev', tarball], { cwd: dir, env: offlineEnv(node20Dir!), stdio: 'pipe' });
}

const places = {} as Record<Place, string>;

beforeAll(() => {
  const packDir = mkdtempSync(join(tmpdir(), 'dev-process-pack-'));
  execFileSync('npm', ['pack', '--pack-destination', packDir], {
    cwd: ROOT,
    stdio: 'pipe',
    env: offlineEnv(node20Dir!),
  });
  const tarball = join(
    packDir,
    readdirSync(packDir).find((f) => f.endsWith('.tgz'))!,
  );
  const plain = userRepo('plain');
  install(plain.dir, tarball);
  places.feature = plain.dir;
  const onMain = makeRepo();
  onMain.git('pull', '-q', plain.dir, 'main');
  install(onMain.dir, tarball);
  places.main = onMain.dir;
  const mono = userRepo('monorepo');
  install(mono.dir, tarball);
  places.monorepo = mono.dir;
  const shallow = mkdtempSync(join(tmpdir(), 'dev-process-shallow-'));
  execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${plain.dir}`, shallow]);
  install(shallow, tarball);
  places.shallow = shallow;
}, 240_000);

describe.each(NODES)('the packed CLI in a user repository, %s', (_label, nodeDir) => {
  it.skipIf(!nodeDir).each(CLI_EXAMPLES.filter((e) => e.runIn).map((e) => [`${e.command} (${e.runIn})`, e] as const))(
    '%s',
    (_name, e) => {
      const r = spawnSync('npx', ['--no-install', 'dev-process', ...argvOf(e.command)], {
        cwd: places[e.runIn!],
        env: offlineEnv(nodeDir!),
        encoding: 'utf8',
      });
      const shown = e.code === 2 ? r.stderr : r.stdout;
      expect({ code: r.status, first: shown.split('\n')[0] }).toMatchObject({
        code: e.code,
        first: expect.stringMatching(e.first!),
      });
      if (e.code === 2) expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      if (e.runIn === 'monorepo') {
        expect(r.stdout).toContain('Split by package: the largest are packages/a (200 lines), packages/b (150 lines).');
        expect(r.stdout).toMatch(/docs\/notes\.md\s+ignore input\s+400/);
      }
    },
  );

  it.skipIf(!nodeDir)('warns about nothing on install: no EBADENGINE for a supported Node', () => {
    const dir = makeRepo().dir;
    const packDir = mkdtempSync(join(tmpdir(), 'dev-process-pack-'));
    execFileSync('npm', ['pack', '--pack-destination', packDir], {
      cwd: ROOT,
      stdio: 'pipe',
      env: offlineEnv(nodeDir!),
    });
    const tgz = join(packDir, readdirSync(packDir)[0]!);
    const r = spawnSync('npm', ['install', '--save-dev', tgz], {
      cwd: dir,
      env: offlineEnv(nodeDir!),
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/EBADENGINE|npm warn/);
  });
});
