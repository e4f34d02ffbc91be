import type { ChangedFile } from '../types.ts';
import type { Octokit } from './octokit.ts';

/** GitHub's PR files API lists at most this many files. */
export const API_FILE_CAP = 3000;

export interface RepoRef {
  owner: string;
  repo: string;
}

/** Every file of a PR the API will list, as the API gives them (100 a page, up to 3,000). */
export const listPullFileEntries = (octokit: Octokit, repo: RepoRef, pullNumber: number) =>
  octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 });

/** Every file of a PR the API will list (100 a page, up to 3,000). */
export async function listPullFiles(octokit: Octokit, repo: RepoRef, pullNumber: number): Promise<ChangedFile[]> {
  const files = await listPullFileEntries(octokit, repo, pullNumber);
  return files.map((f) => ({
    path: f.filename,
    ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
  }));
}
