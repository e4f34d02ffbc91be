/**
 * GitHub's rate limits through the built bundles (issue #12 item 6): a reset within a minute is waited out;
 * a reset far away (an hour) stops the run at once with one line giving the reset time, and a schedule
 * report built from what was read marks itself incomplete instead. Nothing is requested after the stop.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiFile, startFakeGitHub, type Fault, type FakeGitHub } from '../fake-github/server.ts';
import { reviewGraphql } from '../fake-github/review-graphql.ts';
import { closesFiveAnswer, waitingPulls } from '../fixtures/api-scenario.ts';
import { pullRequestPayload, repoOf } from '../fixtures/payloads.ts';
import { runDist, type DistRun } from '../helpers/run-dist.ts';

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const payload = pullRequestPayload({ number: 12, additions: 30, deletions: 0, changedFiles: 2 });
const { owner, repo } = repoOf(payload);
const pulls = waitingPulls;
const links = closesFiveAnswer;

/** A primary rate limit used up: 403, remaining 0, reset `inSeconds` from now (epoch seconds, as GitHub sends). */
function primary(match: Pick<Fault, 'method' | 'path' | 'body'>, inSeconds: number, status = 403): Fault {
  const reset = Math.floor(Date.now() / 1000) + inSeconds;
  return {
    ...match,
    status,
    times: 1,
    message: 'API rate limit exceeded for installation.',
    headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
  };
}
const resetIso = (f: Fault): string =>
  new Date(Number(f.headers!['x-ratelimit-reset']) * 1000).toISOString().replace(/\.000Z$/, 'Z');

interface Case {
  entry: string;
  event: string;
  eventPayload?: unknown;
  data: Pick<Fault, 'method' | 'path' | 'body'>;
  graphql?: (q: string, v: Record<string, unknown>) => unknown;
  inputs?: Record<string, string>;
}

const FILES = { method: 'GET', path: /\/pulls\/12\/files$/ };
const GRAPHQL = { method: 'POST', path: /^\/graphql$/ };
const PR_CASES: Case[] = [
  { entry: 'pr-size', event: 'pull_request', data: FILES, inputs: { 'apply-labels': 'false' } },
  { entry: 'docs-required', event: 'pull_request', data: FILES },
  // formatter-enforced reads the PR's file list before it runs any formatter
  { entry: 'formatter-enforced', event: 'pull_request', data: FILES },
  { entry: 'self-review', event: 'pull_request', data: FILES },
  { entry: 'review-latency', event: 'pull_request', data: GRAPHQL, graphql: reviewGraphql(owner, repo, pulls(3)) },
  { entry: 'issue-linked', event: 'pull_request', data: GRAPHQL, graphql: links },
];

async function run(c: Case, faults: Fault[]): Promise<DistRun & { gh: FakeGitHub }> {
  const gh = await startFakeGitHub({
    owner,
    repo,
    pulls: { 12: { files: [apiFile('src/a.ts', 20), apiFile('docs/a.md', 10)], labels: [] } },
    ...(c.graphql ? { graphql: c.graphql } : {}),
    faults,
  });
  servers.push(gh);
  const r = await runDist(c.entry, {
    eventName: c.event,
    payload: c.eventPayload ?? payload,
    apiUrl: gh.url,
    repository: `${owner}/${repo}`,
    inputs: c.inputs ?? {},
    env: { DEV_PROCESS_RETRY_BASE_MS: '20' },
  });
  return { ...r, gh };
}

const limited = (gh: FakeGitHub): number => gh.count((q) => q.status === 403 || q.status === 429);

describe.each(PR_CASES)('rate limit: $entry on $event', (c) => {
  it('a reset an hour away stops at once with one line giving the reset time; nothing requested after it', async () => {
    const fault = primary(c.data, 3600);
    const r = await run(c, [fault]);
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.command)).toEqual(['error']);
    expect(r.annotations[0]!.message).toMatch(
      new RegExp(`^${c.entry} could not finish: GitHub's API rate limit is used up until ${resetIso(fault)} `),
    );
    expect(r.stdout).not.toMatch(/retrying in/);
    expect(limited(r.gh)).toBe(1);
    expect(r.gh.requests.at(-1)!.status).toBe(403);
  });
});

describe('rate limit: short resets are waited out', () => {
  it('403 with remaining 0 and a reset 2 s away: waited, then the same result as without the limit', async () => {
    const c = PR_CASES[0]!;
    const clean = await run(c, []);
    const r = await run(c, [primary(c.data, 2)]);
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual(clean.outputs);
    expect(r.stdout).toMatch(/rate limit .*; retrying in [123]s/i);
    expect(limited(r.gh)).toBe(1);
  });

  it('429 with retry-after 3600 stops; 429 with retry-after 1 is waited out', async () => {
    const c = PR_CASES[1]!;
    const far = await run(c, [{ ...c.data, status: 429, times: 1, headers: { 'retry-after': '3600' } }]);
    expect(far.code).toBe(1);
    expect(far.annotations[0]!.message).toMatch(/rate limit .* until \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ /);
    expect(limited(far.gh)).toBe(1);
    const near = await run(c, [{ ...c.data, status: 429, times: 1, headers: { 'retry-after': '1' } }]);
    expect(near.code).toBe(0);
    expect(limited(near.gh)).toBe(1);
  });
});

describe('rate limit: a schedule report marks itself incomplete', () => {
  const page2 = { ...GRAPHQL, body: /"cursor":"50"/ };
  const schedule = { schedule: '0 8 * * 1' };

  it('review-latency: a far reset on page 2 reports the 50 PRs read, incomplete, with the reset time', async () => {
    const fault = primary(page2, 3600);
    const c = { entry: 'review-latency', event: 'schedule', eventPayload: schedule, data: page2 };
    const r = await run({ ...c, graphql: reviewGraphql(owner, repo, pulls(70)) }, [fault]);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ 'open-prs': '50', incomplete: 'true' });
    expect(r.annotations.map((a) => a.message).join('\n')).toContain(resetIso(fault));
    expect(r.gh.requests.at(-1)!.status).toBe(403);
  });

  it('wip-report: a far reset on page 2 builds the report from what was read, incomplete, nothing requested after', async () => {
    const fault = primary(page2, 3600);
    const r = await run(
      {
        entry: 'wip-report',
        event: 'schedule',
        eventPayload: schedule,
        data: page2,
        graphql: reviewGraphql(owner, repo, pulls(70)),
        inputs: { upload: 'false', 'output-dir': mkdtempSync(join(tmpdir(), 'rate-limit-')) },
      },
      [fault],
    );
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ 'open-prs': '50', incomplete: 'true' });
    expect(r.summary).toContain('**Incomplete:**');
    const warnings = r.annotations.filter((a) => a.command === 'warning').map((a) => a.message);
    expect(warnings[0]).toMatch(
      /: page 2 of open pull requests could not be read \(GitHub.s API rate limit is used up until /,
    );
    for (const w of warnings) expect(w).toContain(resetIso(fault));
    expect(limited(r.gh)).toBe(1);
    expect(r.gh.requests.at(-1)!.status).toBe(403);
  });
});
