/** .github/dev-process.yml through the built bundles: read at the base commit, input > file > default. */
import { afterEach, describe, expect, it } from 'vitest';
import { apiFile, startFakeGitHub, type Fault, type FakeGitHub } from '../fake-github/server.ts';
import { pullRequestPayload, repoOf } from '../fixtures/payloads.ts';
import { runDist } from '../helpers/run-dist.ts';

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const CONFIG = '.github/dev-process.yml';

async function prSize(contents: Record<string, string>, inputs: Record<string, string> = {}, faults: Fault[] = []) {
  const files = [apiFile('src/a.ts', 300)];
  const payload = pullRequestPayload({
    number: 7,
    additions: 300,
    deletions: 0,
    changedFiles: 1,
    baseSha: BASE,
    headSha: HEAD,
  });
  const { owner, repo } = repoOf(payload);
  const gh = await startFakeGitHub({ owner, repo, pulls: { 7: { files, labels: [] } }, contents, faults });
  servers.push(gh);
  const r = await runDist('pr-size', {
    eventName: 'pull_request',
    payload,
    apiUrl: gh.url,
    repository: `${owner}/${repo}`,
    inputs,
    env: { DEV_PROCESS_RETRY_BASE_MS: '20' },
  });
  return { ...r, gh };
}

describe('.github/dev-process.yml (e2e)', () => {
  it('a setting in the file at the base commit applies, and the summary says where it came from', async () => {
    const r = await prSize({ [`${BASE}:${CONFIG}`]: 'pr-size:\n  fail-at: L\n  label-prefix: "sz/"\n' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ size: 'L', label: 'sz/L' });
    expect(r.summary).toContain(
      'Settings: fail\\-at = L \\(\\.github/dev\\-process\\.yml\\); label\\-prefix = sz/ \\(\\.github/dev\\-process\\.yml\\)\\.',
    );
  });

  it('an action input set to something else wins over the file', async () => {
    const r = await prSize({ [`${BASE}:${CONFIG}`]: 'pr-size:\n  fail-at: L\n' }, { 'fail-at': 'XXL' });
    expect(r.code).toBe(0);
    expect(r.summary).toContain('fail\\-at = XXL \\(action input\\)');
  });

  it('the PR\u2019s own version of the file (head) is not read: a PR cannot relax its required checks', async () => {
    const r = await prSize({
      [`${BASE}:${CONFIG}`]: 'pr-size:\n  fail-at: L\n',
      [`${HEAD}:${CONFIG}`]: 'pr-size:\n  fail-at: ""\n',
    });
    expect(r.code).toBe(1);
  });

  it('no file (404): defaults; a bad file: one error line with the file, the key path and what is allowed', async () => {
    const none = await prSize({});
    expect(none.code).toBe(0);
    expect(none.gh.requests[0]).toMatchObject({
      path: expect.stringContaining('/contents/.github%2Fdev-process.yml'),
      status: 404,
    });
    const bad = await prSize({ [`${BASE}:${CONFIG}`]: 'pr-size:\n  fail-at: HUGE\n' });
    expect(bad.code).toBe(1);
    expect(bad.annotations.map((a) => a.message)).toEqual([
      `${CONFIG}: pr-size.fail-at is "HUGE": not a size name. Allowed: one of XS, S, M, L, XL, XXL, or empty.`,
    ]);
    const unknown = await prSize({ [`${BASE}:${CONFIG}`]: 'pr-size:\n  fail_at: L\n' });
    expect(unknown.annotations[0]!.message).toMatch(
      /^\.github\/dev-process\.yml: pr-size\.fail_at is not a setting of pr-size\. Allowed: .*fail-at/,
    );
  });

  it('a 502 on the config read is retried; a permanent 500 is a clear error, never a silent default', async () => {
    const flaky = await prSize({ [`${BASE}:${CONFIG}`]: 'pr-size:\n  fail-at: L\n' }, {}, [
      { method: 'GET', path: /contents\/\.github/, status: 502, times: 1 },
    ]);
    expect(flaky.code).toBe(1);
    expect(flaky.outputs.size).toBe('L');
    const down = await prSize({ [`${BASE}:${CONFIG}`]: 'pr-size:\n  fail-at: L\n' }, {}, [
      { method: 'GET', path: /contents\/\.github/, status: 500, times: Infinity },
    ]);
    expect(down.code).toBe(1);
    expect(down.annotations.map((a) => a.message)).toEqual([
      expect.stringMatching(/^pr-size could not finish: GitHub API GET .*dev-process\.yml.* answered 500/),
    ]);
  });
});
