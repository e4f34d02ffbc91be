import { changeSetFromGit, checkoutCanDiff } from './git/change-set.ts';
import { isShallow } from './git/shallow.ts';
import { readRepoFile } from './github/file-content.ts';
import type { Octokit } from './github/octokit.ts';
import { API_FILE_CAP, listPullFiles, type RepoRef } from './github/pull-files.ts';
import { parseGitattributes } from './gitattributes.ts';
import type { ChangeSet, PullRequestInfo } from './types.ts';
import { thousands } from '../number-format.ts';

export interface GitHubSource {
  octokit: Octokit;
  repo: RepoRef;
  pr: PullRequestInfo;
  /** A checkout to count from when it holds both commits (exact, no API calls). */
  workspace?: string;
}

/**
 * The changed files of a PR, for every check that needs them. A checkout with both commits gives
 * exact counts with no API calls; otherwise the files API (≤ 3,000 files) plus the root
 * .gitattributes at the head commit. When the
 * listed line counts don't reach GitHub's totals (file cap, oversized diffs reported as 0), the change
 * set is marked incomplete and carries the totals, so the rule can approximate without undercounting.
 */
const SHALLOW_FALLBACK =
  "The checkout is a shallow clone (actions/checkout's default fetch-depth: 1), so the changed files were read from GitHub's API instead of git. Set fetch-depth: 0 on actions/checkout to count from the checkout.";

export async function pullChangeSet(src: GitHubSource): Promise<ChangeSet> {
  const { pr } = src;
  if (await checkoutCanDiff(src.workspace, pr.baseSha, pr.headSha)) {
    return changeSetFromGit(src.workspace!, pr.baseSha, pr.headSha);
  }
  const [files, attributesText] = await Promise.all([
    listPullFiles(src.octokit, src.repo, pr.number),
    readRepoFile(src.octokit, src.repo, '.gitattributes', pr.headSha),
  ]);
  const changes: ChangeSet = { files, attributes: parseGitattributes(attributesText ?? ''), source: 'api' };
  if (src.workspace && (await isShallow(src.workspace))) changes.fallback = SHALLOW_FALLBACK;
  const listedLines = files.reduce((n, f) => n + f.additions + f.deletions, 0);
  const totalLines = pr.additions + pr.deletions;
  if (pr.changedFiles > files.length || totalLines > listedLines) {
    const reason =
      pr.changedFiles > files.length
        ? `GitHub's API lists at most ${thousands(API_FILE_CAP)} files of a pull request; this one changes ${thousands(pr.changedFiles)}, and no checkout with both commits was available to count them all.`
        : `GitHub reported 0 lines for some oversized diffs (listed ${listedLines} of ${totalLines} changed lines), and no checkout with both commits was available to count them exactly.`;
    changes.incomplete = { reason, totals: { lines: totalLines, files: pr.changedFiles } };
  }
  return changes;
}
