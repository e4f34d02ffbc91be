import { notice, writeVerdict } from '../effects/actions.ts';
import { applyLabelChanges } from '../effects/labels.ts';
import type { Env } from '../facts/context.ts';
import { pullRequestFromPayload } from '../facts/github/pull-request.ts';
import { pullChangeSet } from '../facts/pull-change-set.ts';
import type { ChangeSet, PullRequestInfo } from '../facts/types.ts';
import type { InputSpec, InputSpecs } from '../inputs/spec.ts';
import type { Verdict } from '../verdict.ts';
import { configuredSettings } from './configured.ts';
import { actionClient } from './client.ts';
import { runAction } from './run-action.ts';

export interface PullRequestCheck<S> {
  name: string;
  token: InputSpec<string>;
  specs: InputSpecs;
  settings: (read: (name: string) => string | undefined) => S;
  rule: (facts: { pr: PullRequestInfo; changes: ChangeSet }, settings: S) => Verdict;
}

/** A check of one PR's changed files inside GitHub Actions: facts (API or checkout) → rule → effects. */
export function runPullRequestCheck<S>(check: PullRequestCheck<S>, env: Env): Promise<void> {
  return runAction(check.name, env, async (ctx) => {
    const octokit = actionClient(ctx, check.token);
    const pr = pullRequestFromPayload(ctx.payload);
    if (!pr)
      return notice(`${check.name}: the ${ctx.eventName} event has no pull request in its payload, so it is skipped.`);
    const { settings, note } = await configuredSettings(check.name, check.specs, check.settings, {
      octokit,
      repo: ctx.repo,
      ref: pr.baseSha,
      workspace: ctx.workspace,
    });
    const changes = await pullChangeSet({ octokit, repo: ctx.repo, pr, workspace: ctx.workspace });
    const verdict = note(check.rule({ pr, changes }, settings));
    await writeVerdict(verdict, { env, labels: (changes) => applyLabelChanges(octokit, ctx.repo, pr.number, changes) });
  });
}
