import { logLine, setSecret } from '../effects/actions.ts';
import type { RunContext } from '../facts/context.ts';
import { createOctokit, type Octokit } from '../facts/github/octokit.ts';
import { readActionInput } from '../inputs/read-action-inputs.ts';
import { parseInputs, type InputSpec } from '../inputs/spec.ts';

/** The API client of an action run: its github-token input, masked in logs before anything else is printed. */
export function actionClient(ctx: RunContext, tokenSpec: InputSpec<string>): Octokit {
  const { 'github-token': token } = parseInputs({ 'github-token': tokenSpec }, readActionInput);
  setSecret(token);
  return createOctokit({ token, baseUrl: ctx.apiUrl, retryBaseMs: ctx.retryBaseMs, log: logLine });
}
