import { prSizeVerdict } from '../checks/pr-size.ts';
import { logLine, notice, setSecret, writeVerdict } from '../effects/actions.ts';
import { applyLabelChanges } from '../effects/labels.ts';
import type { Env } from '../facts/context.ts';
import { createOctokit } from '../facts/github/octokit.ts';
import { pullRequestFromPayload } from '../facts/github/pull-request.ts';
import { prSizeFactsFromGitHub } from '../facts/pr-size-facts.ts';
import { parsePrSizeSettings, prSizeInputs } from '../inputs/pr-size.ts';
import { readActionInput } from '../inputs/read-action-inputs.ts';
import { parseInputs } from '../inputs/spec.ts';
import { runAction } from './run-action.ts';

/** pr-size inside GitHub Actions: facts (API or checkout) → rule → effects. */
export function runPrSizeAction(env: Env): Promise<void> {
  return runAction('pr-size', env, async (ctx) => {
    const { 'github-token': token } = parseInputs({ 'github-token': prSizeInputs['github-token'] }, readActionInput);
    setSecret(token);
    const settings = parsePrSizeSettings(readActionInput);
    const pr = pullRequestFromPayload(ctx.payload);
    if (!pr) return notice(`pr-size: the ${ctx.eventName} event has no pull request in its payload, so it is skipped.`);
    const octokit = createOctokit({ token, baseUrl: ctx.apiUrl, retryBaseMs: ctx.retryBaseMs, log: logLine });
    const facts = await prSizeFactsFromGitHub({ octokit, repo: ctx.repo, pr, workspace: ctx.workspace });
    const verdict = prSizeVerdict(facts, settings);
    await writeVerdict(verdict, { env, labels: (changes) => applyLabelChanges(octokit, ctx.repo, pr.number, changes) });
  });
}
