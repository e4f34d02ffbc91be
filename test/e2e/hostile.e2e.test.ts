/**
 * The hostile corpus through every action's built bundle: as PR titles, branch names, file names,
 * label names, logins and review bodies. No injected workflow command, no broken markdown table,
 * no unescaped HTML, no crash.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { parse } from 'parse5';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { apiFile, startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { requested, reviewed, reviewGraphql, user, type FakePullTimeline } from '../fake-github/review-graphql.ts';
import { HOSTILE, HOSTILE_FILE_NAMES, hostilePath, injectedCommands } from '../fixtures/hostile.ts';
import { examplePayload, pullRequestPayload, repoOf } from '../fixtures/payloads.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { tablesAreWellFormed, withoutCodeSpans } from '../helpers/markdown.ts';
import { ROOT, runDist, type DistRun as DistResult } from '../helpers/run-dist.ts';

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
let cases = 0;
afterAll(() => {
  console.log(`hostile corpus: ${HOSTILE.length} strings, ${cases} (string, place) cases across the actions`);
});

/** What must hold for any run fed hostile text. */
function expectSafe(r: DistResult, o: { exit?: number } = {}): void {
  expect(r.stderr).not.toMatch(/TypeError|ReferenceError|at .*index\.js/);
  if (o.exit !== undefined) expect(r.code).toBe(o.exit);
  expect(injectedCommands(r.stdout)).toEqual([]);
  expect(tablesAreWellFormed(r.summary)).toBe(true);
  const md = withoutCodeSpans(r.summary);
  for (const tag of ['<script', '</table', '<img', '<svg', '<!--']) expect(md).not.toContain(tag);
  expect(r.stdout).not.toContain('\u001b');
  expect(r.stdout).not.toContain('\u009b');
}

function htmlIsSafe(html: string): void {
  const errors: string[] = [];
  const doc = parse(html, { onParseError: (e) => errors.push(e.code) });
  expect(errors).toEqual([]);
  const bad: string[] = [];
  const walk = (n: any): void => {
    if (n.tagName === 'script' || n.tagName === 'img') bad.push(n.tagName);
    for (const a of n.attrs ?? []) if (/^on/i.test(a.name)) bad.push(a.name);
    for (const c of n.childNodes ?? []) walk(c);
    if (n.content) walk(n.content);
  };
  walk(doc);
  expect(bad).toEqual([]);
}

function hostilePull(): Record<string, any> {
  const payload = pullRequestPayload({
    number: 12,
    action: 'synchronize',
    title: HOSTILE.join(' '),
    labels: [...HOSTILE],
  });
  payload.pull_request.head.ref = HOSTILE[7];
  payload.pull_request.user.login = HOSTILE[33];
  return payload;
}

async function viaApi(entry: string, inputs: Record<string, string> = {}) {
  const payload = hostilePull();
  const { owner, repo } = repoOf(payload);
  const files = HOSTILE.map((s, i) => apiFile(hostilePath(s, i), 3));
  const gh = await startFakeGitHub({ owner, repo, pulls: { 12: { files, labels: [...HOSTILE] } } });
  servers.push(gh);
  return runDist(entry, { eventName: 'pull_request', payload, apiUrl: gh.url, repository: `${owner}/${repo}`, inputs });
}

const ago = (h: number): string => new Date(Date.now() - h * 3_600_000).toISOString();
const hostilePulls = (): FakePullTimeline[] =>
  HOSTILE.map((s, i) => ({
    number: i + 1,
    title: s,
    createdAt: ago(100 + i),
    isDraft: false,
    author: user(HOSTILE[(i + 1) % HOSTILE.length]!),
    timeline: [requested(ago(90), s), reviewed(ago(10), user(HOSTILE[(i + 2) % HOSTILE.length]!), 'CHANGES_REQUESTED')],
    body: s,
    labels: [s],
    commitMessages: [s],
  }));

describe(`hostile corpus (${HOSTILE.length} strings) through every action`, () => {
  it('pr-size: titles, branch, labels, file names, author', async () => {
    const r = await viaApi('pr-size', { 'fail-at': 'XXL' });
    expectSafe(r);
    cases += HOSTILE.length * 4;
  });

  it('self-review: hostile file names and added lines in annotations and the summary', async () => {
    const payload = hostilePull();
    const { owner, repo } = repoOf(payload);
    const files = HOSTILE.map((s, i) =>
      apiFile(`${hostilePath(s, i)}.ts`, 2, 0, 'added', {
        patch: `@@ -0,0 +1,2 @@\n+debugger; // ${s}\n+it.only('x', f);`,
      }),
    );
    const gh = await startFakeGitHub({ owner, repo, pulls: { 12: { files, labels: [...HOSTILE] } } });
    servers.push(gh);
    const r = await runDist('self-review', {
      eventName: 'pull_request',
      payload,
      apiUrl: gh.url,
      repository: `${owner}/${repo}`,
      inputs: {},
    });
    expectSafe(r, { exit: 1 });
    expect(r.annotations.filter((a) => a.command === 'error').length).toBeGreaterThan(0);
    cases += HOSTILE.length * 2;
  });

  it('docs-required: hostile code file names in annotations and the summary', async () => {
    const r = await viaApi('docs-required', { rules: '- code: ["src/**"]\n  docs: ["docs/**"]' });
    expectSafe(r, { exit: 1 });
    expect(r.annotations.filter((a) => a.command === 'error').length).toBeGreaterThan(0);
    cases += HOSTILE.length * 2;
  });

  it('review-latency schedule: hostile titles, authors and reviewers', async () => {
    const gh = await startFakeGitHub({
      owner: 'octo-org',
      repo: 'app',
      graphql: reviewGraphql('octo-org', 'app', hostilePulls()),
    });
    servers.push(gh);
    const r = await runDist('review-latency', {
      eventName: 'schedule',
      payload: { schedule: '0 8 * * 1' },
      apiUrl: gh.url,
      repository: 'octo-org/app',
      inputs: { 'sla-hours': '1' },
    });
    expectSafe(r, { exit: 0 });
    cases += HOSTILE.length * 3;
  });

  it('wip-report: hostile titles, logins, labels, bodies and commit messages in md, json and html', async () => {
    const pulls = hostilePulls();
    const merged = HOSTILE.slice(0, 20).map((s, i) => ({
      number: 1000 + i,
      title: s,
      createdAt: ago(50),
      mergedAt: ago(5 + i),
      additions: 1,
      deletions: 1,
      author: user(s),
    }));
    const milestones = HOSTILE.slice(0, 5).map((s, i) => ({
      number: i + 1,
      title: s,
      dueOn: ago(24),
      state: 'CLOSED' as const,
      closedAt: [ago(30)],
    }));
    const gh = await startFakeGitHub({
      owner: 'octo-org',
      repo: 'app',
      graphql: reviewGraphql('octo-org', 'app', pulls, { merged, milestones }),
    });
    servers.push(gh);
    const out = mkdtempSync(join(tmpdir(), 'wip-hostile-'));
    const r = await runDist('wip-report', {
      eventName: 'schedule',
      payload: { schedule: '0 8 * * 1' },
      apiUrl: gh.url,
      repository: 'octo-org/app',
      inputs: { 'output-dir': out, upload: 'false' },
    });
    expectSafe(r, { exit: 0 });
    htmlIsSafe(readFileSync(join(out, 'report.html'), 'utf8'));
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).openPrs).toHaveLength(HOSTILE.length);
    cases += HOSTILE.length * 6;
  });

  it('issue-linked: hostile title, body, commit messages and labels', async () => {
    const payload = hostilePull();
    const { owner, repo } = repoOf(payload);
    const graphql = () => ({
      repository: {
        pullRequest: {
          title: HOSTILE.join(' '),
          body: HOSTILE.join('\n'),
          author: { __typename: 'User', login: HOSTILE[33] },
          labels: { nodes: HOSTILE.map((name) => ({ name })) },
          closingIssuesReferences: { nodes: [] },
          commits: { totalCount: HOSTILE.length, nodes: HOSTILE.map((message) => ({ commit: { message } })) },
        },
      },
    });
    const gh = await startFakeGitHub({ owner, repo, graphql });
    servers.push(gh);
    const r = await runDist('issue-linked', {
      eventName: 'pull_request',
      payload,
      apiUrl: gh.url,
      repository: `${owner}/${repo}`,
      inputs: { 'fail-if-missing': 'true' },
    });
    expectSafe(r, { exit: 1 });
    cases += HOSTILE.length * 4;
  });

  it('formatter-enforced: hostile file names in a real checkout, and hostile review bodies', async () => {
    const repo = makeRepo();
    repo.write('.prettierrc', '{ "semi": true }\n');
    const base = repo.commit('base');
    HOSTILE_FILE_NAMES.forEach((s, i) => repo.write(`src/${i}-${s}.ts`, 'export const   x={a:1}\n'));
    const head = repo.commit('pr');
    const payload = pullRequestPayload({ number: 12, baseSha: base, headSha: head, title: HOSTILE.join(' ') });
    const { owner, repo: name } = repoOf(payload);
    const gh = await startFakeGitHub({ owner, repo: name, pulls: { 12: { files: [], labels: [] } } });
    servers.push(gh);
    const PATH = [
      join(ROOT, 'node_modules', '.bin'),
      dirname(process.execPath),
      '/usr/local/bin',
      '/usr/bin',
      '/bin',
    ].join(delimiter);
    const r = await runDist('formatter-enforced', {
      eventName: 'pull_request',
      payload,
      apiUrl: gh.url,
      repository: `${owner}/${name}`,
      workspace: repo.dir,
      env: { PATH },
    });
    expectSafe(r, { exit: 1 });
    expect(
      HOSTILE_FILE_NAMES.map((s, i) => `src/${i}-${s}.ts`).filter(
        (f) => !JSON.parse(r.outputs['unformatted-files']!).includes(f),
      ),
    ).toEqual([]);
    for (const body of [HOSTILE.join('\n'), ...HOSTILE.slice(0, 10)]) {
      const p = examplePayload('pull_request_review_comment', 'created');
      p.comment.body = body;
      p.comment.path = body.slice(0, 100);
      const c = await runDist('formatter-enforced', {
        eventName: 'pull_request_review_comment',
        payload: p,
        apiUrl: gh.url,
        repository: `${owner}/${name}`,
        workspace: repo.dir,
      });
      expectSafe(c, { exit: 0 });
    }
    cases += HOSTILE_FILE_NAMES.length + 11;
  });
});

describe('hostile events and inputs (issue #12)', () => {
  const ENTRIES = [
    'pr-size',
    'docs-required',
    'issue-linked',
    'review-latency',
    'wip-report',
    'formatter-enforced',
    'self-review',
  ];

  it.each(ENTRIES)('%s: an event payload that is not JSON is one error line naming it, exit 1', async (entry) => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-event-'));
    const event = join(dir, 'event.json');
    writeFileSync(event, '{"pull_request": {"number": 1,');
    const eventName = entry === 'wip-report' ? 'schedule' : 'pull_request';
    const r = await runDist(entry, { eventName, payload: {}, env: { GITHUB_EVENT_PATH: event } });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.command)).toEqual(['error']);
    expect(r.annotations[0]!.message).toMatch(/^The event payload .*GITHUB_EVENT_PATH.* is not JSON/);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/SyntaxError|^\s+at /m);
    cases++;
  });
});
