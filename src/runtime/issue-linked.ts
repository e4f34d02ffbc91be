import { issueLinkedVerdict } from '../checks/issue-linked.ts';
import { uniqueNames } from '../checks/names.ts';
import { notice, writeVerdict } from '../effects/actions.ts';
import type { Env } from '../facts/context.ts';
import { fetchIssueLinkFacts } from '../facts/github/issue-link-facts.ts';
import { pullRequestFromPayload } from '../facts/github/pull-request.ts';
import { issueLinkedInputs, parseIssueLinkedSettings } from '../inputs/issue-linked.ts';
import { configuredSettings } from './configured.ts';
import { actionClient } from './client.ts';
import { runAction } from './run-action.ts';

export function runIssueLinkedAction(env: Env): Promise<void> {
  return runAction('issue-linked', env, async (ctx) => {
    const octokit = actionClient(ctx, issueLinkedInputs['github-token']);
    const pr = pullRequestFromPayload(ctx.payload);
    if (!pr)
      return notice(`issue-linked: the ${ctx.eventName} event has no pull request in its payload, so it is skipped.`);
    const { settings, note } = await configuredSettings('issue-linked', issueLinkedInputs, parseIssueLinkedSettings, {
      octokit,
      repo: ctx.repo,
      ref: pr.baseSha,
      workspace: ctx.workspace,
    });
    const facts = await fetchIssueLinkFacts(octokit, ctx.repo, pr.number);
    // The payload's labels are the event's own (a `labeled` event carries the new label); the query's may lag.
    await writeVerdict(
      note(issueLinkedVerdict({ ...facts, labels: uniqueNames([...facts.labels, ...pr.labels]) }, settings)),
      { env },
    );
  });
}
