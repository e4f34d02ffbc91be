import { failRun } from '../effects/actions.ts';
import { readContext, type Env, type RunContext } from '../facts/context.ts';
import { InputError } from '../inputs/spec.ts';

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();

function explain(e: unknown): string {
  const err = e as { status?: number; request?: { method?: string; url?: string }; message?: string };
  if (typeof err.status === 'number' && err.request) {
    const hint =
      err.status === 401
        ? ' Check the github-token input.'
        : err.status === 403
          ? " Check the job's permissions: block."
          : err.status >= 500
            ? ' GitHub had an error; it was retried. Re-run the job later.'
            : '';
    return `GitHub API ${err.request.method} ${err.request.url} answered ${err.status}: ${oneLine(err.message ?? '')}.${hint}`;
  }
  return oneLine(err.message ?? String(e));
}

/**
 * Runs an action's main with the suite's error policy: bad input is one error line naming the input;
 * anything else is one line plus a hint, with the stack only in debug mode. Both exit 1.
 */
export async function runAction(check: string, env: Env, main: (ctx: RunContext) => Promise<void>): Promise<void> {
  let ctx: RunContext | undefined;
  try {
    ctx = readContext(env);
    await main(ctx);
  } catch (e) {
    if (e instanceof InputError) return failRun(e.message);
    const stack = ctx?.debug ? (e as Error).stack : undefined;
    failRun(
      `${check} could not finish: ${explain(e)}${stack ? '' : ' (Re-run with debug logging for the stack trace.)'}`,
      stack,
    );
  }
}
