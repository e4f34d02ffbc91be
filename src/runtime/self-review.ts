import { selfReviewVerdict } from '../checks/self-review.ts';
import { notice, writeVerdict } from '../effects/actions.ts';
import type { Env } from '../facts/context.ts';
import { pullRequestFromPayload } from '../facts/github/pull-request.ts';
import { selfReviewFacts } from '../facts/self-review-facts.ts';
import { parseSelfReviewSettings, selfReviewInputs } from '../inputs/self-review.ts';
import { configuredSettings } from './configured.ts';
import { actionClient } from './client.ts';
import { runAction } from './run-action.ts';

export function runSelfReviewAction(env: Env): Promise<void> {
  return runAction('self-review', env, async (ctx) => {
    const octokit = actionClient(ctx, selfReviewInputs['github-token']);
    const pr = pullRequestFromPayload(ctx.payload);
    if (!pr)
      return notice(`self-review: the ${ctx.eventName} event has no pull request in its payload, so it is skipped.`);
    const { settings, note } = await configuredSettings('self-review', selfReviewInputs, parseSelfReviewSettings, {
      octokit,
      repo: ctx.repo,
      ref: pr.baseSha,
      workspace: ctx.workspace,
    });
    const facts = await selfReviewFacts({ octokit, repo: ctx.repo, pr, workspace: ctx.workspace });
    await writeVerdict(note(selfReviewVerdict(facts, settings)), { env });
  });
}
