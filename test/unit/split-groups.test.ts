import { describe, expect, it } from 'vitest';
import { byDirectoryLevel, splitGroups } from '../../src/checks/split-groups.ts';
import { cargoPatterns, goWorkPatterns, packageJsonPatterns, pnpmPatterns } from '../../src/facts/workspaces/parse.ts';
import { expandPatterns } from '../../src/facts/workspaces/read.ts';
import type { ChangedFile } from '../../src/facts/types.ts';

const file = (path: string, additions: number): ChangedFile => ({ path, status: 'modified', additions, deletions: 0 });

describe('split groups (pure)', () => {
  it('groups by the innermost workspace package; files in none form one group', () => {
    const files = [
      file('crates/core/src/a.rs', 50),
      file('crates/core/macros/m.rs', 5),
      file('crates/cli/b.rs', 20),
      file('README.md', 1),
    ];
    expect(splitGroups(files, ['crates/core', 'crates/core/macros', 'crates/cli'])).toEqual({
      kind: 'package',
      groups: [
        { directory: 'crates/core', files: 1, lines: 50 },
        { directory: 'crates/cli', files: 1, lines: 20 },
        { directory: 'crates/core/macros', files: 1, lines: 5 },
        { directory: '(outside packages)', files: 1, lines: 1 },
      ],
    });
  });

  it('falls back to directories when the packages do not split the PR (all in one package)', () => {
    const files = [file('packages/web/src/a.ts', 10), file('packages/web/test/a.ts', 5)];
    expect(splitGroups(files, ['packages/web', 'packages/api']).kind).toBe('directory');
    expect(splitGroups(files, ['packages/web']).groups.map((g) => g.directory)).toEqual([
      'packages/web/src',
      'packages/web/test',
    ]);
  });

  it('directory level: below the shared directory; files at the top are (root) or the shared directory', () => {
    expect(byDirectoryLevel([file('a.ts', 1), file('src/b.ts', 2)]).groups.map((g) => g.directory)).toEqual([
      'src',
      '(root)',
    ]);
    expect(byDirectoryLevel([file('src/a/x.ts', 1), file('src/y.ts', 2)]).groups.map((g) => g.directory)).toEqual([
      'src',
      'src/a',
    ]);
  });
});

describe('workspace files (parsing, then matching the commit’s directories)', () => {
  it('reads package.json (npm and yarn shapes), pnpm, Cargo and go.work', () => {
    expect(packageJsonPatterns('{"workspaces": ["packages/*", "apps/web"]}')).toEqual(['packages/*', 'apps/web']);
    expect(packageJsonPatterns('{"workspaces": {"packages": ["libs/*"]}}')).toEqual(['libs/*']);
    expect(packageJsonPatterns('not json')).toEqual([]);
    expect(pnpmPatterns("packages:\n  - 'packages/*'\n  - '!packages/old'\n")).toEqual(['packages/*', '!packages/old']);
    expect(
      cargoPatterns(
        '[package]\nname = "x"\n\n[workspace]\nmembers = [\n  "crates/*",\n  \'tools/gen\',\n]\n\n[deps]\n',
      ),
    ).toEqual(['crates/*', 'tools/gen']);
    expect(cargoPatterns('[package]\nmembers = ["not/a/workspace"]\n')).toEqual([]);
    expect(goWorkPatterns('go 1.22\n\nuse (\n\t./api // the API\n\t./web\n)\nuse ./tools\n')).toEqual([
      './api',
      './web',
      './tools',
    ]);
  });

  it('expands globs against directories, with ! exclusions', () => {
    const dirs = ['packages', 'packages/a', 'packages/a/src', 'packages/old', 'apps', 'apps/web'];
    expect(expandPatterns(['packages/*', '!packages/old', './apps/web/'], dirs)).toEqual(['packages/a', 'apps/web']);
  });
});
