import { docsRequiredVerdict } from '../checks/docs-required.ts';
import type { Env } from '../facts/context.ts';
import { docsRequiredInputs, parseDocsRequiredSettings } from '../inputs/docs-required.ts';
import { runPullRequestCheck } from './pull-request-check.ts';

export const runDocsRequiredAction = (env: Env): Promise<void> =>
  runPullRequestCheck(
    {
      name: 'docs-required',
      token: docsRequiredInputs['github-token'],
      specs: docsRequiredInputs,
      settings: parseDocsRequiredSettings,
      rule: docsRequiredVerdict,
    },
    env,
  );
