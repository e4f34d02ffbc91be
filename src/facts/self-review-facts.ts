/**
 * The lines a PR adds, for self-review: the files API's patches first; the checkout's diff for files
 * whose patch is missing (oversized diffs) and for files past the API's 3,000-file cap. Files that
 * neither could read are listed as unread, never dropped.
 */
import type { SelfReviewFacts } from '../checks/self-review.ts';
import type { AddedFile } from '../checks/self-review-scan.ts';
import { gitAttributes } from './git/attributes.ts';
import { checkoutCanDiff } from './git/change-set.ts';
import { readBlobs, runGit } from './git/run-git.ts';
import { readRepoFile } from './github/file-content.ts';
import type { Octokit } from './github/octokit.ts';
import { API_FILE_CAP, type RepoRef } from './github/pull-files.ts';
import { listPullPatches } from './github/self-review-files.ts';
import { parseGitattributes } from './gitattributes.ts';
import { packageJsonPathsOf, SCRIPT_FILE, scriptFilesOfPackage } from './package-scripts.ts';
import { namesakesFromGit } from './self-review-copies.ts';
import { funcnameOptions } from './self-review-funcname.ts';
import { belowLineOne, shebangsFromApi, shebangsFromGit, withShebangs } from './self-review-shebang.ts';
import { addedLinesOfGitDiff, addedLinesOfPatch, removedLinesOfPatch } from './self-review-patch.ts';
import type { PullRequestInfo } from './types.ts';
import { thousands } from '../number-format.ts';

/** Added lines between the merge base of `base` and `head` and `head`, from a checkout. */
export async function addedLinesFromGit(cwd: string, base: string, head: string): Promise<AddedFile[]> {
  const out = await runGit(cwd, [
    ...funcnameOptions(),
    'diff',
    '--unified=3',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-renames',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--end-of-options',
    `${base}...${head}`,
  ]);
  return addedLinesOfGitDiff(out);
}

/** At most this many package.json files are read through the contents API (one request each). */
export const PACKAGE_JSON_CAP = 30;

/**
 * The files every package.json at `head` on the way to `paths` runs (scripts, bin), the root's and each
 * nested workspace package's, read in one batched `git cat-file`; none when there is no package.json.
 */
export async function scriptsFromGit(cwd: string, head: string, paths: readonly string[] = []): Promise<string[]> {
  const where = packageJsonPathsOf(paths);
  const texts = await readBlobs(
    cwd,
    where.map((p) => `${head}:${p}`),
  );
  return where.flatMap((p, i) => scriptFilesOfPackage(p, texts[i]));
}

/** The same through the contents API: the root first, then the shallowest folders, at most PACKAGE_JSON_CAP. */
async function scriptsFromApi(octokit: Octokit, repo: RepoRef, head: string, paths: readonly string[]) {
  const where = packageJsonPathsOf(paths).slice(0, PACKAGE_JSON_CAP);
  const texts = await Promise.all(where.map((p) => readRepoFile(octokit, repo, p, head)));
  return where.flatMap((p, i) => scriptFilesOfPackage(p, texts[i]));
}

/** A line that calls console (not in a comment or a string before it): a candidate debug-output finding. */
const PRINTS = /^[^/'"`]*\bconsole\.\w+\s*\(/;

/** The JavaScript/TypeScript files whose added lines call console (a candidate finding): whose package.json to read. */
export const printingScriptPaths = (files: readonly AddedFile[]): string[] =>
  files
    .filter((f) => SCRIPT_FILE.test(f.path) && f.lines.some((l) => !l.context && PRINTS.test(l.text)))
    .map((f) => f.path);

/** The checkout's diff for the files the API gave no patch for, and (past the cap) for those it did not list. */
async function checkoutExtra(
  cwd: string,
  pr: PullRequestInfo,
  listed: readonly { path: string }[],
  missing: readonly string[],
  capped: boolean,
): Promise<AddedFile[]> {
  const fromGit = await addedLinesFromGit(cwd, pr.baseSha, pr.headSha);
  const known = new Set(listed.map((f) => f.path));
  const wanted = new Set(missing);
  return fromGit.filter((f) => wanted.has(f.path) || (capped && !known.has(f.path)));
}

export async function selfReviewFacts(src: {
  octokit: Octokit;
  repo: RepoRef;
  pr: PullRequestInfo;
  workspace?: string;
}): Promise<SelfReviewFacts> {
  const { pr } = src;
  const [listed, attributesText] = await Promise.all([
    listPullPatches(src.octokit, src.repo, pr.number),
    readRepoFile(src.octokit, src.repo, '.gitattributes', pr.headSha),
  ]);
  const files: AddedFile[] = [];
  const missing: string[] = [];
  for (const f of listed) {
    const removed = f.patch === undefined ? [] : removedLinesOfPatch(f.patch);
    if (f.status === 'removed' || f.additions === 0) {
      if (removed.length) files.push({ path: f.path, lines: [], removed });
    } else if (f.patch !== undefined) files.push({ path: f.path, lines: addedLinesOfPatch(f.patch), removed });
    else missing.push(f.path);
  }
  const capped = pr.changedFiles > listed.length;
  // Whether the checkout holds both commits: asked once, only when namesakes or missing patches need it.
  const patchedCandidates = printingScriptPaths(files);
  const canDiff =
    (patchedCandidates.length > 0 || missing.length > 0 || capped) &&
    (await checkoutCanDiff(src.workspace, pr.baseSha, pr.headSha));
  const extra =
    canDiff && (missing.length || capped) ? await checkoutExtra(src.workspace!, pr, listed, missing, capped) : [];
  const all = [...files, ...extra];
  // Candidates come from every file read, the checkout's as well as the API's.
  const candidates = [...patchedCandidates, ...printingScriptPaths(extra)];
  const scripts = await scriptsFromApi(src.octokit, src.repo, pr.headSha, candidates);
  // Files named like the candidates elsewhere in the base tree: read only from a checkout holding both commits.
  const namesakes = canDiff && candidates.length ? await namesakesFromGit(src.workspace!, pr.baseSha, candidates) : {};
  // A candidate's first line when its diff starts below it: from the checkout when it holds both commits.
  const firstLineOf = belowLineOne(all, candidates);
  const shebangs = canDiff
    ? await shebangsFromGit(src.workspace!, pr.headSha, firstLineOf)
    : await shebangsFromApi(src.octokit, src.repo, pr.headSha, firstLineOf);
  const read = withShebangs(all, shebangs);
  if (!missing.length && !capped)
    return {
      files: read,
      unread: [],
      source: 'files API patches',
      attributes: parseGitattributes(attributesText ?? ''),
      scripts,
      namesakes,
    };
  if (canDiff)
    return {
      files: read,
      unread: [],
      source: `files API patches and the checkout's diff for ${extra.length} more file${extra.length === 1 ? '' : 's'}`,
      attributes: await gitAttributes(
        src.workspace!,
        all.map((f) => f.path),
      ),
      scripts,
      namesakes,
    };
  const why = 'GitHub gave no patch (diff too large) and no checkout with both commits was available';
  const unread = missing.map((path) => ({ path, reason: why }));
  if (capped)
    unread.push({
      path: `${thousands(pr.changedFiles - listed.length)} more files the API did not list`,
      reason: `GitHub's API lists at most ${thousands(API_FILE_CAP)} files and no checkout with both commits was available`,
    });
  return {
    files: read,
    unread,
    source: 'files API patches',
    attributes: parseGitattributes(attributesText ?? ''),
    scripts,
    namesakes,
  };
}
