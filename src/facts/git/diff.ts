import type { ChangedFile, FileStatus } from '../types.ts';
import { runGit } from './run-git.ts';

const STATUS: Record<string, FileStatus> = {
  A: 'added',
  M: 'modified',
  D: 'removed',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
  U: 'modified',
};

/**
 * Parses `git diff -z --raw --numstat -M` output: the raw records (status) come first, then the
 * numstat records (line counts), both NUL-separated; renames carry two paths. Binary files count 0.
 */
export function parseRawNumstat(output: string): ChangedFile[] {
  const tokens = output.split('\0');
  const byPath = new Map<string, ChangedFile>();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t === '') {
      i++;
      continue;
    }
    if (t.startsWith(':')) {
      const letter = t.split(' ').at(-1)![0]!;
      const twoPaths = letter === 'R' || letter === 'C';
      const path = twoPaths ? tokens[i + 2]! : tokens[i + 1]!;
      byPath.set(path, {
        path,
        ...(twoPaths ? { previousPath: tokens[i + 1]! } : {}),
        status: STATUS[letter] ?? 'modified',
        additions: 0,
        deletions: 0,
      });
      i += twoPaths ? 3 : 2;
      continue;
    }
    // Only the first two tabs separate fields: a path may contain tabs itself.
    const m = /^([^\t]*)\t([^\t]*)\t([\s\S]*)$/.exec(t);
    if (!m) {
      i++;
      continue;
    }
    const [, add, del, inline] = m;
    const path = inline === '' ? tokens[i + 2]! : inline!;
    i += inline === '' ? 3 : 1;
    const file = byPath.get(path);
    if (!file) continue;
    file.additions = add === '-' ? 0 : Number(add);
    file.deletions = del === '-' ? 0 : Number(del);
  }
  return [...byPath.values()];
}

/** Files changed between the merge base of `base` and `head`, as GitHub's PR files API counts them. */
export async function gitChangedFiles(cwd: string, base: string, head: string): Promise<ChangedFile[]> {
  const out = await runGit(cwd, [
    'diff',
    '-z',
    '--raw',
    '--numstat',
    '-M',
    '--no-ext-diff',
    '--no-textconv',
    '--no-color',
    '--end-of-options',
    `${base}...${head}`,
  ]);
  return parseRawNumstat(out);
}
