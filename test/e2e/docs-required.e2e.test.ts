import { afterEach, describe, expect, it } from 'vitest';
import { apiFile, startFakeGitHub, type ApiFile, type FakeGitHub } from '../fake-github/server.ts';
import { pullRequestPayload, repoOf } from '../fixtures/payloads.ts';
import { tablesAreWellFormed, withoutCodeSpans } from '../helpers/markdown.ts';
import { runOnPull, type PullCheckOptions } from '../helpers/pull-check.ts';
import { runDist } from '../helpers/run-dist.ts';

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const run = (files: ApiFile[], o: PullCheckOptions = {}) => runOnPull(servers, 'docs-required', files, o);

const rules = `
- code: ["src/**", "!src/**/*.test.ts"]
  docs: ["docs/**", "README.md"]
- code: ["packages/api/**"]
  docs: ["packages/api/README.md", "docs/api/**"]
`;

describe('docs-required e2e (dist/docs-required/index.js against the fake API)', () => {
  it('opened, code with docs: success, outputs, read-only requests', async () => {
    const r = await run([apiFile('src/a.ts', 10), apiFile('docs/a.md', 3)], { payload: { action: 'opened' } });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({
      missing: 'false',
      'unsatisfied-rules': '[]',
      'code-files': '["src/a.ts"]',
      'docs-files': '["docs/a.md"]',
    });
    expect(r.summary).toContain('## Docs required: **satisfied**');
    expect(r.gh.requests.every((q) => q.method === 'GET')).toBe(true);
  });

  it('synchronize, code without docs: one error annotation on each code file, exit 1', async () => {
    const r = await run(
      [apiFile('src/a.ts', 10), apiFile('src/a.test.ts', 4), apiFile('packages/api/h.ts', 2), apiFile('README.md', 1)],
      { payload: { action: 'synchronize' }, inputs: { rules } },
    );
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ missing: 'true', 'unsatisfied-rules': '[1]' });
    const errors = r.annotations.filter((a) => a.command === 'error');
    expect(errors.map((a) => a.properties.file)).toEqual(['packages/api/h.ts']);
    expect(errors[0]!.message).toContain('no file matching packages/api/README.md, docs/api/** did');
    expect(r.summary).toContain('### Mapping 1: code without docs');
  });

  it('labeled with the skip label: green without a new push', async () => {
    const r = await run([apiFile('src/a.ts', 10)], { payload: { action: 'labeled', labels: ['no-docs-needed'] } });
    expect(r.code).toBe(0);
    expect(r.annotations).toEqual([]);
    expect(r.summary).toContain("skipped by the 'no\\-docs\\-needed' label");
  });

  it('tests mode with its own skip label name', async () => {
    const r = await run([apiFile('lib/x.py', 10)], { inputs: { mode: 'tests' } });
    expect(r.code).toBe(1);
    expect(r.annotations[0]!.message).toContain("'no-tests-needed' label");
    const ok = await run([apiFile('lib/x.py', 10), apiFile('tests/test_x.py', 5)], { inputs: { mode: 'tests' } });
    expect(ok.code).toBe(0);
  });

  it('fork PR with a read-only token: decides correctly and writes nothing', async () => {
    const r = await run([apiFile('src/a.ts', 10)], { payload: { fork: true } });
    expect(r.code).toBe(1);
    expect(r.gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  });

  it.each([
    [
      { rules: '- code: ["src/**"]\n  docs: "docs/**"' },
      `Input 'rules' is "- code: [\\"src/**\\"]\\n  docs: \\"docs/**\\"": rules[0].docs: expected array of globs, got "docs/**".`,
    ],
    [
      { rules: '- code: [src/**\n  docs: x' },
      `Input 'rules' is "- code: [src/**\\n  docs: x": YAML error at line 2, column 3: Flow sequence in block collection must be sufficiently indented and end with a ].`,
    ],
    [{ mode: 'documentation' }, `Input 'mode' is "documentation": not a mode. Allowed: docs or tests.`],
    [{ drafts: 'skip' }, `Input 'drafts' is "skip": not a drafts policy. Allowed: check or neutral.`],
  ])('bad input %j: one error line, exit 1, no API call', async (inputs, message) => {
    const r = await run([apiFile('src/a.ts', 1)], { inputs });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.command)).toEqual(['error']);
    expect(r.annotations[0]!.message.startsWith(message)).toBe(true);
    expect(r.gh.requests).toEqual([]);
  });

  it('hostile file names reach annotations escaped: the file property round-trips, nothing is injected', async () => {
    const names = [
      'src/a%0A::error::pwned.ts',
      'src/b\n::warning::pwned.ts',
      'src/c,d:e.ts',
      'src/<img src=x onerror=alert(1)>|.ts',
    ];
    const r = await run(
      names.map((n) => apiFile(n, 1)),
      { payload: { title: '<b>bold</b> | @everyone' } },
    );
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.command !== 'add-mask').map((c) => [c.command, c.properties.file])).toEqual(
      names.map((n) => ['error', n]),
    );
    expect(r.commands.some((c) => c.message.startsWith('pwned'))).toBe(false);
    expect(withoutCodeSpans(r.summary)).not.toContain('<');
    expect(tablesAreWellFormed(r.summary)).toBe(true);
  });

  it('draft PR with drafts=neutral: notice, exit 0', async () => {
    const payload = pullRequestPayload({ number: 12, changedFiles: 1, additions: 1, deletions: 0 });
    payload.pull_request.draft = true;
    const { owner, repo } = repoOf(payload);
    const gh = await startFakeGitHub({ owner, repo, pulls: { 12: { files: [apiFile('src/a.ts', 1)], labels: [] } } });
    servers.push(gh);
    const r = await runDist('docs-required', {
      eventName: 'pull_request',
      payload,
      apiUrl: gh.url,
      repository: `${owner}/${repo}`,
      inputs: { drafts: 'neutral' },
    });
    expect(r.code).toBe(0);
    expect(r.annotations.map((a) => a.command)).toEqual(['notice']);
  });

  it('skips other events with a notice, and runs from the root action by check name', async () => {
    const skip = await run([apiFile('src/a.ts', 1)], { eventName: 'workflow_dispatch' });
    expect(skip.code).toBe(0);
    expect(skip.annotations[0]!.message).toContain("this run is 'workflow_dispatch', so it is skipped");
    const root = await run([apiFile('src/a.ts', 1)], { entry: 'root', inputs: { check: 'docs-required' } });
    expect(root.code).toBe(1);
    expect(root.outputs.missing).toBe('true');
  });
});

/** Nested aliases: a few lines of YAML that expand to millions of nodes. */
const ALIAS_BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
].join('\n');

describe('docs-required and GitHub\u2019s real data (issue #12)', () => {
  it('the skip label is compared case-insensitively', async () => {
    const r = await run([apiFile('src/a.ts', 5)], { payload: { labels: ['No-Docs-Needed'], action: 'labeled' } });
    expect(r.code).toBe(0);
  });

  it('a deleted docs file documents nothing; an added, modified or renamed one does', async () => {
    const code = apiFile('src/a.ts', 5);
    const deleted = await run([code, apiFile('docs/old.md', 0, 40, 'removed')]);
    expect(deleted.code).toBe(1);
    for (const status of ['added', 'modified', 'renamed']) {
      const r = await run([code, apiFile('docs/new.md', 3, 0, status)]);
      expect(r.code).toBe(0);
    }
  });

  it('terminal escapes in a file name never reach the log raw', async () => {
    const r = await run([apiFile('src/\u001b[2K\u001b[1A\u001b[32mok.ts', 1)]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.annotations.filter((a) => a.command === 'error')).toHaveLength(1);
  });

  it('a YAML alias bomb in rules is one line naming the input and the line', async () => {
    const r = await run([apiFile('src/a.ts', 1)], { inputs: { rules: ALIAS_BOMB } });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.command)).toEqual(['error']);
    expect(r.annotations[0]!.message).toMatch(/^Input 'rules' is .*: YAML error at line \d+.*alias/);
    expect(r.annotations[0]!.message).not.toMatch(/could not finish|Excessive/);
  });

  it('a YAML alias bomb in the config file is one line naming the file and the line', async () => {
    const payload = pullRequestPayload({ number: 12 });
    const file = `docs-required:\n  rules:\n${ALIAS_BOMB.replace(/^/gm, '    ')}\n`;
    const r = await run([apiFile('src/a.ts', 1)], {
      contents: { [`${payload.pull_request.base.sha}:.github/dev-process.yml`]: file },
    });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.command)).toEqual(['error']);
    expect(r.annotations[0]!.message).toMatch(/^\.github\/dev-process\.yml: line \d+.*alias/);
  });
});
