/** Required checks in a merge queue: on merge_group every PR check passes with a notice saying why. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHECKS } from '../../src/runtime/action-runners.ts';
import { eventApplies } from '../../src/runtime/gate.ts';
import { ROOT } from '../helpers/run-dist.ts';

describe('merge_group', () => {
  it.each(['pr-size', 'docs-required', 'issue-linked', 'formatter-enforced'] as const)(
    '%s passes there with a notice',
    (name) => {
      let out = '';
      expect(eventApplies(CHECKS[name], { GITHUB_EVENT_NAME: 'merge_group' }, (s) => ((out += s), true))).toBe(false);
      expect(out).toBe(
        `::notice title=${name} skipped::${name} checked the pull request before it joined the merge queue; on merge_group it passes without looking again.\n`,
      );
    },
  );

  it.each(['pr-checks', 'pr-size', 'docs-required', 'issue-linked', 'tests-required', 'one-step'])(
    'examples/%s.yml, a required-check example, runs on merge_group',
    (name) => {
      const wf = parse(readFileSync(join(ROOT, 'examples', `${name}.yml`), 'utf8')) as { on: Record<string, unknown> };
      expect(Object.keys(wf.on)).toContain('merge_group');
    },
  );
});
