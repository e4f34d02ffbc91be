/** Workspace package directories of a commit: package.json workspaces, pnpm-workspace.yaml, Cargo, go.work. */
import { minimatch } from 'minimatch';
import { readBlobs, runGit } from '../git/run-git.ts';
import { WORKSPACE_FILES } from './files.ts';
import { cargoPatterns, goWorkPatterns, packageJsonPatterns, pnpmPatterns } from './parse.ts';

const PARSERS: Record<(typeof WORKSPACE_FILES)[number], (text: string) => string[]> = {
  'package.json': packageJsonPatterns,
  'pnpm-workspace.yaml': pnpmPatterns,
  'Cargo.toml': cargoPatterns,
  'go.work': goWorkPatterns,
};

/** Directories matched by workspace patterns (`!pattern` excludes), from a list of the commit's directories. */
export function expandPatterns(patterns: readonly string[], directories: readonly string[]): string[] {
  const clean = (p: string): string => p.replace(/^\.\//, '').replace(/\/+$/, '');
  const include = patterns.filter((p) => !p.startsWith('!')).map(clean);
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => clean(p.slice(1)));
  return directories.filter(
    (d) => include.some((p) => minimatch(d, p, { dot: false })) && !exclude.some((p) => minimatch(d, p)),
  );
}

/**
 * The package directories of `commit` (relative to the repository root), or [] when it declares none. `texts`:
 * the WORKSPACE_FILES at `commit` when already read (else they are read here, in one git process).
 */
export async function workspacePackages(
  cwd: string,
  commit: string,
  texts?: readonly (string | undefined)[],
): Promise<string[]> {
  const read =
    texts ??
    (await readBlobs(
      cwd,
      WORKSPACE_FILES.map((path) => `${commit}:${path}`),
    ));
  const patterns = WORKSPACE_FILES.flatMap((file, i) => (read[i] === undefined ? [] : PARSERS[file](read[i])));
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
