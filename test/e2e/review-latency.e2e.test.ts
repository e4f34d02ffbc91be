import { afterEach, describe, expect, it } from 'vitest';
import { forbidden, PartialAnswer, startFakeGitHub, type Fault, type FakeGitHub } from '../fake-github/server.ts';
import {
  committed,
  requested,
  reviewed,
  reviewGraphql,
  teamRequested,
  user,
  type FakePullTimeline,
} from '../fake-github/review-graphql.ts';
import { examplePayload, repoOf } from '../fixtures/payloads.ts';
import { tablesAreWellFormed, withoutCodeSpans } from '../helpers/markdown.ts';
import { request } from '../helpers/requests.ts';
import { runDist } from '../helpers/run-dist.ts';

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

// A 24/7 UTC calendar makes working hours equal elapsed hours, so timelines relative to now are exact.
const ALWAYS = { 'business-hours': '00:00-24:00', 'business-days': 'Sun-Sat', timezone: 'UTC' };
const ago = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();

function pull(
  number: number,
  timeline: Record<string, unknown>[],
  o: Partial<FakePullTimeline> = {},
): FakePullTimeline {
  return { number, title: `PR ${number}`, createdAt: ago(200), isDraft: false, author: user('author'), timeline, ...o };
}

async function run(
  eventName: string,
  payload: Record<string, any>,
  pulls: FakePullTimeline[],
  inputs: Record<string, string> = {},
  faults: Fault[] = [],
  answer: (data: any, query: string) => unknown = (d) => d,
) {
  const { owner, repo } = repoOf(payload);
  const fake = reviewGraphql(owner, repo, pulls);
  const graphql = (q: string, v: Record<string, unknown>) => answer(fake(q, v), q);
  const gh = await startFakeGitHub({ owner, repo, graphql, faults });
  servers.push(gh);
  const r = await runDist('review-latency', {
    eventName,
    payload,
    apiUrl: gh.url,
    repository: `${owner}/${repo}`,
    inputs: { ...ALWAYS, ...inputs },
    env: { DEV_PROCESS_RETRY_BASE_MS: '20' },
  });
  return { ...r, gh };
}

describe('review-latency e2e (dist/review-latency/index.js against the fake GraphQL API)', () => {
  it('pull_request_review event: one GraphQL query, outputs for that PR', async () => {
    const payload = examplePayload('pull_request_review', 'submitted');
    const n = payload.pull_request.number as number;
    const pulls = [
      pull(n, [
        requested(ago(30), 'alice'),
        reviewed(ago(20), user('alice'), 'CHANGES_REQUESTED'),
        committed(ago(10)),
        reviewed(ago(8), user('alice'), 'APPROVED'),
      ]),
    ];
    const r = await run('pull_request_review', payload, pulls);
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      'first-review-hours': '10',
      'waiting-on': 'nobody',
      'waiting-hours': '0',
      'review-cycles': '1',
      breached: 'false',
    });
    expect(r.gh.requests).toHaveLength(2); // the shared config file (404: defaults) and one GraphQL query
    const config = '/repos/Codertocat/Hello-World/contents/.github%2Fdev-process.yml';
    expect(r.gh.requests).toContainEqual(request('GET', config, { status: 404 }));
    expect(r.gh.requests.filter((q) => q.path === '/graphql').map((q) => q.status)).toEqual([200]);
    expect(r.annotations).toEqual([]);
  });

  it('a PR waiting past the SLA: a warning naming reviewers as text; fail-on-breach fails', async () => {
    const payload = examplePayload('pull_request', 'review_requested');
    const n = payload.pull_request.number as number;
    const pulls = [pull(n, [requested(ago(6), 'alice'), teamRequested(ago(6), 'web')])];
    const r = await run('pull_request', payload, pulls);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ 'waiting-on': 'reviewer', 'waiting-hours': '6', breached: 'true' });
    expect(r.annotations.map((a) => a.command)).toEqual(['warning']);
    expect(r.annotations[0]!.message).toContain('for @alice, team:web');
    const failing = await run('pull_request', payload, pulls, { 'fail-on-breach': 'true' });
    expect(failing.code).toBe(1);
  });

  it('schedule over 120 open PRs: 3 pages of 50 (+1 for a long timeline), sorted table, annotations capped', async () => {
    const pulls = Array.from({ length: 120 }, (_, i) =>
      pull(
        i + 1,
        i % 4 === 0 ? [requested(ago(10 + i), 'alice')] : [requested(ago(2), 'bob'), reviewed(ago(1), user('bob'))],
        { isDraft: i === 119 },
      ),
    );
    // PR 2 has 150 timeline items: its last 50 come from a follow-up query.
    pulls[1]!.timeline = [
      ...Array.from({ length: 149 }, (_, k) => committed(ago(5 + k / 100))),
      requested(ago(3), 'carol'),
    ];
    const r = await run('schedule', { schedule: '0 8 * * 1-5', repository: { full_name: 'octo-org/app' } }, pulls);
    expect(r.code).toBe(0);
    const graphql = r.gh.requests.filter((q) => q.path === '/graphql');
    expect(graphql).toHaveLength(4);
    expect(graphql.every((q) => q.status === 200)).toBe(true);
    expect(r.outputs).toEqual({ 'breached-count': '30', 'open-prs': '119', incomplete: 'false' });
    const warnings = r.annotations.filter((a) => a.command === 'warning');
    expect(warnings).toHaveLength(10);
    expect(warnings[0]!.message).toContain('PR #117 "PR 117" has waited 126 working hours for @alice');
    expect(warnings[9]!.message).toBe('21 more warnings are listed in the job summary (GitHub shows 10 per step).');
    expect(r.summary.split('\n').filter((l) => l.startsWith('| [\\#')).length).toBe(119);
    expect(r.summary).toContain('30 of 119 ready PRs over SLA');
    expect(r.summary).toMatch(
      /\| \[\\#2 PR 2\]\(https:\/\/github\.com\/[^)]+\/pull\/2\) \| `author` \| reviewer \| &#64;carol \| 3 \|/,
    );
  });

  it('a 502 on page 2 is retried; a page that keeps failing makes the report incomplete, not wrong', async () => {
    const pulls = Array.from({ length: 70 }, (_, i) => pull(i + 1, [requested(ago(1), 'alice')]));
    const payload = { repository: { full_name: 'octo-org/app' } };
    const page2 = /"cursor":"50"/;
    const once = await run('workflow_dispatch', payload, pulls, {}, [
      { method: 'POST', path: /^\/graphql$/, body: page2, status: 502, times: 1 },
    ]);
    expect(once.outputs).toEqual({ 'breached-count': '0', 'open-prs': '70', incomplete: 'false' });
    const always = await run('workflow_dispatch', payload, pulls, {}, [
      { method: 'POST', path: /^\/graphql$/, body: page2, status: 502, times: Infinity },
    ]);
    expect(always.code).toBe(0);
    expect(always.outputs).toEqual({ 'breached-count': '0', 'open-prs': '50', incomplete: 'true' });
    expect(always.annotations[0]!.message).toMatch(
      /^page 2 of open pull requests could not be read .*; 50 of 70 were evaluated\.$/,
    );
    expect(always.summary).toContain('**Incomplete:**');
  });

  it('hostile titles and logins are escaped in the summary and annotations', async () => {
    const pulls = [
      pull(1, [requested(ago(9), 'x::error::y')], {
        title: '</table><script>alert(1)</script> | @org/team\n::error::pwned',
      }),
    ];
    const r = await run('schedule', { repository: { full_name: 'octo-org/app' } }, pulls);
    expect(r.commands.filter((c) => c.command === 'error')).toEqual([]);
    expect(withoutCodeSpans(r.summary)).not.toContain('<');
    expect(tablesAreWellFormed(r.summary)).toBe(true);
  });

  it.each([
    [{ timezone: 'Mars/Olympus' }, `Input 'timezone' is "Mars/Olympus": not a time zone.`],
    [{ 'business-hours': '25:00-3' }, `Input 'business-hours' is "25:00-3": not HH:MM-HH:MM.`],
    [{ 'sla-hours': '-1' }, `Input 'sla-hours' is "-1": must be a finite number ≥ 0.`],
    [{ 'business-days': 'Funday' }, `Input 'business-days' is "Funday": "funday" is not a day name or range.`],
  ])('bad input %j: one error line, exit 1, no API call', async (inputs, message) => {
    const r = await run('schedule', { repository: { full_name: 'octo-org/app' } }, [], inputs);
    expect(r.code).toBe(1);
    expect(r.annotations).toHaveLength(1);
    expect(r.annotations[0]!.message.startsWith(message)).toBe(true);
    expect(r.gh.requests).toEqual([]);
  });

  it('a push event is skipped with a notice', async () => {
    const r = await run('push', examplePayload('push'), []);
    expect(r.code).toBe(0);
    expect(r.annotations[0]!.command).toBe('notice');
    expect(r.gh.requests).toEqual([]);
  });
});

describe('review-latency and GitHub\u2019s real semantics (issue #12)', () => {
  it('ignore-users accepts @login and compares case-insensitively; what cannot be a login is refused', async () => {
    const payload = examplePayload('pull_request_review', 'submitted');
    const n = payload.pull_request.number as number;
    const pulls = [pull(n, [requested(ago(30), 'alice'), reviewed(ago(20), user('Alice'), 'APPROVED')])];
    const counted = await run('pull_request_review', payload, pulls);
    const at = await run('pull_request_review', payload, pulls, { 'ignore-users': '@alice' });
    const plain = await run('pull_request_review', payload, pulls, { 'ignore-users': 'ALICE' });
    expect(counted.outputs['first-review-hours']).toBe('10');
    expect(at.outputs).toEqual(plain.outputs);
    expect(at.outputs['first-review-hours']).not.toBe('10');
    const bad = await run('pull_request_review', payload, pulls, { 'ignore-users': 'alice, not/a-login' });
    expect(bad.code).toBe(1);
    expect(bad.annotations.map((a) => a.command)).toEqual(['error']);
    expect(bad.annotations[0]!.message).toMatch(/^Input 'ignore-users' is .*"not\/a-login" is not a GitHub login/);
  });

  it('schedule: a null pull request node (FORBIDDEN) is skipped and said so; the rest is evaluated', async () => {
    const pulls = [1, 2, 3].map((n) => pull(n, [requested(ago(30), 'alice')]));
    const answer = (d: any, q: string) => {
      if (!q.includes('query OpenPullTimelines')) return d;
      d.repository.pullRequests.nodes[1] = null;
      return new PartialAnswer(d, [forbidden(['repository', 'pullRequests', 'nodes', 1])]);
    };
    const r = await run('schedule', { schedule: '0 8 * * 1', repository: { full_name: 'o/r' } }, pulls, {}, [], answer);
    expect(r.code).toBe(0);
    expect(r.outputs['open-prs']).toBe('2');
    const warnings = r.annotations.filter((a) => a.command === 'warning' && /skipped/.test(a.message));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(
      /could not be read and was skipped: 1 open pull request.*'pull-requests: read'/,
    );
  });
});
