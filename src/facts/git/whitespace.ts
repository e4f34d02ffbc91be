import { runGit } from './run-git.ts';

/**
 * True when every change to `paths` between base and head is whitespace or blank lines
 * (`git diff --ignore-all-space --ignore-blank-lines` finds nothing left).
 */
export async function onlyWhitespaceChanged(
  cwd: string,
  base: string,
  head: string,
  paths: readonly string[],
): Promise<boolean> {
  if (!paths.length) return false;
  const out = await runGit(cwd, [
    'diff',
    '--ignore-all-space',
    '--ignore-blank-lines',
    '--numstat',
    '-z',
    base,
    head,
    '--',
    ...paths.map((p) => `:(literal)${p}`),
  ]);
  return out
    .split('\0')
    .filter(Boolean)
    .every((row) => /^0\t0\t/.test(row) || !/^\d+\t\d+\t/.test(row));
}
