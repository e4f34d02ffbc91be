import { reviewLatencyForPull, reviewLatencyReport } from '../checks/review-latency.ts';
import { notice, writeVerdict } from '../effects/actions.ts';
import type { Env } from '../facts/context.ts';
import { fetchOpenPullTimelines, fetchPullTimeline } from '../facts/github/review-timelines.ts';
import { parseReviewLatencySettings, reviewLatencyInputs } from '../inputs/review-latency.ts';
import { baseShaOf, configuredSettings } from './configured.ts';
import { actionClient } from './client.ts';
import { runAction } from './run-action.ts';
import type { Verdict } from '../verdict.ts';

/** Events about one PR; the others (schedule, workflow_dispatch) evaluate every open PR. */
export const PULL_EVENTS: readonly string[] = [
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
];

/** A verdict that also says what GitHub did not let the token read. */
const withWarning = (v: Verdict, message: string): Verdict => ({
  ...v,
  annotations: [...v.annotations, { level: 'warning', title: 'review-latency: partial data', message }],
  summary: [...v.summary, { kind: 'paragraph', text: [{ strong: 'Partial data:' }, ` ${message}`] }],
});

export function runReviewLatencyAction(env: Env): Promise<void> {
  return runAction('review-latency', env, async (ctx) => {
    const octokit = actionClient(ctx, reviewLatencyInputs['github-token']);
    const { settings, note } = await configuredSettings(
      'review-latency',
      reviewLatencyInputs,
      parseReviewLatencySettings,
      { octokit, repo: ctx.repo, ref: baseShaOf(ctx.payload), workspace: ctx.workspace },
    );
    const now = Date.now();
    if (PULL_EVENTS.includes(ctx.eventName)) {
      const number = (ctx.payload as { pull_request?: { number?: number } }).pull_request?.number;
      if (typeof number !== 'number')
        return notice(
          `review-latency: the ${ctx.eventName} event has no pull request in its payload, so it is skipped.`,
        );
      const timeline = await fetchPullTimeline(octokit, ctx.repo, number);
      const verdict = note(reviewLatencyForPull(timeline, settings, now));
      return writeVerdict(timeline.skipped ? withWarning(verdict, timeline.skipped) : verdict, { env });
    }
    const open = await fetchOpenPullTimelines(octokit, ctx.repo);
    await writeVerdict(note(reviewLatencyReport(open.pulls, settings, now, open.incomplete)), { env });
  });
}
