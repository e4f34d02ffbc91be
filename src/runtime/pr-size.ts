import { prSizeVerdict } from '../checks/pr-size.ts';
import type { Env } from '../facts/context.ts';
import { parsePrSizeSettings, prSizeInputs } from '../inputs/pr-size.ts';
import { runPullRequestCheck } from './pull-request-check.ts';

export const runPrSizeAction = (env: Env): Promise<void> =>
  runPullRequestCheck(
    {
      name: 'pr-size',
      token: prSizeInputs['github-token'],
      specs: prSizeInputs,
      settings: parsePrSizeSettings,
      rule: prSizeVerdict,
    },
    env,
  );
