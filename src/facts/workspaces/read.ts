/** Workspace package directories of a commit: package.json workspaces, pnpm-workspace.yaml, Cargo, go.work. */
import { minimatch } from 'minimatch';
import { runGit } from '../git/run-git.ts';
import { cargoPatterns, goWorkPatterns, packageJsonPatterns, pnpmPatterns } from './parse.ts';

const SOURCES: [string, (text: string) => string[]][] = [
  ['package.json', packageJsonPatterns],
  ['pnpm-workspace.yaml', pnpmPatterns],
  ['Cargo.toml', cargoPatterns],
  ['go.work', goWorkPatterns],
];

async function show(cwd: string, commit: string, path: string): Promise<string | undefined> {
  try {
    return await runGit(cwd, ['show', '--end-of-options', `${commit}:${path}`]);
  } catch {
    return undefined;
  }
}

/** Directories matched by workspace patterns (`!pattern` excludes), from a list of the commit's directories. */
export function expandPatterns(patterns: readonly string[], directories: readonly string[]): string[] {
  const clean = (p: string): string => p.replace(/^\.\//, '').replace(/\/+$/, '');
  const include = patterns.filter((p) => !p.startsWith('!')).map(clean);
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => clean(p.slice(1)));
  return directories.filter(
    (d) => include.some((p) => minimatch(d, p, { dot: false })) && !exclude.some((p) => minimatch(d, p)),
  );
}

/** The package directories of `commit` (relative to the repository root), or [] when it declares none. */
export async function workspacePackages(cwd: string, commit: string): Promise<string[]> {
  const patterns: string[] = [];
  for (const [path, parse] of SOURCES) {
    const text = await show(cwd, commit, path);
    if (text !== undefined) patterns.push(...parse(text));
  }
  if (!patterns.length) return [];
  const tree = await runGit(cwd, [
    'ls-tree',
    '--full-tree',
    '-r',
    '-d',
    '-z',
    '--name-only',
    '--end-of-options',
    commit,
  ]);
  return expandPatterns(patterns, tree.split('\0').filter(Boolean));
}
