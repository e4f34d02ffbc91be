/**
 * Where `.github/dev-process.yml` is read from: the PR's base commit (so a PR can't relax its own
 * required checks) — from the checkout when it has that commit, else the contents API; the default
 * branch on schedule. A missing file is no settings.
 */
import { CONFIG_PATH } from '../inputs/config-path.ts';
import { hasCommit, runGit } from './git/run-git.ts';
import { readRepoFile } from './github/file-content.ts';
import type { Octokit } from './github/octokit.ts';
import type { RepoRef } from './github/pull-files.ts';

/** The file at `ref` of a local checkout, or undefined when it has none there. */
export const readConfigFromGit = (cwd: string, ref: string): Promise<string | undefined> =>
  runGit(cwd, ['show', `${ref}:${CONFIG_PATH}`]).catch(() => undefined);

export async function readConfigAt(where: {
  octokit: Octokit;
  repo: RepoRef;
  ref?: string;
  workspace?: string;
}): Promise<string | undefined> {
  if (where.ref && where.workspace && (await hasCommit(where.workspace, where.ref)))
    return readConfigFromGit(where.workspace, where.ref);
  return readRepoFile(where.octokit, where.repo, CONFIG_PATH, where.ref);
}
