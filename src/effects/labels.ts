import type { Octokit } from '../facts/github/octokit.ts';
import type { RepoRef } from '../facts/github/pull-files.ts';
import type { LabelChanges } from '../verdict.ts';

const status = (e: unknown): number | undefined => {
  const s = (e as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
};

/** The repository's spelling of a label (GitHub looks names up case-insensitively), or undefined when it has none. */
async function existingLabel(octokit: Octokit, repo: RepoRef, name: string): Promise<string | undefined> {
  try {
    return (await octokit.rest.issues.getLabel({ ...repo, name })).data.name;
  } catch (e) {
    if (status(e) === 404) return undefined;
    throw e;
  }
}

async function addLabel(octokit: Octokit, repo: RepoRef, issueNumber: number, label: LabelChanges['add'][number]) {
  let name = await existingLabel(octokit, repo, label.name);
  if (name === undefined) {
    try {
      await octokit.rest.issues.createLabel({
        ...repo,
        name: label.name,
        color: label.color,
        description: label.description,
      });
    } catch (e) {
      if (status(e) !== 422 || (await existingLabel(octokit, repo, label.name)) === undefined) throw e;
    }
    name = label.name;
  }
  await octokit.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: [name] });
}

function warning(e: unknown): string {
  const code = status(e);
  if (code === 403)
    return `Could not update the size label (HTTP 403: the token can't write labels, as on pull requests from forks). The size, outputs and result are unaffected; give the job 'pull-requests: write' or run on pull_request_target to label forks.`;
  const message = ((e as { message?: string }).message ?? String(e)).split('\n')[0];
  return `Could not update the size label (HTTP ${code}: ${message}). The size, outputs and result are unaffected.`;
}

/**
 * Applies label changes to a PR with the fewest writes: a label the repository has (in any case) is
 * added in one request under the repository's spelling; one it lacks is created with its colour
 * first; old size labels are removed (404 = already gone). A write GitHub refuses (403 on forks, 422
 * on a name it won't take, a 5xx after retries) is a warning sentence, never the check's result.
 */
export async function applyLabelChanges(
  octokit: Octokit,
  repo: RepoRef,
  issueNumber: number,
  changes: LabelChanges,
): Promise<string[]> {
  try {
    for (const label of changes.add) await addLabel(octokit, repo, issueNumber, label);
    for (const name of changes.remove) {
      try {
        await octokit.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name });
      } catch (e) {
        if (status(e) !== 404) throw e;
      }
    }
    return [];
  } catch (e) {
    if (status(e) !== undefined) return [warning(e)];
    throw e;
  }
}
