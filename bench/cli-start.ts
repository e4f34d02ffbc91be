// CLI start-up: `dev-process pr-size` on this repository's last commit, beside `node -e 0` and raw `git diff
// --numstat` in the same loop (alternating, median of 15, compile cache warmed by one untimed run).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../test/helpers/run-dist.ts';
import type { Figure } from './figures.ts';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(cmd: string, args: string[]): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'ignore' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** How many git processes one CLI run starts (GIT_TRACE names each built-in git command it runs). */
function gitProcesses(cli: string[]): number {
  const dir = mkdtempSync(join(tmpdir(), 'bench-git-trace-'));
  const trace = join(dir, 'trace');
  spawnSync(process.execPath, cli, { cwd: ROOT, stdio: 'ignore', env: { ...process.env, GIT_TRACE: trace } });
  const count = readFileSync(trace, 'utf8')
    .split('\n')
    .filter((l) => l.includes('trace: built-in: git ')).length;
  rmSync(dir, { recursive: true, force: true });
  return count;
}

export function cliStartFigures(): Figure[] {
  const cli = [join(ROOT, 'dist/cli/index.js'), 'pr-size', '--base', 'HEAD~1'];
  time(process.execPath, cli); // fills the compile cache, as any second run on a machine would find it
  const runs = { node: [] as number[], cli: [] as number[], git: [] as number[] };
  for (let i = 0; i < 15; i++) {
    runs.node.push(time(process.execPath, ['-e', '0']));
    runs.cli.push(time(process.execPath, cli));
    runs.git.push(time('git', ['diff', '--numstat', 'HEAD~1', 'HEAD']));
  }
  const [node, ours, git] = [median(runs.node), median(runs.cli), median(runs.git)];
  return [
    {
      issue: 14,
      name: 'CLI pr-size on this repository (HEAD~1..HEAD) vs node -e 0, raw git diff --numstat beside (median of 15)',
      value: `${ours.toFixed(0)} ms vs ${node.toFixed(0)} ms → ${(ours / node).toFixed(2)}× (git ${git.toFixed(0)} ms; ${gitProcesses(cli)} git processes, 13 when the issue was filed)`,
      goal: '≤ 3× node -e 0',
      holds: ours / node <= 3,
    },
  ];
}
