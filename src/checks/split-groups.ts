/**
 * Where a big PR splits (handbook §2, "break it down into smaller chunks"): by workspace package when the
 * repository declares packages, else by the first directory level below what every changed file shares.
 * Pure: the package directories come from facts (src/facts/workspaces/).
 */
import type { ChangedFile } from '../facts/types.ts';

export interface SplitGroup {
  /** A package directory, a directory, or one of ROOT_FILES / OUTSIDE_PACKAGES. */
  directory: string;
  files: number;
  lines: number;
}

export const ROOT_FILES = '(root)';
export const OUTSIDE_PACKAGES = '(outside packages)';

const lineCount = (f: ChangedFile): number => f.additions + f.deletions;

function tally(files: readonly ChangedFile[], key: (path: string) => string): SplitGroup[] {
  const map = new Map<string, SplitGroup>();
  for (const f of files) {
    const k = key(f.path);
    const row = map.get(k) ?? { directory: k, files: 0, lines: 0 };
    row.files++;
    row.lines += lineCount(f);
    map.set(k, row);
  }
  return [...map.values()].sort((a, b) => b.lines - a.lines || a.directory.localeCompare(b.directory));
}

/** The directory every path shares ('' when none), as a list of segments. */
function sharedDirectory(paths: readonly string[]): string[] {
  const dirs = paths.map((p) => p.split('/').slice(0, -1));
  const first = dirs[0] ?? [];
  let n = 0;
  while (n < first.length && dirs.every((d) => d[n] === first[n])) n++;
  return first.slice(0, n);
}

/** Groups by the first directory level under the shared one: the level that actually splits the PR. */
export function byDirectoryLevel(files: readonly ChangedFile[]): { groups: SplitGroup[]; kind: 'directory' } {
  const shared = sharedDirectory(files.map((f) => f.path));
  const key = (path: string): string => {
    const parts = path.split('/');
    return parts.length - 1 > shared.length
      ? parts.slice(0, shared.length + 1).join('/')
      : shared.length
        ? shared.join('/')
        : ROOT_FILES;
  };
  return { groups: tally(files, key), kind: 'directory' };
}

/** Groups by the innermost workspace package holding each file; files in no package form one group. */
export function byPackage(files: readonly ChangedFile[], packages: readonly string[]): SplitGroup[] {
  const dirs = [...packages].map((p) => p.replace(/^\.\/|\/+$/g, '')).sort((a, b) => b.length - a.length);
  const key = (path: string): string =>
    dirs.find((d) => d === '' || d === '.' || path.startsWith(`${d}/`)) ?? OUTSIDE_PACKAGES;
  return tally(files, key);
}

/** Package groups when the packages split the PR (two or more groups), else directory levels. */
export function splitGroups(
  files: readonly ChangedFile[],
  packages: readonly string[] | undefined,
): { groups: SplitGroup[]; kind: 'package' | 'directory' } {
  const usable = (packages ?? []).filter((p) => p !== '' && p !== '.' && p !== './');
  if (usable.length) {
    const groups = byPackage(files, usable);
    if (groups.length >= 2) return { groups, kind: 'package' };
  }
  return byDirectoryLevel(files);
}
