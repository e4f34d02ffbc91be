// pr-size figures: a 10,000-file PR end to end, glob compilation, and cold start. Prints, asserts nothing.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { minimatch } from 'minimatch';
import { compileGlobs } from '../src/checks/globs.ts';
import { apiFile, startFakeGitHub } from '../test/fake-github/server.ts';
import { pullRequestPayload, repoOf } from '../test/fixtures/payloads.ts';
import { makeRepo } from '../test/helpers/git-repo.ts';
import { ROOT, runDist } from '../test/helpers/run-dist.ts';
import type { Figure } from './figures.ts';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
const RSS_PROBE = `--import=data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss_kb='+process.resourceUsage().maxRSS+'\\n'))`;

async function bigPr(): Promise<Figure[]> {
  const N = 10_000;
  const repo = makeRepo();
  repo.write('README.md', 'x\n');
  const base = repo.commit('base');
  for (let i = 0; i < N; i++)
    repo.write(`mod${i % 40}/f${i}.ts`, `export const v${i} = ${i};\nexport const w${i} = ${i};\n`);
  repo.write('package-lock.json', 'x\n'.repeat(5000));
  const head = repo.commit('10k files');
  const files = Array.from({ length: N }, (_, i) => apiFile(`mod${i % 40}/f${i}.ts`, 2, 0, 'added'));
  const payload = pullRequestPayload({
    number: 7,
    changedFiles: N + 1,
    additions: 2 * N + 5000,
    deletions: 0,
    baseSha: base,
    headSha: head,
    labels: [],
  });
  const { owner, repo: name } = repoOf(payload);
  const figures: Figure[] = [];
  for (const mode of ['checkout', 'api-only'] as const) {
    const gh = await startFakeGitHub({ owner, repo: name, pulls: { 7: { files, labels: [] } } });
    const t = process.hrtime.bigint();
    const r = await runDist('pr-size', {
      eventName: 'pull_request',
      payload,
      apiUrl: gh.url,
      repository: `${owner}/${name}`,
      ...(mode === 'checkout' ? { workspace: repo.dir } : {}),
      env: { NODE_OPTIONS: RSS_PROBE },
    });
    const elapsed = ms(t);
    const rss = Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
    await gh.close();
    const exact = r.outputs['changed-lines'] === String(2 * N) && r.outputs.approximate === 'false';
    const labelRequests = gh.count((q) => /\/labels(\/|$)/.test(q.path));
    figures.push({
      issue: 3,
      name: `pr-size, ${N.toLocaleString('en')}-file PR, ${mode === 'checkout' ? 'checkout with both commits' : 'API only (no checkout)'}`,
      value: `${r.outputs['changed-lines']} lines (${exact ? 'exact' : `approximate=${r.outputs.approximate}`}), ${gh.requests.length} API requests (${gh.count((q) => q.path.endsWith('/files'))} file pages, ${gh.count((q) => q.path.includes('dev-process.yml'))} config-file read, ${labelRequests} label requests), ${elapsed.toFixed(0)} ms, peak RSS ${rss.toFixed(0)} MB`,
      goal:
        mode === 'checkout'
          ? 'exact total, ≤ 31 requests'
          : 'never undercounts, ≤ 31 + label requests (1 read, ≤ 2 writes: #14) + 1 config read (#8)',
      holds:
        mode === 'checkout'
          ? exact && gh.requests.length <= 31
          : Number(r.outputs['changed-lines']) >= 2 * N &&
            labelRequests <= 3 &&
            gh.requests.length <= 32 + labelRequests,
    });
  }
  return figures;
}

function globs(): Figure {
  const patterns = Array.from({ length: 30 }, (_, i) =>
    i % 3 === 0 ? `pkg${i}/**/*.generated.ts` : i % 3 === 1 ? `**/fixtures${i}/**` : `!docs${i}/**/*.{md,mdx}`,
  );
  const paths = Array.from(
    { length: 100_000 },
    (_, i) => `pkg${i % 50}/src/dir${i % 7}/fixtures${i % 31}/file${i}.${i % 2 ? 'ts' : 'generated.ts'}`,
  );
  const compiled = compileGlobs(patterns);
  // The per-pair way: minimatch(path, pattern) for each pattern, last match wins.
  const perPair = (p: string): boolean | undefined => {
    for (let k = patterns.length - 1; k >= 0; k--) {
      const pat = patterns[k]!;
      const neg = pat.startsWith('!');
      if (minimatch(p, neg ? pat.slice(1) : pat, { dot: true })) return !neg;
    }
    return undefined;
  };
  const time = (
    decide: (p: string) => boolean | undefined,
    list: string[],
  ): { ms: number; answers: (boolean | undefined)[] } => {
    const t = process.hrtime.bigint();
    const answers = list.map(decide);
    return { ms: ms(t), answers };
  };
  // Warm both up (JIT, minimatch's lazy set-up), then take the median of 3 runs each.
  time((p) => compiled.decide(p), paths.slice(0, 5000));
  time(perPair, paths.slice(0, 5000));
  const sample = paths.slice(0, 10_000); // per-pair is measured on 10,000 paths and scaled ×10
  const compiledRuns = [0, 1, 2].map(() => time((p) => compiled.decide(p), paths));
  const perPairRuns = [0, 1, 2].map(() => time(perPair, sample));
  const compiledMs = median(compiledRuns.map((r) => r.ms));
  const perPairMs = median(perPairRuns.map((r) => r.ms)) * (paths.length / sample.length);
  const same = perPairRuns[0]!.answers.every((a, i) => a === compiledRuns[0]!.answers[i]);
  const ratio = perPairMs / compiledMs;
  return {
    issue: 3,
    name: 'ignore filtering, 100,000 paths × 30 globs: compiled once + segment index vs minimatch() per pair',
    value: `${compiledMs.toFixed(0)} ms vs ${perPairMs.toFixed(0)} ms → ${ratio.toFixed(1)}×${same ? ', same answers' : ', ANSWERS DIFFER'} (minimatch 11 caches parsed patterns inside minimatch() itself)`,
    goal: '≥ 10×',
    holds: ratio >= 10 && same,
  };
}

function coldStart(): Figure {
  const env = { ...process.env, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '' };
  const entry = join(ROOT, 'dist/pr-size/index.js');
  const base: number[] = [];
  const bundle: number[] = [];
  for (let i = 0; i < 15; i++) {
    let t = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0'], { env });
    base.push(ms(t));
    t = process.hrtime.bigint();
    spawnSync(process.execPath, [entry], { env });
    bundle.push(ms(t));
  }
  const ratio = median(bundle) / median(base);
  return {
    issue: 3,
    name: 'cold start, dist/pr-size on a non-PR event vs node -e 0 (median of 15)',
    value: `${median(bundle).toFixed(1)} ms vs ${median(base).toFixed(1)} ms → ${ratio.toFixed(2)}×`,
    goal: '≤ 3×',
    holds: ratio <= 3,
  };
}

export async function prSizeFigures(): Promise<Figure[]> {
  return [...(await bigPr()), globs(), coldStart()];
}
