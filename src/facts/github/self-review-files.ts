import type { Octokit } from './octokit.ts';
import { listPullFileEntries, type RepoRef } from './pull-files.ts';

/** One listed file of a PR with its patch (absent for binary files and diffs too large for the API). */
export interface PatchedFile {
  path: string;
  status: string;
  additions: number;
  patch?: string;
}

/** Every file of a PR the API will list (100 a page, up to 3,000), with patches. */
export async function listPullPatches(octokit: Octokit, repo: RepoRef, pullNumber: number): Promise<PatchedFile[]> {
  const files = await listPullFileEntries(octokit, repo, pullNumber);
  return files.map((f) => ({
    path: f.filename,
    status: f.status,
    additions: f.additions,
    ...(typeof f.patch === 'string' ? { patch: f.patch } : {}),
  }));
}
