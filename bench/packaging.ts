// Issue #14 figures: what a runner downloads (the repository tarball, as committed and with the current build in
// dist/), and pr-size on a 252-file PR that changes its size label, beside pascalgn/size-label-action on the same
// fake API in the same run when SIZE_LABEL_ACTION names its dist/index.js (kept outside this repository).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { apiFile, startFakeGitHub } from '../test/fake-github/server.ts';
import { pullRequestPayload, repoOf } from '../test/fixtures/payloads.ts';
import { ROOT, runDist } from '../test/helpers/run-dist.ts';
import type { Figure } from './figures.ts';

const MB = 1024 * 1024;
const git = (args: string[], env: NodeJS.ProcessEnv = process.env): Buffer =>
  execFileSync('git', args, { cwd: ROOT, env, maxBuffer: 512 * MB });

/** `git archive <tree> | gzip` of HEAD, and of HEAD with dist/ replaced by the working tree's build. */
function tarballs(): { head: number; built: number } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-index-'));
  const env = { ...process.env, GIT_INDEX_FILE: join(dir, 'index') };
  try {
    git(['read-tree', 'HEAD'], env);
    git(['rm', '-r', '--cached', '-q', '--ignore-unmatch', 'dist'], env);
    git(['add', '-f', 'dist'], env);
    const tree = git(['write-tree'], env).toString().trim();
    return {
      head: gzipSync(git(['archive', 'HEAD'])).length,
      built: gzipSync(git(['archive', tree])).length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function downloadFigure(): Figure {
  const { head, built } = tarballs();
  return {
    issue: 14,
    name: 'repository tarball per job (git archive | gzip): HEAD as committed → with the current dist/ build',
    value: `${(head / MB).toFixed(2)} MB → ${(built / MB).toFixed(2)} MB (anchors: actions/labeler 0.46 MB, actions/cache 2.5 MB)`,
    goal: '≤ 1.5 MB',
    holds: built <= 1.5 * MB,
  };
}

const N = 252;
const files = Array.from({ length: N }, (_, i) => apiFile(`src/mod${i % 9}/file${i}.ts`, 3, 1, 'modified'));
const payload = pullRequestPayload({ number: 9, changedFiles: N, additions: 3 * N, deletions: N, labels: ['size/XS'] });
const { owner, repo } = repoOf(payload);
const repoLabels = ['size/XS', 'size/S', 'size/M', 'size/L', 'size/XL', 'size/XXL'];

async function ours(): Promise<{ ms: number; requests: number; writes: number }> {
  const gh = await startFakeGitHub({ owner, repo, repoLabels, pulls: { 9: { files, labels: ['size/XS'] } } });
  const t = process.hrtime.bigint();
  const r = await runDist('pr-size', {
    eventName: 'pull_request',
    payload,
    apiUrl: gh.url,
    repository: `${owner}/${repo}`,
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  await gh.close();
  const writes = gh.count((q) => q.method !== 'GET');
  if (r.code !== 0) throw new Error(`pr-size failed in the bench: ${r.stdout}`);
  return { ms, requests: gh.requests.length, writes };
}

async function sizeLabelAction(entry: string): Promise<{ ms: number; requests: number }> {
  const gh = await startFakeGitHub({ owner, repo, repoLabels, pulls: { 9: { files, labels: ['size/XS'] } } });
  const dir = mkdtempSync(join(tmpdir(), 'bench-sla-'));
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ ...payload, action: 'opened' }));
  const t = process.hrtime.bigint();
  // Asynchronously, like runDist: a synchronous spawn would block the fake API in this process.
  await new Promise<void>((resolve) => {
    const env = { PATH: process.env.PATH, GITHUB_TOKEN: 'ghs_fake', GITHUB_EVENT_PATH: event, GITHUB_API_URL: gh.url };
    spawn(process.execPath, [entry], { env, stdio: 'ignore' }).on('close', () => resolve());
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  await gh.close();
  rmSync(dir, { recursive: true, force: true });
  return { ms, requests: gh.requests.length };
}

async function prSizeFigure(): Promise<Figure> {
  const sla = process.env.SIZE_LABEL_ACTION;
  const what = `${N}-file PR, size/XS → new size label`;
  await ours(); // warm the disk cache once, as for the anchor below
  if (!sla) {
    const o = await ours();
    return {
      issue: 14,
      name: `pr-size, ${what} (built bundle, fake API)`,
      value: `${o.ms.toFixed(0)} ms, ${o.requests} requests (${o.writes} writes); set SIZE_LABEL_ACTION=…/size-label-action/dist/index.js to run the anchor beside it`,
      goal: '≤ 1.5× size-label-action (0.125 s when the issue was filed)',
      holds: o.ms <= 1.5 * 125,
    };
  }
  await sizeLabelAction(sla);
  const runs = { ours: [] as number[], anchor: [] as number[], node: [] as number[] };
  let o = { requests: 0, writes: 0 };
  let a = { requests: 0 };
  for (let i = 0; i < 5; i++) {
    const r = await ours();
    const s = await sizeLabelAction(sla);
    runs.ours.push(r.ms);
    runs.anchor.push(s.ms);
    runs.node.push(timeSync(process.execPath, ['-e', '0']));
    [o, a] = [r, s];
  }
  const [ms, anchor, node] = [median(runs.ours), median(runs.anchor), median(runs.node)];
  return {
    issue: 14,
    name: `pr-size vs pascalgn/size-label-action, ${what}, same fake API, alternating, median of 5`,
    value: `${ms.toFixed(0)} ms (${o.requests} requests, ${o.writes} writes) vs ${anchor.toFixed(0)} ms (${a.requests} requests; it reads only the first 30 files) → ${(ms / anchor).toFixed(2)}×; node -e 0 ${node.toFixed(0)} ms`,
    goal: '≤ 1.5×',
    holds: ms <= 1.5 * anchor,
  };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function timeSync(cmd: string, args: string[]): number {
  const t = process.hrtime.bigint();
  spawnSync(cmd, args, { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export async function packagingFigures(): Promise<Figure[]> {
  return [downloadFigure(), await prSizeFigure()];
}
