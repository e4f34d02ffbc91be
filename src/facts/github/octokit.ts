import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

export interface OctokitSettings {
  token: string;
  baseUrl: string;
  /** Base of the retry back-off in ms (1 s by default: waits 1 s, 4 s, 9 s). */
  retryBaseMs?: number;
  log?: (message: string) => void;
}

/**
 * The one place an API client is made: REST + GraphQL, retried on 5xx with back-off
 * (@octokit/plugin-retry) and paced on primary/secondary rate limits (@octokit/plugin-throttling).
 */
export function createOctokit(s: OctokitSettings): Octokit {
  const log = s.log ?? (() => undefined);
  return getOctokit(
    s.token,
    {
      baseUrl: s.baseUrl,
      retry: { retryAfterBaseValue: s.retryBaseMs ?? 1000 },
      throttle: {
        onRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
          log(`Rate limit hit on ${options.method} ${options.url}; retrying in ${after}s.`);
          return retryCount < 2;
        },
        onSecondaryRateLimit: (
          after: number,
          options: { method: string; url: string },
          _o: unknown,
          retryCount: number,
        ) => {
          log(`Secondary rate limit on ${options.method} ${options.url}; retrying in ${after}s.`);
          return retryCount < 2;
        },
      },
    },
    retry,
    throttling,
  );
}
