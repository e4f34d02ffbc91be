import type { Octokit } from '../facts/github/octokit.ts';
import type { RepoRef } from '../facts/github/pull-files.ts';
import type { LabelChanges } from '../verdict.ts';

const status = (e: unknown): number | undefined => {
  const s = (e as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
};

/** How GitHub makes a label that is added to an issue before it exists (github/docs#35718). */
const MADE_ON_THE_FLY = { color: 'ededed', description: null };

/**
 * Adds a label in one request: GitHub attaches the repository's label of that name in any case, or creates it
 * grey with no description; such a new label is then given its colour and description.
 */
async function addLabel(octokit: Octokit, repo: RepoRef, issueNumber: number, label: LabelChanges['add'][number]) {
  const { data } = await octokit.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: [label.name] });
  const added = data.find((l) => l.name.toLowerCase() === label.name.toLowerCase());
  const fresh = added?.color === MADE_ON_THE_FLY.color && (added.description ?? null) === MADE_ON_THE_FLY.description;
  if (!added || !fresh || (label.color === MADE_ON_THE_FLY.color && !label.description)) return;
  await octokit.rest.issues.updateLabel({
    ...repo,
    name: added.name,
    color: label.color,
    description: label.description,
  });
}

function warning(e: unknown): string {
  const code = status(e);
  if (code === 403)
    return `Could not update the size label (HTTP 403: the token can't write labels, as on pull requests from forks). The size, outputs and result are unaffected; give the job 'pull-requests: write' or run on pull_request_target to label forks.`;
  const message = ((e as { message?: string }).message ?? String(e)).split('\n')[0];
  return `Could not update the size label (HTTP ${code}: ${message}). The size, outputs and result are unaffected.`;
}

/**
 * Applies label changes to a PR with the fewest writes: a label is added in one request (the repository's
 * own in any case, or one GitHub creates, which then gets its colour); old size labels are removed (404 =
 * already gone). A write GitHub refuses (403 on forks, 422 on a name it won't take, a 5xx after retries) is a
 * warning sentence, never the check's result.
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
