import { runGit } from './run-git.ts';

/**
 * True when every change the PR made to `paths` (from the merge base: `base...head`, as the changed
 * files are listed) is whitespace or blank lines: `git diff --ignore-all-space --ignore-blank-lines`
 * finds nothing left. A binary file's change is never whitespace only.
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
    `${base}...${head}`,
    '--',
    ...paths.map((p) => `:(literal)${p}`),
  ]);
  // -z rows: "added\tdeleted\tpath\0", or for a rename "added\tdeleted\t\0old\0new\0"; binary counts are "-".
  const fields = out.split('\0');
  for (let i = 0; i < fields.length; i++) {
    const m = /^(\d+|-)\t(\d+|-)\t(.*)$/s.exec(fields[i]!);
    if (!m) continue;
    if (m[3] === '') i += 2;
    if (m[1] !== '0' || m[2] !== '0') return false;
  }
  return true;
}
