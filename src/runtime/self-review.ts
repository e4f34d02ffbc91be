import { selfReviewVerdict } from '../checks/self-review.ts';
import { writeVerdict } from '../effects/actions.ts';
import type { Env } from '../facts/context.ts';
import { selfReviewFacts } from '../facts/self-review-facts.ts';
import { parseSelfReviewSettings, selfReviewInputs } from '../inputs/self-review.ts';
import { pullRequestAndSettings } from './configured.ts';
import { actionClient } from './client.ts';
import { runAction } from './run-action.ts';

export function runSelfReviewAction(env: Env): Promise<void> {
  return runAction('self-review', env, async (ctx) => {
    const octokit = actionClient(ctx, selfReviewInputs['github-token']);
    const started = await pullRequestAndSettings(
      'self-review',
      selfReviewInputs,
      parseSelfReviewSettings,
      ctx,
      octokit,
    );
    if (!started) return;
    const { pr, settings, note } = started;
    const facts = await selfReviewFacts({ octokit, repo: ctx.repo, pr, workspace: ctx.workspace });
    await writeVerdict(note(selfReviewVerdict(facts, settings)), { env });
  });
}
