import type { Octokit } from './octokit.ts';
import type { RepoRef } from './pull-files.ts';

/** A text file at `ref` (the default branch when omitted), or undefined when it doesn't exist (404). */
export async function readRepoFile(
  octokit: Octokit,
  repo: RepoRef,
  path: string,
  ref?: string,
): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.repos.getContent({ ...repo, path, ...(ref ? { ref } : {}) });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
    return Buffer.from(data.content, 'base64').toString('utf8');
  } catch (e) {
    if ((e as { status?: number }).status === 404) return undefined;
    throw e;
  }
}
