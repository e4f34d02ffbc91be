import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.ts';
import { reportSchema } from '../../src/report-file/schema.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { requested, reviewGraphql, user, type FakePullTimeline } from '../fake-github/review-graphql.ts';
import { makeRepo } from '../helpers/git-repo.ts';

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const ago = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();
const pulls = (n: number, prefix: string): FakePullTimeline[] =>
  Array.from({ length: n }, (_, i) => ({
    number: i + 1,
    title: `${prefix} change ${i + 1}`,
    createdAt: ago(30 + i),
    isDraft: false,
    author: user(`dev${i % 3}`),
    timeline: [requested(ago(20), 'rev')],
  }));

async function fake(owner: string, repo: string, n: number) {
  const gh = await startFakeGitHub({ owner, repo, graphql: reviewGraphql(owner, repo, pulls(n, repo)) });
  servers.push(gh);
  return gh;
}

async function run(argv: string[], env: Record<string, string | undefined> = {}, cwd = tmpdir()) {
  let out = '';
  let err = '';
  const code = await cli(argv, cwd, { out: (s) => (out += s), err: (s) => (err += s) }, env);
  return { code, out, err };
}

const dir = (): string => mkdtempSync(join(tmpdir(), 'wip-cli-'));
const readJson = (path: string) => reportSchema.parse(JSON.parse(readFileSync(path, 'utf8')));

describe('dev-process wip-report / merge-reports (CLI)', () => {
  it('wip-report --repo --token-env --out: reads the API with the token from the environment and writes the three files', async () => {
    const gh = await fake('octo-org', 'app', 7);
    const out = dir();
    const r = await run(
      ['wip-report', '--repo', 'octo-org/app', '--token-env', 'MY_TOKEN', '--out', out, '--api-url', gh.url],
      { MY_TOKEN: 'secret-123' },
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `Wrote ${join(out, 'report.md')}, report.json and report.html: 7 open PRs in octo-org/app.`,
    );
    expect(r.out).not.toContain('secret-123');
    expect(readJson(join(out, 'report.json')).headline.openPrs).toBe(7);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('## Weekly WIP report: octo\\-org/app');
    expect(gh.requests.every((q) => q.authorization === 'token secret-123')).toBe(true);
  });

  it('the token comes from the environment only: unset variable and a --token flag are one clear line each', async () => {
    const unset = await run(['wip-report', '--repo', 'octo-org/app', '--token-env', 'NOPE_TOKEN'], {});
    expect(unset.code).toBe(2);
    expect(unset.err).toBe(
      'dev-process wip-report: --token-env is "NOPE_TOKEN" but that environment variable is empty. Allowed: the name of an environment variable holding a token that can read the repositories (default GITHUB_TOKEN).\n',
    );
    const flag = await run(['wip-report', '--repo', 'octo-org/app', '--token', 'abc'], { GITHUB_TOKEN: 't' });
    expect(flag.code).toBe(2);
    expect(flag.err).toContain("dev-process wip-report: Unknown option '--token'");
    expect(flag.err).not.toContain('abc');
  });

  it('--repo defaults to the checkout\u2019s GitHub origin; without one it is one clear line', async () => {
    const gh = await fake('octo-org', 'app', 2);
    const repo = makeRepo();
    repo.git('remote', 'add', 'origin', 'git@github.com:octo-org/app.git');
    const out = dir();
    const ok = await run(['wip-report', '--out', out, '--api-url', gh.url], { GITHUB_TOKEN: 't' }, repo.dir);
    expect(ok.err).toBe('');
    expect(ok.out).toContain('2 open PRs in octo-org/app');
    const bare = makeRepo();
    const no = await run(['wip-report', '--api-url', gh.url], { GITHUB_TOKEN: 't' }, bare.dir);
    expect(no.code).toBe(2);
    expect(no.err).toBe(
      'dev-process wip-report: --repo is not given and the checkout has no GitHub origin remote. Allowed: --repo owner/name (repeat it for several repositories).\n',
    );
  });

  it('report inputs are flags too, validated the same way as the action inputs', async () => {
    const r = await run(['wip-report', '--repo', 'octo-org/app', '--window-days', '0'], { GITHUB_TOKEN: 't' });
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `Input 'window-days' is "0": not a whole number from 1 to 90. Allowed: a whole number of days from 1 to 90.\n`,
    );
  });

  it('--from-json re-renders a report offline, identical to the original', async () => {
    const gh = await fake('octo-org', 'app', 4);
    const first = dir();
    await run(['wip-report', '--repo', 'octo-org/app', '--out', first, '--api-url', gh.url], { GITHUB_TOKEN: 't' });
    const again = dir();
    const before = gh.requests.length;
    const r = await run(['wip-report', '--from-json', join(first, 'report.json'), '--out', again], {});
    expect(r.code).toBe(0);
    expect(gh.requests.length).toBe(before);
    for (const f of ['report.md', 'report.json', 'report.html'])
      expect(readFileSync(join(again, f), 'utf8')).toBe(readFileSync(join(first, f), 'utf8'));
    const broken = join(dir(), 'x.json');
    writeFileSync(broken, '{"schemaVersion": 1}');
    const bad = await run(['wip-report', '--from-json', broken], {});
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(
      /^dev-process wip-report: --from-json ".*x\.json" is not a report of schemaVersion 1 to 2 \(generatedAt: .*\)\.\n$/,
    );
  });

  it('every action input is a flag (--repositories, --output-dir); a missing --previous-report is a notice, as in the action', async () => {
    const gh = await fake('octo-org', 'api', 2);
    const out = dir();
    const r = await run(
      [
        'wip-report',
        '--repositories',
        'octo-org/api',
        '--output-dir',
        out,
        '--api-url',
        gh.url,
        '--previous-report',
        join(out, 'missing.json'),
      ],
      { GITHUB_TOKEN: 't' },
    );
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      `Notice: --previous-report ${JSON.stringify(join(out, 'missing.json'))} cannot be read (ENOENT); no trend this week.\n`,
    );
    expect(readJson(join(out, 'report.json')).repositories).toEqual(['octo-org/api']);
  });

  it('merge-reports: the matrix pattern, one report per repository merged into one', async () => {
    const a = await fake('octo-org', 'api', 3);
    const b = await fake('octo-org', 'web', 5);
    const [outA, outB, merged] = [dir(), dir(), dir()];
    await run(['wip-report', '--repo', 'octo-org/api', '--out', outA, '--api-url', a.url], { GITHUB_TOKEN: 't' });
    await run(['wip-report', '--repo', 'octo-org/web', '--out', outB, '--api-url', b.url], { GITHUB_TOKEN: 't' });
    const r = await run(['merge-reports', join(outA, 'report.json'), join(outB, 'report.json'), '--out', merged], {});
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const m = readJson(join(merged, 'report.json'));
    expect(m.repositories).toEqual(['octo-org/api', 'octo-org/web']);
    expect(m.headline.openPrs).toBe(8);
    expect(r.out).toContain('8 open PRs in octo-org/api, octo-org/web');
    const twice = await run(['merge-reports', join(outA, 'report.json'), join(outA, 'report.json')], {});
    expect(twice.code).toBe(2);
    expect(twice.err).toBe(
      'merge-reports: octo-org/api is in report 1 and report 2: each repository must be in one report only.\n',
    );
    const none = await run(['merge-reports'], {});
    expect(none.code).toBe(2);
    expect(none.err).toBe(
      'dev-process merge-reports: no report files given. Allowed: one or more report.json paths, e.g. dev-process merge-reports a/report.json b/report.json --out merged\n',
    );
  });
});
