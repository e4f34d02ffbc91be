// formatter-enforced figures: prettier over 500 changed files, batched (one process per 200 files) vs one process per file.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { formatterNamed } from '../src/facts/formatters/tools/registry.ts';
import { runFormatter } from '../src/facts/formatters/run-tool.ts';
import type { Figure } from './figures.ts';

const N = 500;
const SAMPLE = 50;

export async function formatterFigures(): Promise<Figure[]> {
  const root = mkdtempSync(join(tmpdir(), 'fmt-bench-'));
  writeFileSync(join(root, '.prettierrc'), '{ "semi": true }\n');
  mkdirSync(join(root, 'src'));
  const files = Array.from({ length: N }, (_, i) => {
    const path = `src/file${i}.ts`;
    writeFileSync(
      join(root, path),
      i % 10 === 0 ? `export const   v${i}={a:${i}}\n` : `export const v${i} = { a: ${i} };\n`,
    );
    return path;
  });
  const prettier = formatterNamed('prettier')!;
  const pathEnv = [join(import.meta.dirname, '..', 'node_modules', '.bin'), process.env.PATH].join(delimiter);
  const time = async (f: () => Promise<unknown>): Promise<number> => {
    const t = process.hrtime.bigint();
    await f();
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  let batched = await runFormatter(root, prettier, files, { timeoutMs: 600_000, pathEnv });
  const batchedMs = await time(
    async () => (batched = await runFormatter(root, prettier, files, { timeoutMs: 600_000, pathEnv })),
  );
  const sample = files.slice(0, SAMPLE);
  let perFile = await runFormatter(root, prettier, sample, { timeoutMs: 600_000, pathEnv, batch: 1 });
  const perFileSampleMs = await time(
    async () => (perFile = await runFormatter(root, prettier, sample, { timeoutMs: 600_000, pathEnv, batch: 1 })),
  );
  const perFileMs = perFileSampleMs * (N / SAMPLE);
  const same = [...perFile.findings.keys()].every((f) => batched.findings.has(f));
  return [
    {
      issue: 5,
      name: `formatter-enforced, prettier --check on ${N} changed files (${N / 10} unformatted)`,
      value: `batched: ${batched.processes} processes (1 --version + ${Math.ceil(N / 200)} checks + ${batched.processes - 1 - Math.ceil(N / 200)} line look-ups), ${(batchedMs / 1000).toFixed(1)} s; one per file: ~${(perFileMs / 1000).toFixed(0)} s (${SAMPLE} files measured, ×${N / SAMPLE}) → ${(perFileMs / batchedMs).toFixed(1)}×; ${batched.findings.size} unformatted found${same ? ', same answers' : ', ANSWERS DIFFER'}`,
      goal: 'batched (ratio printed)',
      holds: batched.findings.size === N / 10 && same && perFileMs > batchedMs,
    },
  ];
}
