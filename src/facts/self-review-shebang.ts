/**
 * Whether a changed file starts with a shebang, for files whose diff does not reach line 1 (a script changed
 * below its first line; round 12 of issue #17, held-out set 16): the first line at the head commit, read for
 * the files with a candidate finding only, from git in one batched `git cat-file` or through the contents API.
 */
import type { AddedFile } from '../checks/self-review-scan.ts';
import { isShebang } from '../shebang.ts';
import { readBlobs } from './git/run-git.ts';
import { readRepoFile } from './github/file-content.ts';
import type { Octokit } from './github/octokit.ts';
import type { RepoRef } from './github/pull-files.ts';

/** At most this many files are read through the contents API (one request each). */
export const SHEBANG_READS_CAP = 30;

const firstLine = (text: string | undefined): string => (text === undefined ? '' : text.split('\n', 1)[0]!.trimEnd());

function shebangsOf(paths: readonly string[], texts: readonly (string | undefined)[]): Record<string, string> {
  const out: Record<string, string> = {};
  paths.forEach((p, i) => {
    const line = firstLine(texts[i]);
    if (isShebang(line)) out[p] = line;
  });
  return out;
}

/** The shebang line at `head` of each of `paths` that has one. */
export async function shebangsFromGit(
  cwd: string,
  head: string,
  paths: readonly string[],
): Promise<Record<string, string>> {
  if (!paths.length) return {};
  return shebangsOf(
    paths,
    await readBlobs(
      cwd,
      paths.map((p) => `${head}:${p}`),
    ),
  );
}

/** The same through the contents API, for the first SHEBANG_READS_CAP of `paths`. */
export async function shebangsFromApi(
  octokit: Octokit,
  repo: RepoRef,
  head: string,
  paths: readonly string[],
): Promise<Record<string, string>> {
  const some = paths.slice(0, SHEBANG_READS_CAP);
  return shebangsOf(some, await Promise.all(some.map((p) => readRepoFile(octokit, repo, p, head))));
}

/** The files whose diff starts below line 1 whose paths the shebangs name: their line 1 goes in as context. */
export const withShebangs = (files: readonly AddedFile[], shebangs: Readonly<Record<string, string>>): AddedFile[] =>
  files.map((f) => {
    const line = shebangs[f.path];
    if (line === undefined || !isShebang(line) || f.lines[0]?.line === 1) return f;
    return { ...f, lines: [{ line: 1, text: line, context: true }, ...f.lines] };
  });

/** The candidates whose diff does not reach line 1: the files whose first line is worth reading. */
export const belowLineOne = (files: readonly AddedFile[], candidates: readonly string[]): string[] => {
  const wanted = new Set(candidates);
  return files.filter((f) => wanted.has(f.path) && f.lines.length > 0 && f.lines[0]!.line !== 1).map((f) => f.path);
};
