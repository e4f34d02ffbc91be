import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changelogHasEntry, releaseProblems } from '../../scripts/release-check.ts';
import { ROOT } from '../helpers/run-dist.ts';

const facts = (o: Partial<Parameters<typeof releaseProblems>[0]> = {}) => ({
  version: '1.0.0',
  packageVersion: '1.0.0',
  changelog: '# Changelog\n\n## Unreleased (v1.0.0)\n\n- First release.\n',
  tags: [],
  ...o,
});

describe('release checks (scripts/release-check.ts)', () => {
  it('accepts the CHANGELOG heading as written before a release, and the released form', () => {
    expect(releaseProblems(facts())).toEqual([]);
    expect(changelogHasEntry('## v1.0.0 — 2026-12-01\n', '1.0.0')).toBe(true);
    expect(changelogHasEntry('## Unreleased (v1.0.0)\n', '1.0.0')).toBe(true);
    expect(changelogHasEntry('## v1.0.10\n', '1.0.1')).toBe(false);
    expect(changelogHasEntry('## Unreleased\n', '1.0.0')).toBe(false);
  });

  it('refuses, one line per reason: bad version, package.json mismatch, existing tag, no entry', () => {
    expect(releaseProblems(facts({ version: 'v1.2', packageVersion: '1.0.0', changelog: '', tags: [] }))).toEqual([
      'version must be MAJOR.MINOR.PATCH (e.g. 1.2.0), got "v1.2"',
      'package.json version is 1.0.0, not v1.2: set it in the release commit',
      "CHANGELOG.md has no '## vv1.2' or '## Unreleased (vv1.2)' heading",
    ]);
    expect(releaseProblems(facts({ tags: ['v1.0.0'] }))).toEqual(['tag v1.0.0 already exists']);
  });

  it('the dry-run passes on this checkout: the next release is not refused', () => {
    const r = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/release-check.ts'), '--dry-run'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^release: v\d+\.\d+\.\d+ may be released \(dry run\)\.\n$/);
    expect(r.status).toBe(0);
  });
});
