/**
 * The fault matrix, for every action that reads the API, through its built bundle: a 5xx then
 * success (retried, same result), a secondary rate limit with retry-after (waited, not failed), a
 * permanent 5xx (a clear error or an incomplete report, never a false green), the token never
 * printed, and a crash reported as one line with a hint (the stack only in debug mode).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  apiFile,
  forbidden,
  PartialAnswer,
  startFakeGitHub,
  type Fault,
  type FakeGitHub,
} from '../fake-github/server.ts';
import { reviewGraphql } from '../fake-github/review-graphql.ts';
import { closesFiveAnswer, waitingPulls } from '../fixtures/api-scenario.ts';
import { pullRequestPayload, repoOf } from '../fixtures/payloads.ts';
import { runDist, type DistRun } from '../helpers/run-dist.ts';

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const TOKEN = 'ghs_faketoken0123456789';
const payload = pullRequestPayload({ number: 12, additions: 30, deletions: 0, changedFiles: 2 });
const { owner, repo } = repoOf(payload);
const pulls = waitingPulls(3);
const linksGraphql = closesFiveAnswer;

interface Case {
  entry: string;
  event: string;
  /** The request that carries the action's data (where faults are injected). */
  data: Pick<Fault, 'method' | 'path'>;
  graphql?: (q: string, v: Record<string, unknown>) => unknown;
  inputs?: Record<string, string>;
  /** Outputs that must be the same with and without a transient fault. */
  keys: string[];
  eventPayload?: unknown;
  /** GitHub's answer with null nodes and FORBIDDEN errors beside the partial data (GraphQL readers). */
  partial?: (data: any, query: string) => unknown;
}

const denied = (data: unknown, ...path: (string | number)[]) => new PartialAnswer(data, [forbidden(path)]);

const CASES: Case[] = [
  {
    entry: 'pr-size',
    event: 'pull_request',
    data: { method: 'GET', path: /\/pulls\/12\/files$/ },
    inputs: { 'apply-labels': 'false' },
    keys: ['size', 'changed-lines'],
  },
  {
    entry: 'docs-required',
    event: 'pull_request',
    data: { method: 'GET', path: /\/pulls\/12\/files$/ },
    keys: ['missing', 'code-files'],
  },
  {
    entry: 'self-review',
    event: 'pull_request',
    data: { method: 'GET', path: /\/pulls\/12\/files$/ },
    keys: ['count', 'findings'],
  },
  {
    entry: 'review-latency',
    event: 'pull_request',
    data: { method: 'POST', path: /^\/graphql$/ },
    graphql: reviewGraphql(owner, repo, pulls),
    keys: ['waiting-on', 'waiting-hours'],
    partial: (d) => {
      d.repository.pullRequest.timelineItems.nodes.unshift(null);
      return denied(d, 'repository', 'pullRequest', 'timelineItems', 'nodes', 0);
    },
  },
  {
    entry: 'review-latency',
    event: 'schedule',
    eventPayload: { schedule: '0 8 * * 1' },
    data: { method: 'POST', path: /^\/graphql$/ },
    graphql: reviewGraphql(owner, repo, pulls),
    keys: ['open-prs', 'breached-count'],
    partial: (d) => {
      d.repository.pullRequests.nodes[0] = null;
      return denied(d, 'repository', 'pullRequests', 'nodes', 0);
    },
  },
  {
    entry: 'issue-linked',
    event: 'pull_request',
    data: { method: 'POST', path: /^\/graphql$/ },
    graphql: linksGraphql,
    keys: ['issues'],
    partial: (d) => {
      d.repository.pullRequest.closingIssuesReferences.nodes.push(null);
      d.repository.pullRequest.labels.nodes.push(null);
      d.repository.pullRequest.commits.nodes.push(null);
      return denied(d, 'repository', 'pullRequest', 'closingIssuesReferences', 'nodes', 0);
    },
  },
  {
    entry: 'wip-report',
    event: 'schedule',
    eventPayload: { schedule: '0 8 * * 1' },
    data: { method: 'POST', path: /^\/graphql$/ },
    graphql: reviewGraphql(owner, repo, pulls),
    inputs: { upload: 'false' },
    keys: ['open-prs'],
    partial: (d, q) => {
      if (!q.includes('OpenPullsForReport')) return d;
      d.repository.pullRequests.nodes[0] = null;
      return denied(d, 'repository', 'pullRequests', 'nodes', 0);
    },
  },
];

async function run(
  c: Case,
  faults: Fault[] = [],
  env: Record<string, string> = {},
  partial = false,
): Promise<DistRun & { gh: FakeGitHub }> {
  const gh = await startFakeGitHub({
    owner,
    repo,
    pulls: { 12: { files: [apiFile('src/a.ts', 20), apiFile('docs/a.md', 10)], labels: [] } },
    ...(c.graphql ? { graphql: c.graphql } : {}),
    ...(c.graphql && partial && c.partial
      ? { graphql: (q: string, v: Record<string, unknown>) => c.partial!(c.graphql!(q, v), q) }
      : {}),
    faults,
  });
  servers.push(gh);
  const inputs = {
    ...c.inputs,
    ...(c.entry === 'wip-report' ? { 'output-dir': mkdtempSync(join(tmpdir(), 'faults-')) } : {}),
  };
  const r = await runDist(c.entry, {
    eventName: c.event,
    payload: c.eventPayload ?? payload,
    apiUrl: gh.url,
    repository: `${owner}/${repo}`,
    inputs,
    env: { DEV_PROCESS_RETRY_BASE_MS: '20', ...env },
  });
  return { ...r, gh };
}

const pick = (o: Record<string, string>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));
const noToken = (r: DistRun): void => {
  const lines = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => l.includes(TOKEN));
  expect(lines.every((l) => l === `::add-mask::${TOKEN}`)).toBe(true);
};

describe.each(CASES)('faults: $entry on $event', (c) => {
  it('a 502 then success is retried: same result', async () => {
    const clean = await run(c);
    const flaky = await run(c, [{ ...c.data, status: 502, times: 1 }]);
    expect(flaky.code).toBe(clean.code);
    expect(pick(flaky.outputs, c.keys)).toEqual(pick(clean.outputs, c.keys));
    expect(flaky.gh.requests.filter((q) => q.status === 502)).toHaveLength(1);
    noToken(flaky);
  });

  it('a secondary rate limit with retry-after is waited out, not failed', async () => {
    const clean = await run(c);
    const limited = await run(c, [
      {
        ...c.data,
        status: 403,
        times: 1,
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        headers: { 'retry-after': '1' },
      },
    ]);
    expect(limited.code).toBe(clean.code);
    expect(pick(limited.outputs, c.keys)).toEqual(pick(clean.outputs, c.keys));
  });

  it('a permanent 5xx is a clear error, never a false green', async () => {
    const r = await run(c, [{ ...c.data, status: 500, times: Infinity }]);
    // Nothing could be read: an error for every action. (A schedule run that loses a later page
    // reports `incomplete` instead; the review-latency and wip-report e2e tests cover that.)
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.command)).toEqual(['error']);
    expect(r.annotations[0]!.message).toMatch(
      new RegExp(
        `^${c.entry} could not finish: GitHub API .* answered 500: .*GitHub had an error; it was retried\\. Re-run the job later\\.`,
      ),
    );
    noToken(r);
  });
});

describe.each(CASES.filter((c) => c.partial))('partial GraphQL answers: $entry on $event', (c) => {
  it('errors beside partial data with null nodes: no crash, what was read is used, one warning names the permission', async () => {
    const r = await run(c, [], {}, true);
    expect(r.stderr).not.toMatch(/TypeError/);
    expect(r.annotations.filter((a) => a.command === 'error')).toEqual([]);
    const named = r.annotations.filter(
      (a) => a.command === 'warning' && /'(?:issues|pull-requests): read'/.test(a.message),
    );
    expect(named).toHaveLength(1);
    expect(named[0]!.message).toMatch(/skipped|could not be read/);
    noToken(r);
  });
});

describe('a crash (GitHub answers something unexpected)', () => {
  const garbage: Case = {
    ...CASES.find((c) => c.entry === 'review-latency' && c.event === 'pull_request')!,
    graphql: () => ({ repository: { pullRequest: { number: 'not a pull request' } } }),
  };

  it('is one error line with a hint; the stack only with ACTIONS_STEP_DEBUG; the token never printed', async () => {
    const r = await run(garbage);
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.command)).toEqual(['error']);
    expect(r.annotations[0]!.message).toMatch(
      /^review-latency could not finish: .*\(Re-run with debug logging for the stack trace\.\)$/,
    );
    expect(r.stdout).not.toMatch(/^\s+at /m);
    noToken(r);
    const debug = await run(garbage, [], { ACTIONS_STEP_DEBUG: 'true' });
    expect(debug.code).toBe(1);
    expect(debug.stdout).toMatch(/^::debug::.*%0A\s+at /m); // the stack, as a debug line the runner shows only in debug mode
    expect(r.stdout).not.toMatch(/^::debug::.*%0A\s+at /m);
    noToken(debug);
  });
});
