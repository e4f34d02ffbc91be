// What an action run loads before it can answer (issue #14 §3). Importing node:http or node:https as an ES module
// costs ~40 ms on Node 24 (the module namespace reads http's lazy WebSocket getters, which load undici), and a
// bundled HTTP client is hundreds of kB to compile: requests go through Node's own fetch, so neither is needed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiFile, startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';
import { pullRequestPayload, repoOf } from '../fixtures/payloads.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { ROOT, runDist } from '../helpers/run-dist.ts';

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const HOOK = join(ROOT, 'test/fixtures/start-up/record-loads.ts');

async function prSizeRun(): Promise<{ loads: string[]; gitTrace: string }> {
  const files = [apiFile('src/a.ts', 3, 1, 'modified')];
  const payload = pullRequestPayload({ number: 3, changedFiles: 1, additions: 3, deletions: 1 });
  const { owner, repo } = repoOf(payload);
  const gh = await startFakeGitHub({ owner, repo, repoLabels: ['size/XS'], pulls: { 3: { files, labels: [] } } });
  servers.push(gh);
  const dir = mkdtempSync(join(tmpdir(), 'loads-'));
  const [record, gitTrace] = [join(dir, 'loads.txt'), join(dir, 'git-trace.txt')];
  const r = await runDist('pr-size', {
    eventName: 'pull_request',
    payload,
    apiUrl: gh.url,
    repository: `${owner}/${repo}`,
    env: { NODE_OPTIONS: `--import=${HOOK}`, RECORD_LOADS: record, GIT_TRACE: gitTrace },
  });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  expect(r.outputs.label).toBe('size/XS');
  return {
    loads: readFileSync(record, 'utf8').trim().split('\n'),
    gitTrace: existsSync(gitTrace) ? readFileSync(gitTrace, 'utf8') : '',
  };
}

describe('an action run starts only what it needs', () => {
  it('pr-size in a workspace with no checkout (the runner’s empty folder) starts no git process', async () => {
    expect((await prSizeRun()).gitTrace).toBe('');
  });

  it('pr-size labels a PR without importing node:http as an ES module, a bundled HTTP client or Node’s fetch', async () => {
    const { loads } = await prSizeRun();
    expect(loads.some((u) => u.includes('/dist/pr-size/index.js'))).toBe(true);
    expect(loads.filter((u) => /^node:https?$/.test(u))).toEqual([]);
    const bundled = loads.filter((u) => u.startsWith('file:')).map((u) => readFileSync(new URL(u), 'utf8'));
    expect(bundled.filter((code) => /llhttp|HttpClientError/.test(code))).toEqual([]);
    expect(loads.filter((u) => u.startsWith('internal:'))).toEqual([]);
  });
});

/** The dist/chunks files a CLI command loads. */
function chunksOfCli(cwd: string, args: string[]): Set<string> {
  const record = join(mkdtempSync(join(tmpdir(), 'cli-loads-')), 'loads.txt');
  try {
    execFileSync(process.execPath, [`--import=${HOOK}`, join(ROOT, 'dist/cli/index.js'), ...args], {
      cwd,
      env: { ...process.env, RECORD_LOADS: record, NO_COLOR: '1' },
      stdio: 'ignore',
    });
  } catch {
    // exit 1 (a check failed) still loaded what it needed
  }
  return new Set(
    readFileSync(record, 'utf8')
      .split('\n')
      .filter((u) => u.includes('/dist/chunks/')),
  );
}

describe('the CLI loads only the code of the command it runs', () => {
  it('pr-size loads none of the chunks only formatter-enforced or self-review need', () => {
    const r = makeRepo();
    r.write('src/a.ts', 'export const a = 1;\n');
    r.commit('one');
    r.write('src/a.ts', 'export const a = 2;\n');
    r.commit('two');
    const base = ['--base', 'HEAD~1'];
    const prSize = chunksOfCli(r.dir, ['pr-size', ...base]);
    expect(prSize.size).toBeGreaterThan(0);
    for (const other of ['formatter-enforced', 'self-review']) {
      const theirs = [...chunksOfCli(r.dir, [other, ...base])].filter((c) => !prSize.has(c));
      expect(theirs.length, `${other} has code of its own that pr-size does not load`).toBeGreaterThan(0);
    }
  });
});
