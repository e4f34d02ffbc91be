import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/run-dist.ts';

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: { uses?: string }[] }>;
}

const workflow = parse(readFileSync(join(ROOT, '.github/workflows/dev-process.yml'), 'utf8')) as Workflow;
const used = Object.values(workflow.jobs)
  .flatMap((j) => j.steps)
  .map((s) => s.uses)
  .filter((u): u is string => u?.startsWith('./actions/') ?? false)
  .map((u) => u.slice('./actions/'.length));
// The weekly report runs on a schedule, not on pull requests: it has its own place (examples/wip-report.yml).
const notForPullRequests = new Set(['wip-report']);

describe('our own pull requests run our own actions', () => {
  it('runs on pull requests', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
  });

  it('names every pull-request action we ship, from this checkout', () => {
    const shipped = readdirSync(join(ROOT, 'actions')).filter((a) => !notForPullRequests.has(a));
    expect(shipped.length).toBeGreaterThanOrEqual(4);
    expect([...new Set(used)].sort()).toEqual(shipped.sort());
  });
});
