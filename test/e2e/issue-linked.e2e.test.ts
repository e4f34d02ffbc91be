import { afterEach, describe, expect, it } from 'vitest';
import { forbidden, PartialAnswer, startFakeGitHub, type Fault, type FakeGitHub } from '../fake-github/server.ts';
import { pullRequestPayload, repoOf } from '../fixtures/payloads.ts';
import { request } from '../helpers/requests.ts';
import { runDist } from '../helpers/run-dist.ts';

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

interface Pull {
  title?: string;
  body?: string;
  author?: { __typename: 'User' | 'Bot'; login: string };
  labels?: string[];
  closes?: number[];
  commits?: string[];
}

async function run(
  pull: Pull,
  o: {
    inputs?: Record<string, string>;
    faults?: Fault[];
    labels?: string[];
    action?: string;
    /** Reshapes GitHub's answer (null nodes, errors beside partial data). */
    answer?: (data: any) => unknown;
  } = {},
) {
  const payload = pullRequestPayload({ number: 12, action: o.action ?? 'opened', labels: o.labels ?? [] });
  const { owner, repo } = repoOf(payload);
  const data = (vars: Record<string, unknown>) => ({
    repository: {
      pullRequest:
        vars.number === 12
          ? {
              title: pull.title ?? 'Add dark mode',
              body: pull.body ?? '',
              author: pull.author ?? { __typename: 'User', login: 'ann' },
              labels: { nodes: (pull.labels ?? []).map((name) => ({ name })) },
              closingIssuesReferences: {
                nodes: (pull.closes ?? []).map((number) => ({
                  number,
                  repository: { nameWithOwner: `${owner}/${repo}` },
                })),
              },
              commits: {
                totalCount: (pull.commits ?? []).length,
                nodes: (pull.commits ?? []).map((message) => ({ commit: { message } })),
              },
            }
          : null,
    },
  });
  const graphql = (_q: string, vars: Record<string, unknown>) => (o.answer ?? ((d) => d))(data(vars));
  const gh = await startFakeGitHub({ owner, repo, graphql, faults: o.faults ?? [] });
  servers.push(gh);
  const r = await runDist('issue-linked', {
    eventName: 'pull_request',
    payload,
    apiUrl: gh.url,
    repository: `${owner}/${repo}`,
    inputs: o.inputs ?? {},
    env: { DEV_PROCESS_RETRY_BASE_MS: '20' },
  });
  return { ...r, gh, repo: `${owner}/${repo}` };
}

describe('issue-linked e2e (dist/issue-linked/index.js, one GraphQL query)', () => {
  it('a closing reference links the issue: success, output issues', async () => {
    const r = await run({ closes: [7] });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.issues!)).toEqual([`${r.repo}#7`]);
    expect(r.gh.requests).toHaveLength(2); // the shared config file and one GraphQL query
    expect(r.gh.requests).toContainEqual(request('GET', `/repos/${r.repo}/contents/.github%2Fdev-process.yml`));
    expect(r.gh.count((q) => q.path === '/graphql')).toBe(1);
  });

  it('"Closes #289" in a commit message, as the handbook shows', async () => {
    const r = await run({ commits: ['wip', 'Closes #289 add posthog logo to website'] });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.issues!)).toEqual([`${r.repo}#289`]);
    expect(r.annotations).toEqual([]);
  });

  it('no link: a notice by default; failure with fail-if-missing; the skip label (added by a labeled event) passes', async () => {
    const soft = await run({ body: 'see #4' });
    expect(soft.code).toBe(0);
    expect(soft.annotations.map((a) => a.command)).toEqual(['notice']);
    const hard = await run({ body: 'see #4' }, { inputs: { 'fail-if-missing': 'true' } });
    expect(hard.code).toBe(1);
    expect(hard.annotations.map((a) => a.command)).toEqual(['error']);
    const skipped = await run({}, { inputs: { 'fail-if-missing': 'true' }, labels: ['no-issue'], action: 'labeled' });
    expect(skipped.code).toBe(0);
    const bot = await run(
      { author: { __typename: 'Bot', login: 'dependabot' } },
      { inputs: { 'fail-if-missing': 'true' } },
    );
    expect(bot.code).toBe(0);
  });

  it('a 502 is retried with the same result; a permanent 5xx is one clear error, never a false green', async () => {
    const flaky = await run(
      { closes: [7] },
      { faults: [{ method: 'POST', path: /^\/graphql$/, status: 502, times: 1 }] },
    );
    expect(flaky.code).toBe(0);
    expect(JSON.parse(flaky.outputs.issues!)).toEqual([`${flaky.repo}#7`]);
    const down = await run(
      { closes: [7] },
      { faults: [{ method: 'POST', path: /^\/graphql$/, status: 503, times: Infinity }] },
    );
    expect(down.code).toBe(1);
    expect(down.annotations.map((a) => a.command)).toEqual(['error']);
    expect(down.annotations[0]!.message).toMatch(
      /^issue-linked could not finish: GitHub API POST .*graphql answered 503/,
    );
  });
});

const CLOSING_PATH = ['repository', 'pullRequest', 'closingIssuesReferences', 'nodes', 0];

describe('issue-linked and GitHub\u2019s real answers (issue #12)', () => {
  it('closing keywords in HTML comments, fenced code and code spans link nothing', async () => {
    const template = [
      '<!-- Link the issue: Closes #123 -->',
      '```',
      'git commit -m "Fixes #5"',
      '```',
      'Use `Resolves #9` to link.',
      '<!--',
      'Closes #77',
      '-->',
    ].join('\n');
    const r = await run({ body: template }, { inputs: { 'fail-if-missing': 'true' } });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.outputs.issues!)).toEqual([]);
    const real = await run({ body: `${template}\nCloses #8` }, { inputs: { 'fail-if-missing': 'true' } });
    expect(real.code).toBe(0);
    expect(JSON.parse(real.outputs.issues!)).toEqual([`${real.repo}#8`]);
  });

  it('the skip label is compared case-insensitively, and must fit GitHub\u2019s 50-character limit', async () => {
    const r = await run({}, { inputs: { 'fail-if-missing': 'true' }, labels: ['No-Issue'], action: 'labeled' });
    expect(r.code).toBe(0);
    const long = await run({}, { inputs: { 'skip-label': 'x'.repeat(51) } });
    expect(long.code).toBe(1);
    expect(long.annotations.map((a) => a.message)).toEqual([
      expect.stringMatching(/^Input 'skip-label' is "x{51}": longer than GitHub's 50-character label limit\./),
    ]);
  });

  it('a null closing reference with FORBIDDEN beside partial data: the rest is used, one warning names the permission', async () => {
    const answer = (d: any) => {
      d.repository.pullRequest.closingIssuesReferences.nodes.unshift(null);
      return new PartialAnswer(d, [forbidden(CLOSING_PATH)]);
    };
    const r = await run({ closes: [7] }, { answer });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.issues!)).toEqual([`${r.repo}#7`]);
    const warnings = r.annotations.filter((a) => a.command === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/skipped: 1 closing issue reference.*'issues: read'/);
    expect(r.annotations.filter((a) => a.command === 'error')).toEqual([]);
  });

  it('only unreadable references: a notice by default (exit 0), failure only with fail-if-missing', async () => {
    const answer = (d: any) => {
      d.repository.pullRequest.closingIssuesReferences.nodes = [null];
      return new PartialAnswer(d, [forbidden(CLOSING_PATH)]);
    };
    const soft = await run({}, { answer });
    expect(soft.code).toBe(0);
    expect(soft.annotations.map((a) => a.command).sort()).toEqual(['notice', 'warning']);
    const hard = await run({}, { answer, inputs: { 'fail-if-missing': 'true' } });
    expect(hard.code).toBe(1);
    expect(hard.annotations.filter((a) => a.command === 'warning')[0]!.message).toContain("'issues: read'");
  });

  it('a pull request the token cannot read at all is one error naming pull-requests: read', async () => {
    const answer = () =>
      new PartialAnswer({ repository: { pullRequest: null } }, [forbidden(['repository', 'pullRequest'])]);
    const r = await run({ closes: [7] }, { answer });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.command)).toEqual(['error']);
    expect(r.annotations[0]!.message).toMatch(/^issue-linked could not finish: .*'pull-requests: read'/);
  });
});
