import { runGit } from './run-git.ts';

/** `owner/name` of the checkout's `origin` when it is a github.com remote (https or ssh), else undefined. */
export async function githubOrigin(cwd: string): Promise<string | undefined> {
  let url: string;
  try {
    url = (await runGit(cwd, ['remote', 'get-url', 'origin'])).trim();
  } catch {
    return undefined;
  }
  const m =
    /^(?:https:\/\/(?:[^@/]+@)?github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([A-Za-z0-9-]+\/[A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(
      url,
    );
  return m?.[1];
}
