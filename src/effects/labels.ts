import type { Octokit } from '../facts/github/octokit.ts';
import type { RepoRef } from '../facts/github/pull-files.ts';
import type { LabelChanges } from '../verdict.ts';

const status = (e: unknown): number | undefined => (e as { status?: number }).status;

/**
 * Applies label changes to a PR. Creates missing labels with their colour first (422 = exists).
 * A 403 (fork PR, read-only token) stops label writes and comes back as a warning sentence: the
 * check's result does not depend on labels.
 */
export async function applyLabelChanges(
  octokit: Octokit,
  repo: RepoRef,
  issueNumber: number,
  changes: LabelChanges,
): Promise<string[]> {
  const readOnly = (what: string, e: unknown): string[] => [
    `Could not ${what} (HTTP 403: the token can't write labels, as on pull requests from forks). The size, outputs and result are unaffected; give the job 'pull-requests: write' or run on pull_request_target to label forks.`,
    ...(status(e) === 403 ? [] : [String(e)]),
  ];
  try {
    for (const label of changes.add) {
      try {
        await octokit.rest.issues.createLabel({
          ...repo,
          name: label.name,
          color: label.color,
          description: label.description,
        });
      } catch (e) {
        if (status(e) !== 422) throw e;
      }
    }
    if (changes.add.length)
      await octokit.rest.issues.addLabels({
        ...repo,
        issue_number: issueNumber,
        labels: changes.add.map((l) => l.name),
      });
    for (const name of changes.remove) {
      try {
        await octokit.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name });
      } catch (e) {
        if (status(e) !== 404) throw e;
      }
    }
    return [];
  } catch (e) {
    if (status(e) === 403) return readOnly('update the size label', e);
    throw e;
  }
}
