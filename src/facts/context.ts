import { readFileSync } from 'node:fs';
import type { RepoRef } from './github/pull-files.ts';

/** What the runner tells a step through its environment. Built once at start, then passed in. */
export interface RunContext {
  eventName: string;
  payload: unknown;
  repo: RepoRef;
  apiUrl: string;
  workspace: string;
  debug: boolean;
  retryBaseMs?: number;
}

export type Env = Record<string, string | undefined>;

/** DEV_PROCESS_RETRY_BASE_MS (tests shorten the retry back-off with it), when set to a number ≥ 0. */
export function retryBaseMsFrom(env: Env): { retryBaseMs?: number } {
  const retry = Number(env.DEV_PROCESS_RETRY_BASE_MS);
  return env.DEV_PROCESS_RETRY_BASE_MS && Number.isFinite(retry) && retry >= 0 ? { retryBaseMs: retry } : {};
}

export function readContext(env: Env): RunContext {
  const eventPath = env.GITHUB_EVENT_PATH;
  const payload: unknown = eventPath ? JSON.parse(readFileSync(eventPath, 'utf8')) : {};
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repo: { owner, repo },
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    debug: env.RUNNER_DEBUG === '1' || env.ACTIONS_STEP_DEBUG === 'true',
    ...retryBaseMsFrom(env),
  };
}
