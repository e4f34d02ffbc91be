import { writeVerdict } from '../effects/actions.ts';
import { applyLabelChanges } from '../effects/labels.ts';
import type { Env } from '../facts/context.ts';
import { pullChangeSet } from '../facts/pull-change-set.ts';
import type { ChangeSet, PullRequestInfo } from '../facts/types.ts';
import type { InputSpec, InputSpecs } from '../inputs/spec.ts';
import type { Verdict } from '../verdict.ts';
import { pullRequestAndSettings } from './configured.ts';
import { actionClient } from './client.ts';
import { runAction } from './run-action.ts';

export interface PullRequestCheck<S> {
  name: string;
  token: InputSpec<string>;
  specs: InputSpecs;
  settings: (read: (name: string) => string | undefined) => S;
  rule: (facts: { pr: PullRequestInfo; changes: ChangeSet }, settings: S) => Verdict;
}

/** A verdict that also says, as a notice and in its summary, why its files came from the API. */
export const withFallback = <V extends Verdict>(v: V, fallback: string | undefined): V =>
  fallback
    ? {
        ...v,
        annotations: [...v.annotations, { level: 'notice', message: fallback }],
        summary: [...v.summary, { kind: 'paragraph', text: fallback }],
      }
    : v;

/** A check of one PR's changed files inside GitHub Actions: facts (API or checkout) → rule → effects. */
export function runPullRequestCheck<S>(check: PullRequestCheck<S>, env: Env): Promise<void> {
  return runAction(check.name, env, async (ctx) => {
    const octokit = actionClient(ctx, check.token);
    const started = await pullRequestAndSettings(check.name, check.specs, check.settings, ctx, octokit);
    if (!started) return;
    const { pr, settings, note } = started;
    const changes = await pullChangeSet({ octokit, repo: ctx.repo, pr, workspace: ctx.workspace });
    const verdict = withFallback(note(check.rule({ pr, changes }, settings)), changes.fallback);
    await writeVerdict(verdict, { env, labels: (changes) => applyLabelChanges(octokit, ctx.repo, pr.number, changes) });
  });
}
