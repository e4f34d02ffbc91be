import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'parse5';
import { afterEach, describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/report-file/schema.ts';
import { forbidden, PartialAnswer, startFakeGitHub, type Fault, type FakeGitHub } from '../fake-github/server.ts';
import {
  requested,
  reviewed,
  reviewGraphql,
  user,
  type FakeMerged,
  type FakeMilestone,
  type FakePullTimeline,
} from '../fake-github/review-graphql.ts';
import { tablesAreWellFormed, withoutCodeSpans } from '../helpers/markdown.ts';
import { runDist } from '../helpers/run-dist.ts';

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const ago = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();
const SCHEDULE = { schedule: '0 8 * * 1' };

function scenario(n = 300) {
  const pulls: FakePullTimeline[] = Array.from({ length: n }, (_, i) => ({
    number: i + 1,
    title:
      i === 7
        ? 'Add retention settings page'
        : i === 8
          ? 'add retention settings page'
          : `Change number ${i + 1} of many`,
    createdAt: ago(24 * (1 + (i % 30))),
    isDraft: i % 20 === 0,
    author: user(`dev${i % 12}`),
    timeline:
      i % 3
        ? [requested(ago(20), `dev${(i + 1) % 12}`)]
        : [requested(ago(20), 'rev'), reviewed(ago(10), user('rev'), 'APPROVED')],
    additions: (i * 37) % 900,
    deletions: 5,
    labels: i % 10 === 0 ? ['size/XS'] : [],
    closes: i === 3 || i === 4 ? [42] : [],
    commitMessages: i === 5 ? ['Refactor the parser\n\nFixes #42'] : [`Commit for ${i + 1}`],
  }));
  const merged: FakeMerged[] = Array.from({ length: 12 }, (_, i) => ({
    number: 1000 + i,
    title: `Merged ${i}`,
    createdAt: ago(30 + i * 5),
    mergedAt: ago(2 + i * 24),
    additions: 20 * i,
    deletions: 1,
    author: user('dev1'),
    milestone: i % 3 ? 'Sprint 41: collaboration MVP' : undefined,
    wasDraft: i % 2 === 0,
    reviewComments: i === 1 ? [{ body: 'nit: trailing whitespace here', createdAt: ago(20), author: 'dev3' }] : [],
  }));
  const milestones: FakeMilestone[] = [
    {
      number: 1,
      title: 'Sprint 41: collaboration MVP',
      dueOn: ago(48),
      state: 'CLOSED',
      closedAt: [ago(60), ago(70), ago(80), ago(90), ago(100)],
    },
    { number: 2, title: 'Sprint 42: ingestion order', dueOn: ago(-200), state: 'OPEN', closedAt: [ago(5), null] },
  ];
  return { pulls, merged, milestones };
}

async function run(
  inputs: Record<string, string>,
  faults: Fault[] = [],
  n = 300,
  answer: (data: any, query: string) => unknown = (d) => d,
) {
  const { pulls, merged, milestones } = scenario(n);
  const fake = reviewGraphql('octo-org', 'app', pulls, { merged, milestones });
  const gh = await startFakeGitHub({
    owner: 'octo-org',
    repo: 'app',
    graphql: (q, v) => answer(fake(q, v), q),
    faults,
  });
  servers.push(gh);
  const out = mkdtempSync(join(tmpdir(), 'wip-'));
  const r = await runDist('wip-report', {
    eventName: 'schedule',
    payload: SCHEDULE,
    apiUrl: gh.url,
    repository: 'octo-org/app',
    inputs: { 'output-dir': out, upload: 'false', ...inputs },
    env: { DEV_PROCESS_RETRY_BASE_MS: '20' },
  });
  return { ...r, gh, out };
}

describe('wip-report e2e (dist/wip-report/index.js, schedule event, fake GraphQL API)', () => {
  it('300 open PRs: 6 pages of 50 + merged + milestones; md, json and html written; summary = report.md', async () => {
    const r = await run({});
    expect(r.code).toBe(0);
    const graphql = r.gh.requests.filter((q) => q.path === '/graphql');
    expect(graphql).toHaveLength(8);
    expect(graphql.every((q) => q.status === 200)).toBe(true);
    expect(r.outputs).toEqual({
      'report-path': join(r.out, 'report.md'),
      'json-path': join(r.out, 'report.json'),
      'html-path': join(r.out, 'report.html'),
      'open-prs': '300',
      incomplete: 'false',
    });
    const json = reportSchema.parse(JSON.parse(readFileSync(join(r.out, 'report.json'), 'utf8')));
    expect(json.headline).toMatchObject({ openPrs: 300, openReady: 285, mergedInWindow: 7 });
    expect(json.duplicates.map((d) => [d.reason, d.pulls.map((p) => p.number)])).toEqual([
      ['all close #42', [4, 5, 6]],
      ['near-identical titles', [8, 9]],
    ]);
    // handbook §1, §2, §5 from the same merged-PR search (no extra request)
    expect(json.headline).toMatchObject({
      mergedServingSprintGoalPercent: 57.1,
      mergedStartedAsDraftPercent: 57.1,
      syntaxNitComments: 1,
    });
    expect(json.syntaxNits.comments.map((c) => [c.pull, c.url])).toEqual([
      [1001, 'https://github.com/octo-org/app/pull/1001#discussion_r100100'],
    ]);
    expect(json.history).toHaveLength(1);
    expect(json.sprintGoals.map((g) => [g.title, g.outcome])).toEqual([
      ['Sprint 41: collaboration MVP', 'Nailed it'],
      ['Sprint 42: ingestion order', 'In progress'],
    ]);
    const md = readFileSync(join(r.out, 'report.md'), 'utf8');
    expect(r.summary).toBe(md);
    expect(tablesAreWellFormed(md)).toBe(true);
    const errors: string[] = [];
    parse(readFileSync(join(r.out, 'report.html'), 'utf8'), { onParseError: (e) => errors.push(e.code) });
    expect(errors).toEqual([]);
  });

  it('a 502 on one page is retried and the report is complete', async () => {
    const r = await run({}, [
      { method: 'POST', path: /^\/graphql$/, body: /OpenPullsForReport.*"cursor":"100"/, status: 502, times: 1 },
    ]);
    expect(r.outputs.incomplete).toBe('false');
    expect(r.outputs['open-prs']).toBe('300');
    expect(r.gh.requests.filter((q) => q.status === 502)).toHaveLength(1);
  });

  it('a page that keeps failing: the report is built from what was read and says incomplete at the top and in the JSON', async () => {
    const r = await run({}, [
      { method: 'POST', path: /^\/graphql$/, body: /OpenPullsForReport.*"cursor":"100"/, status: 502, times: Infinity },
    ]);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ incomplete: 'true', 'open-prs': '100' });
    const json = reportSchema.parse(JSON.parse(readFileSync(join(r.out, 'report.json'), 'utf8')));
    expect(json.incomplete).toEqual([
      expect.stringMatching(
        /^octo-org\/app: page 3 of open pull requests could not be read .*; 100 of 300 were evaluated\.$/,
      ),
    ]);
    expect(r.summary.split('\n').slice(0, 6).join('\n')).toContain('**Incomplete:**');
    expect(r.annotations.filter((a) => a.command === 'warning')).toHaveLength(1);
  });

  it('trend from last week\u2019s report.json; a broken previous report is a notice, not a failure', async () => {
    const first = await run({}, [], 40);
    const previous = join(first.out, 'report.json');
    // Both runs read the clock; two runs within one second would make "last week" not older than this one
    // (ignored, rightly). Move the first report 5 s back: still the same day, so its week is replaced.
    const earlier = (iso: string): string => new Date(Date.parse(iso) - 5000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const last = JSON.parse(readFileSync(previous, 'utf8'));
    last.window.start = earlier(last.window.start);
    last.window.end = earlier(last.window.end);
    for (const h of last.history) h.end = earlier(h.end);
    writeFileSync(previous, JSON.stringify(last));
    const r = await run({ 'previous-report': previous }, [], 30);
    const json = reportSchema.parse(JSON.parse(readFileSync(join(r.out, 'report.json'), 'utf8')));
    expect(json.trend?.openPrs).toEqual({ previous: 40, delta: -10 });
    expect(r.summary).toContain('| Open PRs | 30 | 40 | −10 ▼ better |');
    expect(json.history.map((h) => h.openPrs)).toEqual([30]); // a rerun on the same day replaces that day's week
    const bad = join(mkdtempSync(join(tmpdir(), 'prev-')), 'report.json');
    writeFileSync(bad, '{"schemaVersion": 99}');
    const b = await run({ 'previous-report': bad }, [], 5);
    expect(b.code).toBe(0);
    expect(b.annotations.find((a) => a.command === 'notice')?.message).toContain('is not a report of schemaVersion 1');
  });

  it('a previous report of another repository is not last week: a notice says why, no trend, no history', async () => {
    const first = await run({}, [], 4);
    const json = JSON.parse(readFileSync(join(first.out, 'report.json'), 'utf8')) as { repositories: string[] };
    json.repositories = ['octo-org/other'];
    const other = join(first.out, 'other.json');
    writeFileSync(other, JSON.stringify(json));
    const r = await run({ 'previous-report': other }, [], 3);
    expect(r.code).toBe(0);
    const report = reportSchema.parse(JSON.parse(readFileSync(join(r.out, 'report.json'), 'utf8')));
    expect(report.trend).toBeNull();
    expect(report.history).toHaveLength(1);
    const notice = 'Last week\u2019s report (previous-report) is for octo-org/other, this one for octo-org/app';
    expect(r.annotations.filter((a) => a.command === 'notice').map((a) => a.message)).toEqual([
      expect.stringContaining(notice),
    ]);
    expect(r.summary).toContain('**Notice:** Last week\u2019s report \\(previous\\-report\\) is for octo\\-org/other');
  });

  it('hostile titles stay escaped in the summary and the HTML', async () => {
    const { pulls, merged, milestones } = scenario(2);
    pulls[0]!.title = '</table><script>alert(1)</script> | @here ::error::x';
    const gh = await startFakeGitHub({
      owner: 'octo-org',
      repo: 'app',
      graphql: reviewGraphql('octo-org', 'app', pulls, { merged, milestones }),
    });
    servers.push(gh);
    const out = mkdtempSync(join(tmpdir(), 'wip-'));
    const r = await runDist('wip-report', {
      eventName: 'workflow_dispatch',
      payload: {},
      apiUrl: gh.url,
      repository: 'octo-org/app',
      inputs: { 'output-dir': out, upload: 'false' },
    });
    expect(r.code).toBe(0);
    expect(withoutCodeSpans(r.summary)).not.toContain('<');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).not.toContain('<script');
    expect(r.commands.filter((c) => c.command === 'error')).toEqual([]);
  });

  it.each([
    [{ 'window-days': '0' }, `Input 'window-days' is "0": not a whole number from 1 to 90.`],
    [{ repositories: 'octo-org' }, `Input 'repositories' is "octo-org": "octo-org" is not owner/name.`],
    [{ timezone: 'Nowhere/City' }, `Input 'timezone' is "Nowhere/City": not a time zone.`],
  ])('bad input %j: one error line, exit 1', async (inputs, message) => {
    const r = await run(inputs, [], 1);
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.command)).toEqual(['error']);
    expect(r.annotations[0]!.message.startsWith(message)).toBe(true);
  });
});

const jsonOf = (out: string) => reportSchema.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));

describe('wip-report and GitHub\u2019s real answers (issue #12)', () => {
  it('the same repository listed twice (any case) is read and reported once', async () => {
    const r = await run({ repositories: 'octo-org/app\nOcto-Org/App, octo-org/app' }, [], 2);
    expect(r.code).toBe(0);
    expect(r.outputs['open-prs']).toBe('2');
    expect(r.gh.count((q) => JSON.stringify(q.body ?? null).includes('OpenPullsForReport'))).toBe(1);
  });

  it('one repository answering 502 after every retry: a report from the others, incomplete naming it', async () => {
    const down: Fault = {
      method: 'POST',
      path: /^\/graphql$/,
      body: /"name":"down"|repo:octo-org\/down/,
      status: 502,
      times: Infinity,
    };
    const r = await run({ repositories: 'octo-org/app, octo-org/down' }, [down], 3);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ incomplete: 'true', 'open-prs': '3' });
    expect(jsonOf(r.out).incomplete.join(' ')).toMatch(/octo-org\/down/);
    expect(r.annotations.filter((a) => a.command === 'error')).toEqual([]);
  });

  it('a repository the token cannot see (repository: null) is named as incomplete, not a crash', async () => {
    const r = await run({ repositories: 'octo-org/app, octo-org/hidden' }, [], 2);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ incomplete: 'true', 'open-prs': '2' });
    expect(jsonOf(r.out).incomplete.join(' ')).toMatch(/octo-org\/hidden/);
  });

  it('null nodes beside FORBIDDEN errors are skipped and counted; one warning names the permission', async () => {
    const answer = (d: any, q: string) => {
      if (q.includes('query OpenPullsForReport')) {
        d.repository.pullRequests.nodes[0] = null;
        d.repository.pullRequests.nodes[1].labels.nodes.push(null);
        d.repository.pullRequests.nodes[1].closingIssuesReferences.nodes.push(null);
        d.repository.pullRequests.nodes[1].commits.nodes.push(null);
        return new PartialAnswer(d, [forbidden(['repository', 'pullRequests', 'nodes', 0])]);
      }
      if (q.includes('query MergedPulls')) d.search.nodes.push(null);
      if (q.includes('query Milestones')) d.repository.milestones.nodes.push(null);
      return d;
    };
    const r = await run({}, [], 3, answer);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ incomplete: 'true', 'open-prs': '2' });
    const warnings = r.annotations.filter((a) => a.command === 'warning');
    expect(warnings.filter((w) => w.message.includes("'pull-requests: read'"))).toHaveLength(1);
    expect(jsonOf(r.out).incomplete.join(' ')).toMatch(/could not be read and was skipped: 1 open pull request/);
  });
});
