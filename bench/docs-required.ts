// docs-required figure: rule evaluation on a 3,000-file PR × 20 mappings vs pr-size's filtering of it.
import { docsRequiredVerdict } from '../src/checks/docs-required.ts';
import { makeFileFilter, partitionFiles } from '../src/checks/ignore.ts';
import { noAttributes } from '../test/helpers/attributes.ts';
import type { ChangedFile } from '../src/facts/types.ts';
import { parseDocsRequiredSettings } from '../src/inputs/docs-required.ts';
import type { Figure } from './figures.ts';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeOf(fn: () => unknown, runs: number): number {
  for (let i = 0; i < 5; i++) fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(times);
}

export function docsRequiredFigures(): Figure[] {
  const files: ChangedFile[] = Array.from({ length: 3000 }, (_, i) => ({
    path: i % 10 === 0 ? `docs/pkg${i % 20}/page${i}.md` : `packages/pkg${i % 20}/src/module${i % 13}/file${i}.ts`,
    status: 'modified',
    additions: 3,
    deletions: 1,
  }));
  const rules = Array.from(
    { length: 20 },
    (_, i) =>
      `- code: ["packages/pkg${i}/**", "!packages/pkg${i}/**/*.test.ts"]\n  docs: ["docs/pkg${i}/**", "packages/pkg${i}/README.md"]`,
  ).join('\n');
  const settings = parseDocsRequiredSettings((n) => ({ rules })[n]);
  const changes = { files, attributes: noAttributes, source: 'api' as const };
  const evaluate = timeOf(() => docsRequiredVerdict({ changes }, settings), 30);
  const filter = timeOf(() => partitionFiles(files, makeFileFilter([], noAttributes)), 30);
  const ratio = evaluate / filter;
  const verdict = docsRequiredVerdict({ changes }, settings);
  return [
    {
      issue: 4,
      name: 'docs-required, 3,000-file PR × 20 mappings vs pr-size filtering of the same PR (median of 30)',
      value: `${evaluate.toFixed(2)} ms vs ${filter.toFixed(2)} ms → ${ratio.toFixed(1)}× (${verdict.conclusion}, ${(JSON.parse(verdict.outputs['code-files']!) as unknown[]).length} code files)`,
      goal: '≤ 2×',
      holds: ratio <= 2,
    },
  ];
}
