// self-review figure: a 3,000-file PR (API only, 20 added lines a file) scanned end to end by the built
// bundle, against pr-size's end-to-end time on the same PR and the same fake API. Prints, asserts nothing.
import { readFileSync } from 'node:fs';
import { apiFile, startFakeGitHub } from '../test/fake-github/server.ts';
import { pullRequestPayload, repoOf } from '../test/fixtures/payloads.ts';
import { runDist } from '../test/helpers/run-dist.ts';
import type { Figure } from './figures.ts';

const N = 3000;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Twenty added lines of ordinary TypeScript; every 100th file leaves a console.log in. */
function patchOf(i: number): string {
  const body = [
    `import { load } from '../store/load${i % 7}.ts';`,
    `// Reads the cart; console.log(cart) helped once, long ago.`,
    `export async function cart${i}(id: string): Promise<number> {`,
    `  const items = await load(id, { retry: 3, label: 'console.log(items)' });`,
    `  let total = 0;`,
    `  for (const item of items) total += item.price * item.count;`,
    ...Array.from({ length: 12 }, (_, k) => `  const step${k} = total * ${k + 1} / ${k + 2}; // rounding ${k}`),
    i % 100 === 0 ? `  console.log(total);` : `  if (total < 0) throw new Error(\`bad total \${total}\`);`,
    `  return total;`,
  ];
  return `@@ -0,0 +1,${body.length} @@\n${body.map((l) => `+${l}`).join('\n')}`;
}

export async function selfReviewFigures(): Promise<Figure[]> {
  const files = Array.from({ length: N }, (_, i) =>
    apiFile(`packages/pkg${i % 20}/src/cart${i}.ts`, 20, 0, 'added', { patch: patchOf(i) }),
  );
  const payload = pullRequestPayload({ number: 9, changedFiles: N, additions: 20 * N, deletions: 0, labels: [] });
  const { owner, repo } = repoOf(payload);
  const times: Record<'pr-size' | 'self-review', number[]> = { 'pr-size': [], 'self-review': [] };
  let count = '';
  for (let run = 0; run < 3; run++) {
    for (const entry of ['pr-size', 'self-review'] as const) {
      const gh = await startFakeGitHub({ owner, repo, pulls: { 9: { files, labels: [] } } });
      const t = process.hrtime.bigint();
      const r = await runDist(entry, {
        eventName: 'pull_request',
        payload,
        apiUrl: gh.url,
        repository: `${owner}/${repo}`,
        inputs: entry === 'pr-size' ? { 'apply-labels': 'false' } : {},
      });
      times[entry].push(Number(process.hrtime.bigint() - t) / 1e6);
      if (entry === 'self-review') count = r.outputs.count ?? '?';
      await gh.close();
    }
  }
  const sr = median(times['self-review']);
  const ps = median(times['pr-size']);
  return [
    {
      issue: 17,
      name: `self-review, ${N.toLocaleString('en')}-file PR (${(20 * N).toLocaleString('en')} added lines, API patches) vs pr-size on the same PR, end to end (median of 3)`,
      value: `${sr.toFixed(0)} ms vs ${ps.toFixed(0)} ms → ${(sr / ps).toFixed(2)}×, ${count} findings (expected ${N / 100})`,
      goal: '≤ 2× pr-size',
      holds: sr <= 2 * ps && count === String(N / 100),
    },
    ...precisionFigures(),
  ];
}

/**
 * Precision on real merged commits, from test/fixtures/self-review/field-runs.tsv (facts only: per
 * repository and run, the commits read and the findings a person classified). `held-out-*` sets were
 * scored once with the rules frozen before the first look; `tuning-*` sets are commits the rules were
 * fixed on. A set without findings shows no precision at all, never 100%.
 */
export function precisionFigures(): Figure[] {
  const rows = readFileSync(new URL('../test/fixtures/self-review/field-runs.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('set\t'))
    .map((l) => l.split('\t'));
  const sets = [...new Set(rows.map((r) => r[0]!))];
  return sets.map((set) => {
    const mine = rows.filter((r) => r[0] === set);
    const sum = (col: number): number => mine.reduce((n, r) => n + Number(r[col]), 0);
    const [commits, findings, tp] = [sum(6), sum(8), sum(9)];
    const repos = new Set(mine.map((r) => r[3])).size;
    return {
      issue: 17,
      name: `self-review precision, ${set} (rules ${mine[0]![1]}): ${repos} repositories, ${commits.toLocaleString('en')} merged commits`,
      value: findings
        ? `${tp}/${findings} = ${((100 * tp) / findings).toFixed(1)}%`
        : 'no findings: precision not measured',
      goal: '≥ 95% of findings a reviewer would ask to remove',
      holds: findings > 0 && tp / findings >= 0.95 && commits >= 300,
    };
  });
}
