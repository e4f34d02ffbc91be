import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHECK_NAMES } from '../../src/runtime/action-runners.ts';
import { apiFile, startFakeGitHub, type ApiFile, type Fault, type FakeGitHub } from '../fake-github/server.ts';
import { pullRequestPayload, repoOf, type PullPayloadOptions } from '../fixtures/payloads.ts';
import { linesOf, makeRepo } from '../helpers/git-repo.ts';
import { markdownTables, tablesAreWellFormed, withoutCodeSpans } from '../helpers/markdown.ts';
import { request } from '../helpers/requests.ts';
import { runDist, type DistRun } from '../helpers/run-dist.ts';

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const TOKEN = 'ghs_faketoken0123456789';
const FAST_RETRY = { DEV_PROCESS_RETRY_BASE_MS: '20' };

interface Setup {
  files: ApiFile[];
  labels?: string[];
  repoLabels?: string[];
  contents?: Record<string, string>;
  faults?: Fault[];
  payload?: PullPayloadOptions;
}

async function setup(s: Setup) {
  const payload = pullRequestPayload({
    number: 7,
    additions: s.files.reduce((n, f) => n + f.additions, 0),
    deletions: s.files.reduce((n, f) => n + f.deletions, 0),
    changedFiles: s.files.length,
    labels: s.labels ?? [],
    ...s.payload,
  });
  const { owner, repo } = repoOf(payload);
  const gh = await startFakeGitHub({
    owner,
    repo,
    pulls: { 7: { files: s.files, labels: [...(s.labels ?? [])] } },
    repoLabels: s.repoLabels ?? [],
    contents: s.contents ?? {},
    faults: s.faults ?? [],
  });
  servers.push(gh);
  const run = (
    inputs: Record<string, string> = {},
    extra: { eventName?: string; workspace?: string; env?: Record<string, string> } = {},
  ): Promise<DistRun> =>
    runDist('pr-size', {
      eventName: extra.eventName ?? 'pull_request',
      payload,
      apiUrl: gh.url,
      repository: `${owner}/${repo}`,
      inputs,
      ...(extra.workspace ? { workspace: extra.workspace } : {}),
      env: { ...FAST_RETRY, ...extra.env },
    });
  return { gh, payload, run, repoPath: `/repos/${owner}/${repo}` };
}

const filePages = (gh: FakeGitHub): number => gh.count((r) => r.path.endsWith('/pulls/7/files'));
const errorsOf = (r: DistRun) => r.annotations.filter((a) => a.command === 'error');

describe('pr-size e2e (dist/pr-size/index.js against the fake API)', () => {
  it('small PR: outputs, summary, label created with colour and added, requests counted', async () => {
    const { gh, run, repoPath } = await setup({ files: [apiFile('src/app.ts', 30, 5), apiFile('README.md', 4, 1)] });
    const r = await run();
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      size: 'S',
      label: 'size/S',
      'changed-lines': '40',
      'changed-files': '2',
      'ignored-files': '0',
      approximate: 'false',
    });
    expect(r.summary).toContain('## PR size: **S**');
    expect(markdownTables(r.summary)[0]).toEqual([
      [' Directory ', ' Files ', ' Lines '],
      [' --- ', ' ---: ', ' ---: '],
      [' `src` ', ' 1 ', ' 35 '],
      [' \\(root\\) ', ' 1 ', ' 5 '],
    ]);
    // config (404: defaults), files, .gitattributes, add the label (GitHub creates it), give it its colour
    expect(gh.requests).toHaveLength(5);
    expect(gh.requests).toContainEqual(request('POST', `${repoPath}/issues/7/labels`, { status: 200 }));
    const coloured = { color: expect.stringMatching(/^[0-9a-f]{6}$/), description: expect.stringMatching(/\S/) };
    expect(gh.requests).toContainEqual(
      request('PATCH', `${repoPath}/labels/size%2FS`, { body: expect.objectContaining(coloured) }),
    );
    expect(gh.labelLook('size/S')).toEqual(coloured);
    expect(gh.count((q) => q.method === 'DELETE')).toBe(0); // no size label to remove
    expect(gh.pulls[7]!.labels).toEqual(['size/S']);
    expect(gh.requests.every((q) => q.authorization === `token ${TOKEN}`)).toBe(true);
    expect(r.annotations).toEqual([]);
  });

  it('250-file PR: reads all 3 pages of 100 and counts every file', async () => {
    const files = Array.from({ length: 250 }, (_, i) => apiFile(`pkg${i % 5}/f${i}.ts`, 2, 1));
    const { gh, run } = await setup({ files });
    const r = await run();
    expect(r.code).toBe(0);
    expect(filePages(gh)).toBe(3);
    expect(
      gh.requests.filter((q) => q.path.endsWith('/files')).map((q) => new URLSearchParams(q.query).get('page') ?? '1'),
    ).toEqual(['1', '2', '3']);
    expect(r.outputs).toMatchObject({
      'changed-lines': '750',
      'changed-files': '250',
      size: 'XL',
      approximate: 'false',
    });
    expect(r.annotations.map((a) => a.command)).toEqual(['warning']);
  });

  it('lockfile-only PR is XS and lists the lockfiles as ignored', async () => {
    const { run } = await setup({
      files: [apiFile('package-lock.json', 3000, 2500), apiFile('web/yarn.lock', 400, 10)],
    });
    const r = await run();
    expect(r.outputs).toMatchObject({ size: 'XS', 'changed-lines': '0', 'changed-files': '0', 'ignored-files': '2' });
    expect(r.summary).toContain('### Ignored files');
    expect(r.summary).toContain('| `package-lock.json` | lockfile | 5,500 |');
    expect(r.summary).toContain('| `web/yarn.lock` | lockfile | 410 |');
  });

  it('files marked linguist-generated / linguist-vendored in .gitattributes at the head sha are ignored', async () => {
    const head = 'c'.repeat(40);
    const { gh, run } = await setup({
      files: [apiFile('src/a.ts', 20), apiFile('src/gen/api.pb.ts', 900), apiFile('third_party/lib.js', 700)],
      contents: {
        [`${head}:.gitattributes`]: 'src/gen/** linguist-generated\nthird_party/** linguist-vendored=true\n',
      },
      payload: { headSha: head },
    });
    const r = await run();
    expect(r.outputs).toMatchObject({ size: 'S', 'changed-lines': '20', 'ignored-files': '2' });
    expect(r.summary).toContain('| `src/gen/api.pb.ts` | generated | 900 |');
    expect(r.summary).toContain('| `third_party/lib.js` | vendored | 700 |');
    expect(gh.requests.find((q) => q.path.endsWith('/contents/.gitattributes'))?.query).toBe(`ref=${head}`);
  });

  it('fork PR with a read-only token: label writes 403 → one warning; size, outputs and result still right', async () => {
    const denied = 'Resource not accessible by integration';
    const { gh, run } = await setup({
      files: [apiFile('src/a.ts', 300)],
      payload: { fork: true },
      faults: [{ method: 'POST', path: /\/labels$/, status: 403, times: Infinity, message: denied }],
    });
    const r = await run({ 'fail-at': 'XL' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ size: 'L', 'changed-lines': '300' });
    const warnings = r.annotations.filter((a) => a.command === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('Could not update the size label (HTTP 403');
    expect(gh.pulls[7]!.labels).toEqual([]);
  });

  it('fails at fail-at with an error quoting the handbook; the old size label is replaced', async () => {
    const { gh, run, repoPath } = await setup({
      files: [apiFile('api/a.ts', 400), apiFile('web/b.ts', 200)],
      labels: ['bug', 'size/S'],
      repoLabels: ['bug', 'size/S', 'size/XL'],
    });
    const r = await run({ 'fail-at': 'XL' });
    expect(r.code).toBe(1);
    expect(errorsOf(r)).toHaveLength(1);
    expect(errorsOf(r)[0]!.message).toContain('This PR is XL: 600 changed lines in 2 files');
    expect(errorsOf(r)[0]!.message).toContain('a PR should be doable in one day, including review');
    expect(r.summary).toContain('### How to split it');
    expect(gh.pulls[7]!.labels).toEqual(['bug', 'size/XL']);
    expect(gh.requests.some((q) => q.method === 'DELETE' && q.path === `${repoPath}/issues/7/labels/size%2FS`)).toBe(
      true,
    );
  });

  it('a 500 on a files page is retried and gives the same result', async () => {
    const files = Array.from({ length: 150 }, (_, i) => apiFile(`f${i}.ts`, 1));
    const { gh, run } = await setup({
      files,
      faults: [{ method: 'GET', path: /\/pulls\/7\/files$/, query: /page=2/, status: 500, times: 1 }],
    });
    const r = await run();
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ 'changed-lines': '150', 'changed-files': '150', approximate: 'false' });
    expect(filePages(gh)).toBe(3);
    expect(gh.requests.filter((q) => q.status === 500)).toHaveLength(1);
  });

  it('a permanent 5xx is one clear error line, exit 1, never a false green', async () => {
    const { run } = await setup({
      files: [apiFile('a.ts', 1)],
      faults: [{ path: /\/files$/, status: 502, times: Infinity }],
    });
    const r = await run();
    expect(r.code).toBe(1);
    expect(errorsOf(r)).toHaveLength(1);
    expect(errorsOf(r)[0]!.message).toMatch(
      /^pr-size could not finish: GitHub API GET .*\/pulls\/7\/files.* answered 502/,
    );
    expect(r.outputs).toEqual({});
  });

  it('a non-PR event gets a notice and a clean skip, with no API call', async () => {
    const { gh, run } = await setup({ files: [apiFile('a.ts', 1)] });
    const r = await run({}, { eventName: 'push' });
    expect(r.code).toBe(0);
    expect(r.annotations).toEqual([
      {
        command: 'notice',
        properties: { title: 'pr-size skipped' },
        message: "pr-size runs on pull_request and pull_request_target events; this run is 'push', so it is skipped.",
      },
    ]);
    expect(gh.requests).toEqual([]);
  });

  it('pull_request_target is supported (no checkout, API only)', async () => {
    const { run } = await setup({ files: [apiFile('a.ts', 12)] });
    const r = await run({}, { eventName: 'pull_request_target' });
    expect(r.code).toBe(0);
    expect(r.outputs.size).toBe('S');
  });

  it.each([
    [{ sizes: 'XS=abc' }, `Input 'sizes' is "XS=abc": "XS=abc" is not NAME=LINES with a whole number of lines.`],
    [
      { 'fail-at': 'HUGE' },
      `Input 'fail-at' is "HUGE": not a size name. Allowed: one of XS, S, M, L, XL, XXL, or empty.`,
    ],
    [
      { ignore: 'docs/{a,b' },
      `Input 'ignore' is "docs/{a,b": pattern "docs/{a,b" is malformed (a '{' is never closed).`,
    ],
    [{ 'github-token': '' }, `Input 'github-token' is "": the token is empty.`],
  ])('bad input %j: one error line naming the input, exit 1, no API call', async (inputs, message) => {
    const { gh, run } = await setup({ files: [apiFile('a.ts', 1)] });
    const r = await run(inputs);
    expect(r.code).toBe(1);
    expect(r.annotations).toHaveLength(1);
    expect(r.annotations[0]!.command).toBe('error');
    expect(r.annotations[0]!.message.startsWith(message)).toBe(true);
    expect(r.annotations[0]!.message).not.toContain('\n');
    expect(gh.requests).toEqual([]);
  });

  it('hostile file names and titles cannot inject workflow commands or markup', async () => {
    const hostile = [
      'a%0A::error::pwned.ts',
      'b\n::error::pwned2.ts',
      '<script>alert(1)</script>|x/y.ts',
      'z`|`</table>.ts',
    ];
    const { run } = await setup({
      files: [...hostile.map((f) => apiFile(f, 200)), apiFile('c\r\n::warning::pwned3.ts', 1)],
      payload: { title: 'Fix | everything <script>alert(1)</script> @org/team ::error::x' },
    });
    const r = await run({ ignore: '*pwned3*', 'fail-at': 'L' });
    expect(r.code).toBe(1);
    // Only the commands we emit: the token mask, the size error and the size warning is not reached (fail wins).
    expect(r.commands.map((c) => c.command).sort()).toEqual(['add-mask', 'error']);
    expect(r.commands.some((c) => c.message.includes('pwned'))).toBe(false);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::')).length).toBe(2);
    // Code spans render their content literally; everywhere else no raw HTML may remain.
    expect(withoutCodeSpans(r.summary)).not.toContain('<');
    // The top-level directory of '<script>alert(1)</script>|x/y.ts' is '<script>alert(1)<'.
    expect(r.summary).toContain('| `<script>alert(1)<` | 1 | 200 |');
    expect(r.summary).toContain('| ``z`\\|`<`` | 1 | 200 |');
    expect(r.summary).toContain('&lt;script&gt;');
    expect(r.summary).toContain('&#64;org/team');
    expect(tablesAreWellFormed(r.summary)).toBe(true);
    expect(r.summary).toContain('`c\r\n::warning::pwned3.ts`'.replace('\r\n', ' '));
  });

  it('the token is masked and appears nowhere else in the output', async () => {
    const { run } = await setup({ files: [apiFile('a.ts', 1)] });
    const r = await run();
    const lines = (r.stdout + r.stderr).split('\n').filter((l) => l.includes(TOKEN));
    expect(lines).toEqual([`::add-mask::${TOKEN}`]);
  });

  describe('beyond the API limits', () => {
    const bigFiles = (n: number) => Array.from({ length: n }, (_, i) => apiFile(`mod${i % 10}/file${i}.ts`, 1, 1));

    it('> 3,000 files with no checkout: GitHub totals minus known ignored, approximate=true, 30 pages', async () => {
      const files = [apiFile('package-lock.json', 5000), ...bigFiles(3499)];
      const { gh, run } = await setup({ files });
      const r = await run();
      expect(filePages(gh)).toBe(30);
      expect(r.outputs).toMatchObject({
        approximate: 'true',
        'changed-lines': String(3499 * 2),
        'changed-files': '3499',
        'ignored-files': '1',
        size: 'XXL',
      });
      expect(r.summary).toContain('**Approximate:**');
      expect(r.summary).toContain('changes 3,500');
    });

    it('oversized diffs reported as 0 lines make the count approximate from the totals', async () => {
      const files = [
        apiFile('src/a.ts', 10),
        apiFile('data/huge.sql', 0, 0, 'modified', { changes: 0, patch: undefined }),
      ];
      const { run } = await setup({ files, payload: { additions: 90_010, deletions: 0 } });
      const r = await run();
      expect(r.outputs).toMatchObject({ approximate: 'true', 'changed-lines': '90010', size: 'XXL' });
      expect(r.summary).toContain('oversized diffs');
    });

    it('with a checkout holding both commits: exact counts from git, no files API calls', async () => {
      const repo = makeRepo();
      repo.write('src/keep.ts', linesOf(5));
      repo.write('.gitattributes', 'gen/** linguist-generated\n');
      const base = repo.commit('base');
      repo.write('src/new.ts', linesOf(40));
      repo.write('gen/out.ts', linesOf(800));
      repo.write('yarn.lock', linesOf(300));
      const head = repo.commit('head');
      // The API would list nothing useful (e.g. > 3,000 files); the checkout is authoritative.
      const { gh, run } = await setup({
        files: [],
        payload: { baseSha: base, headSha: head, changedFiles: 3500, additions: 999_999 },
      });
      const r = await run({}, { workspace: repo.dir });
      expect(r.code).toBe(0);
      expect(r.outputs).toEqual({
        size: 'S',
        label: 'size/S',
        'changed-lines': '40',
        'changed-files': '1',
        'ignored-files': '2',
        approximate: 'false',
      });
      expect(filePages(gh)).toBe(0);
      expect(gh.count((q) => q.path.includes('/contents/'))).toBe(0);
    });

    it('a shallow checkout (fetch-depth: 1): counted from the API, and a notice says so with the fix', async () => {
      const repo = makeRepo();
      repo.write('src/keep.ts', linesOf(5));
      const base = repo.commit('base');
      repo.write('src/new.ts', linesOf(40));
      const head = repo.commit('head');
      const shallow = mkdtempSync(join(tmpdir(), 'shallow-'));
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, shallow]);
      const { gh, run } = await setup({
        files: [apiFile('src/new.ts', 40)],
        payload: { baseSha: base, headSha: head, changedFiles: 1, additions: 40 },
      });
      const r = await run({}, { workspace: shallow });
      expect(r.code).toBe(0);
      expect(r.outputs).toMatchObject({ 'changed-lines': '40', approximate: 'false' });
      expect(filePages(gh)).toBe(1);
      const notices = r.annotations.filter((a) => a.command === 'notice').map((a) => a.message);
      expect(notices).toContainEqual(expect.stringMatching(/shallow clone.*read from GitHub's API.*fetch-depth: 0/));
      expect(r.summary).toMatch(/shallow clone[^]*fetch\\?-depth: 0/);
    });
  });

  it('the root action runs pr-size by its check input, and rejects an unknown check', async () => {
    const { payload, gh } = await setup({ files: [apiFile('a.ts', 120)] });
    const repository = payload.repository.full_name as string;
    const ok = await runDist('root', {
      eventName: 'pull_request',
      payload,
      apiUrl: gh.url,
      repository,
      inputs: { check: 'pr-size' },
    });
    expect(ok.code).toBe(0);
    expect(ok.outputs.size).toBe('M');
    const bad = await runDist('root', {
      eventName: 'pull_request',
      payload,
      apiUrl: gh.url,
      repository,
      inputs: { check: 'pr-sise' },
    });
    expect(bad.code).toBe(1);
    expect(bad.annotations.map((a) => a.message)).toEqual([
      `Input 'check' is "pr-sise": not a check of this suite. Allowed: one of ${CHECK_NAMES.join(', ')}.`,
    ]);
  });
});
