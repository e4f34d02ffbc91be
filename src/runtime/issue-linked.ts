import { issueLinkedVerdict } from '../checks/issue-linked.ts';
import { uniqueNames } from '../checks/names.ts';
import { writeVerdict } from '../effects/actions.ts';
import type { Env } from '../facts/context.ts';
import { fetchIssueLinkFacts } from '../facts/github/issue-link-facts.ts';
import { issueLinkedInputs, parseIssueLinkedSettings } from '../inputs/issue-linked.ts';
import { pullRequestAndSettings } from './configured.ts';
import { actionClient } from './client.ts';
import { runAction } from './run-action.ts';

export function runIssueLinkedAction(env: Env): Promise<void> {
  return runAction('issue-linked', env, async (ctx) => {
    const octokit = actionClient(ctx, issueLinkedInputs['github-token']);
    const started = await pullRequestAndSettings(
      'issue-linked',
      issueLinkedInputs,
      parseIssueLinkedSettings,
      ctx,
      octokit,
    );
    if (!started) return;
    const { pr, settings, note } = started;
    const facts = await fetchIssueLinkFacts(octokit, ctx.repo, pr.number);
    // The payload's labels are the event's own (a `labeled` event carries the new label); the query's may lag.
    await writeVerdict(
      note(issueLinkedVerdict({ ...facts, labels: uniqueNames([...facts.labels, ...pr.labels]) }, settings)),
      { env },
    );
  });
}
