import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { pacedRequests, type RequestShape } from './pacing.ts';

export type Octokit = ReturnType<typeof getOctokit>;

export interface OctokitSettings {
  token: string;
  baseUrl: string;
  /** Base of the retry back-off in ms (1 s by default: waits 1 s, 4 s, 9 s). */
  retryBaseMs?: number;
  log?: (message: string) => void;
}

/** The pacing rules of ./pacing.ts as an Octokit plugin; registered after plugin-retry, so it wraps the retries. */
const pacing = (log: (line: string) => void) => (octokit: { hook: Octokit['hook'] }) => {
  const paced = pacedRequests(log);
  octokit.hook.wrap(
    'request',
    (send, options) => paced(send as never, options as unknown as RequestShape) as ReturnType<typeof send>,
  );
};

/**
 * The one place an API client is made: REST + GraphQL, retried on 5xx with back-off (@octokit/plugin-retry),
 * sent one at a time and paced only where GitHub asks (./pacing.ts: rate limits and writes past the first ten).
 */
export function createOctokit(s: OctokitSettings): Octokit {
  const log = s.log ?? (() => undefined);
  return getOctokit(
    s.token,
    // 429 is a rate limit: the pacing plugin waits it out (or stops), plugin-retry leaves it alone.
    {
      baseUrl: s.baseUrl,
      retry: { retryAfterBaseValue: s.retryBaseMs ?? 1000, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    },
    retry,
    pacing(log),
  );
}
