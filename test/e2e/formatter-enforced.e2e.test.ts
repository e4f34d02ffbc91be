import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { examplePayload, pullRequestPayload, repoOf } from '../fixtures/payloads.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { ROOT, runDist } from '../helpers/run-dist.ts';

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const NODE_BIN = dirname(process.execPath);
const PRETTIER_BIN = join(ROOT, 'node_modules', '.bin');
const SYSTEM = ['/usr/local/bin', '/usr/bin', '/bin'];
const pathOf = (...dirs: string[]): string => [...dirs, NODE_BIN, ...SYSTEM].join(delimiter);

/** A checkout with a base commit and a PR commit on top; the workspace is at the PR head. */
function checkout(files: Record<string, string>, base: Record<string, string> = {}) {
  const repo = makeRepo();
  repo.write('.prettierrc', '{ "semi": true, "singleQuote": true }\n');
  repo.write('src/ok.ts', "export const ok = 'yes';\n");
  for (const [p, c] of Object.entries(base)) repo.write(p, c);
  const baseSha = repo.commit('base');
  for (const [p, c] of Object.entries(files)) repo.write(p, c);
  const headSha = repo.commit('pr');
  return { ...repo, baseSha, headSha };
}

async function run(
  repo: ReturnType<typeof checkout>,
  o: { inputs?: Record<string, string>; path?: string; eventName?: string; payload?: Record<string, unknown> } = {},
) {
  const payload =
    o.payload ??
    pullRequestPayload({ number: 12, action: 'synchronize', baseSha: repo.baseSha, headSha: repo.headSha });
  const { owner, repo: name } = repoOf(payload);
  const gh = await startFakeGitHub({ owner, repo: name, pulls: { 12: { files: [], labels: [] } } });
  servers.push(gh);
  const r = await runDist('formatter-enforced', {
    eventName: o.eventName ?? 'pull_request',
    payload,
    apiUrl: gh.url,
    repository: `${owner}/${name}`,
    workspace: repo.dir,
    inputs: o.inputs ?? {},
    env: { PATH: o.path ?? pathOf(PRETTIER_BIN), FORCE_COLOR: '1' }, // as on a runner that colours tool output
  });
  return { ...r, gh };
}

describe('formatter-enforced e2e (dist/formatter-enforced/index.js on a real checkout, real prettier)', () => {
  it('an unformatted changed file: error annotation on its first differing line with the fix command, exit 1', async () => {
    const repo = checkout({ 'src/bad.ts': "export const a = 'x';\nexport const b = 'y';\nexport const   c={d:1}\n" });
    const r = await run(repo);
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({
      'unformatted-files': '["src/bad.ts"]',
      formatters: '["prettier"]',
      'formatting-only': 'false',
    });
    const errors = r.annotations.filter((a) => a.command === 'error');
    expect(errors.map((a) => [a.properties.file, a.properties.line])).toEqual([['src/bad.ts', '3']]);
    expect(errors[0]!.message).toContain('Fix locally: npx prettier --write -- src/bad.ts.');
    expect(errors[0]!.message).toContain('install a code formatter');
    expect(r.summary).toMatch(/prettier \d+\\\.\d+\\\.\d+ \\\(\\\.prettierrc\\\)/); // the version that decided
  });

  it('formatted changes: success; a whitespace-only change is called formatting-only', async () => {
    const ok = await run(checkout({ 'src/good.ts': "export const good = 'yes';\n" }));
    expect(ok.code).toBe(0);
    expect(ok.outputs).toMatchObject({ 'unformatted-files': '[]', 'formatting-only': 'false' });
    const ws = await run(
      checkout({ 'src/ok.ts': "export const ok = 'yes';\n" }, { 'src/ok.ts': "export const ok  =  'yes';\n" }),
    );
    expect(ws.code).toBe(0);
    expect(ws.outputs['formatting-only']).toBe('true');
    expect(ws.summary).toContain('whitespace and formatting only');
    const binary = await run(checkout({ 'logo.png': 'PNG\0new' }, { 'logo.png': 'PNG\0old' }));
    expect(binary.outputs['formatting-only']).toBe('false');
  });

  it('prettier configured but not installed: fails by default with one line naming the install command; on-missing-formatter: warn only warns', async () => {
    const repo = checkout({ 'src/bad.ts': 'export const   c={d:1}\n', 'pnpm-lock.yaml': "lockfileVersion: '9.0'\n" });
    const r = await run(repo, { path: pathOf() });
    expect(r.code).toBe(1);
    expect(r.annotations.filter((a) => a.command === 'error').map((a) => a.message)).toEqual([
      'prettier is configured (.prettierrc) but not installed, so 1 file(s) were not checked. Install it before this step: pnpm add --save-dev prettier (pnpm: pnpm-lock.yaml).',
    ]);
    const warned = await run(repo, { path: pathOf(), inputs: { 'on-missing-formatter': 'warn' } });
    expect(warned.code).toBe(0);
    expect(warned.annotations.map((a) => a.command)).toEqual(['warning']);
  });

  it('a file named -u.js is a file, not an option: its annotation keeps its line and the fix command puts it after --', async () => {
    const r = await run(checkout({ '-u.js': "export const a = 'x';\nexport const   b={c:1}\n" }));
    expect(r.code).toBe(1);
    const errors = r.annotations.filter((a) => a.command === 'error');
    expect(errors.map((a) => [a.properties.file, a.properties.line])).toEqual([['-u.js', '2']]);
    expect(errors[0]!.message).toContain('Fix locally: npx prettier --write -- -u.js.');
  });

  it('an unparsable file is its own error with its line; the other files are still checked', async () => {
    const r = await run(
      checkout({ 'src/broken.ts': 'export const a = ;\n', 'src/bad.ts': 'export const   c={d:1}\n' }),
    );
    expect(r.code).toBe(1);
    expect(r.outputs['unformatted-files']).toBe('["src/bad.ts"]');
    const broken = r.annotations.find((a) => a.properties.file === 'src/broken.ts');
    expect(broken).toMatchObject({ command: 'error', properties: { line: '1', title: 'Could not format (prettier)' } });
    expect(broken!.message).toContain('SyntaxError');
  });

  it('EditorConfig rules are checked in-process, no tool needed', async () => {
    const repo = checkout(
      { 'notes/todo.txt': 'one\ntwo  \nthree' },
      { '.editorconfig': 'root = true\n[*]\ntrim_trailing_whitespace = true\ninsert_final_newline = true\n' },
    );
    const r = await run(repo, { inputs: { 'fail-on-unformatted': 'false' } });
    expect(r.code).toBe(0);
    const w = r.annotations.filter((a) => a.command === 'warning');
    expect(w.map((a) => [a.properties.file, a.properties.line])).toEqual([['notes/todo.txt', '2']]);
    expect(w[0]!.message).toContain('line 2: trailing whitespace; line 3: no newline at the end of the file');
  });

  it('a formatter past timeout-seconds fails with a message saying so', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'slow-bin-'));
    writeFileSync(join(bin, 'gofmt'), '#!/bin/sh\nsleep 30\n');
    chmodSync(join(bin, 'gofmt'), 0o755);
    const r = await run(checkout({ 'main.go': 'package main\n' }), {
      inputs: { formatters: 'gofmt', 'timeout-seconds': '1' },
      path: pathOf(bin),
    });
    expect(r.code).toBe(1);
    expect(r.annotations.filter((a) => a.command === 'error').map((a) => a.message)).toEqual([
      expect.stringContaining('gofmt did not finish within timeout-seconds (1 s)'),
    ]);
  });

  it('pull_request_target with the PR head checked out: refuses with one error line saying why', async () => {
    const repo = checkout({ 'src/bad.ts': 'export const   c={d:1}\n' });
    const r = await run(repo, { eventName: 'pull_request_target' });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.command)).toEqual(['error']);
    expect(r.annotations[0]!.message).toMatch(
      /^formatter-enforced refuses to run on pull_request_target with the PR head checked out: .*Use `on: pull_request`/,
    );
  });

  it('a review comment that argues about syntax gets a notice; a real review point does not', async () => {
    const repo = checkout({});
    const payload = examplePayload('pull_request_review_comment', 'created');
    payload.comment.body = 'nit: missing semicolon here';
    const nit = await run(repo, { eventName: 'pull_request_review_comment', payload });
    expect(nit.code).toBe(0);
    expect(nit.outputs['syntax-nits']).toBe('1');
    expect(nit.annotations.filter((a) => a.command === 'notice').map((a) => a.message)).toEqual([
      expect.stringContaining('formatter territory'),
    ]);
    payload.comment.body = 'this will N+1 the DB';
    const real = await run(repo, { eventName: 'pull_request_review_comment', payload });
    expect(real.outputs['syntax-nits']).toBe('0');
    expect(real.annotations).toEqual([]);
  });

  it('a hostile file name cannot inject workflow commands through its annotation', async () => {
    const evil = 'src/x%0A::warning::pwned\r\n::error::y.ts';
    const r = await run(checkout({ [evil]: 'export const   c={d:1}\n' }));
    expect(r.code).toBe(1);
    expect(r.commands.map((c) => c.command).filter((c) => c === 'warning')).toEqual([]);
    const errors = r.annotations.filter((a) => a.command === 'error');
    expect(errors.map((a) => a.properties.file)).toEqual([evil]);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::warning::pwned'))).toEqual([]);
  });

  it('bad input: one error line naming the input', async () => {
    const r = await run(checkout({}), { inputs: { formatters: 'prettier, yapf' } });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.message)).toEqual([
      expect.stringMatching(
        /^Input 'formatters' is "prettier, yapf": "yapf" is not a formatter this action knows\. Allowed: /,
      ),
    ]);
  });
});
