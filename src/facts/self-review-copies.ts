/**
 * Where a changed file may have been copied from: files of the same name elsewhere in the base tree
 * (www/common/roster.js for src/worker/roster.js), read for the files with a candidate finding only, in one
 * `git ls-tree` and one batched `git cat-file`.
 */
import { readBlobs, runGit } from './git/run-git.ts';

/** At most this many files of the same name are read per changed file (a monorepo has many index.js). */
export const NAMESAKES_PER_FILE = 20;

const nameOf = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/** The texts at `base` of the other files named like each of `paths`, per path; paths with none are left out. */
export async function namesakesFromGit(
  cwd: string,
  base: string,
  paths: readonly string[],
): Promise<Record<string, string[]>> {
  if (!paths.length) return {};
  const listed = await runGit(cwd, ['ls-tree', '-r', '-z', '--name-only', base]);
  const byName = new Map<string, string[]>();
  for (const p of listed.split('\0')) {
    if (!p) continue;
    const same = byName.get(nameOf(p));
    if (same) same.push(p);
    else byName.set(nameOf(p), [p]);
  }
  const wanted = paths.map((p) => (byName.get(nameOf(p)) ?? []).filter((t) => t !== p).slice(0, NAMESAKES_PER_FILE));
  const texts = await readBlobs(
    cwd,
    wanted.flat().map((t) => `${base}:${t}`),
  );
  const out: Record<string, string[]> = {};
  let k = 0;
  paths.forEach((p, i) => {
    const got = wanted[i]!.map(() => texts[k++]).filter((t): t is string => t !== undefined);
    if (got.length) out[p] = got;
  });
  return out;
}
