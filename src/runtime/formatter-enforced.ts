import { formatterVerdict, syntaxNitVerdict } from '../checks/formatter-enforced.ts';
import { makeFileFilter } from '../checks/ignore.ts';
import { notice, writeVerdict } from '../effects/actions.ts';
import type { Env } from '../facts/context.ts';
import { gatherFormatterFacts } from '../facts/formatters/formatter-facts.ts';
import { checkoutCanDiff } from '../facts/git/change-set.ts';
import { resolveCommit } from '../facts/git/run-git.ts';
import { onlyWhitespaceChanged } from '../facts/git/whitespace.ts';
import { pullRequestFromPayload } from '../facts/github/pull-request.ts';
import { pullChangeSet } from '../facts/pull-change-set.ts';
import { formatterEnforcedInputs, parseFormatterEnforcedSettings } from '../inputs/formatter-enforced.ts';
import { InputError } from '../inputs/spec.ts';
import { configuredSettings } from './configured.ts';
import { actionClient } from './client.ts';
import { withFallback } from './pull-request-check.ts';
import { runAction } from './run-action.ts';

export class UnsafeEventError extends InputError {
  override name = 'UnsafeEventError';
}

/** The parts of a review or review-comment event this action reads; anything else is ignored. */
interface ReviewPayload {
  review?: { body?: string | null };
  comment?: { body?: string | null; path?: unknown; line?: unknown };
}

export function runFormatterEnforcedAction(env: Env): Promise<void> {
  return runAction('formatter-enforced', env, async (ctx) => {
    const octokit = actionClient(ctx, formatterEnforcedInputs['github-token']);
    const p = ctx.payload as ReviewPayload;
    if (ctx.eventName === 'pull_request_review' || ctx.eventName === 'pull_request_review_comment') {
      const body = String((ctx.eventName === 'pull_request_review' ? p.review?.body : p.comment?.body) ?? '');
      const c = p.comment ?? {};
      return writeVerdict(
        syntaxNitVerdict(body, {
          ...(typeof c.path === 'string' ? { file: c.path } : {}),
          ...(typeof c.line === 'number' ? { line: c.line } : {}),
        }),
        { env },
      );
    }
    const pr = pullRequestFromPayload(ctx.payload);
    if (!pr)
      return notice(
        `formatter-enforced: the ${ctx.eventName} event has no pull request in its payload, so it is skipped.`,
      );
    if (ctx.eventName === 'pull_request_target') {
      const head = await resolveCommit(ctx.workspace, 'HEAD');
      const mergeParent = await resolveCommit(ctx.workspace, 'HEAD^2');
      if (head === pr.headSha || mergeParent === pr.headSha) {
        throw new UnsafeEventError(
          'formatter-enforced refuses to run on pull_request_target with the PR head checked out: formatters load the repository\u2019s own config and plugins (prettier.config.js, node_modules), so the PR\u2019s code would run with a write token and secrets. Use `on: pull_request` for this check.',
        );
      }
      return notice(
        'formatter-enforced: on pull_request_target the checkout is the base branch, so there is nothing of the PR to check. Use `on: pull_request` for this check.',
      );
    }
    const { settings, note } = await configuredSettings(
      'formatter-enforced',
      formatterEnforcedInputs,
      parseFormatterEnforcedSettings,
      { octokit, repo: ctx.repo, ref: pr.baseSha, workspace: ctx.workspace },
    );
    const changes = await pullChangeSet({ octokit, repo: ctx.repo, pr, workspace: ctx.workspace });
    const filter = makeFileFilter(settings.ignore, changes.attributes);
    const files = changes.files.filter((f) => f.status !== 'removed' && !filter.reason(f.path)).map((f) => f.path);
    const facts = await gatherFormatterFacts({
      root: ctx.workspace,
      files,
      formatters: settings.formatters,
      timeoutMs: settings.timeoutSeconds * 1000,
      pathEnv: env.PATH,
      whitespaceOnly: async () =>
        (await checkoutCanDiff(ctx.workspace, pr.baseSha, pr.headSha))
          ? onlyWhitespaceChanged(ctx.workspace, pr.baseSha, pr.headSha, files).catch(() => undefined)
          : undefined,
    });
    await writeVerdict(withFallback(note(formatterVerdict(facts, settings)), changes.fallback), { env });
  });
}
