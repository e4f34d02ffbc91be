import type { ChangeSet } from '../types.ts';
import { gitAttributes } from './attributes.ts';
import { gitChangedFiles } from './diff.ts';
import { compareCommits } from './run-git.ts';

/** A ChangeSet from a local checkout: exact line counts, every file, attributes from `git check-attr`. */
export async function changeSetFromGit(cwd: string, base: string, head: string): Promise<ChangeSet> {
  const files = await gitChangedFiles(cwd, base, head);
  return {
    files,
    attributes: await gitAttributes(
      cwd,
      files.map((f) => f.path),
    ),
    source: 'git',
  };
}

/** True when `cwd` is a checkout holding both commits and the history between them. */
export async function checkoutCanDiff(cwd: string | undefined, base: string, head: string): Promise<boolean> {
  if (!cwd) return false;
  return ((await compareCommits(cwd, base, head))?.mergeBases.length ?? 0) > 0;
}
