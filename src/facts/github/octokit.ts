import { Octokit as OctokitCore } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { nodeHttpFetch } from './node-http-fetch.ts';
import { pacedRequests, type RequestShape } from './pacing.ts';

export interface OctokitSettings {
  token: string;
  baseUrl: string;
  /** Base of the retry back-off in ms (1 s by default: waits 1 s, 4 s, 9 s). */
  retryBaseMs?: number;
  log?: (message: string) => void;
}

/** The pacing rules of ./pacing.ts as an Octokit plugin; registered after plugin-retry, so it wraps the retries. */
function pacing(octokit: OctokitCore, options: { [option: string]: unknown }): void {
  const log = options.pacingLog as ((line: string) => void) | undefined;
  const paced = pacedRequests(log ?? (() => undefined));
  octokit.hook.wrap(
    'request',
    (send, request) => paced(send as never, request as unknown as RequestShape) as ReturnType<typeof send>,
  );
}

// The same client as @actions/github's getOctokit (REST methods + pagination), built from its parts so a run
// does not load undici, @actions/http-client and the event payload reader: requests go through Node's http
// module (./node-http-fetch.ts), not even Node's own fetch, whose first use costs more than a small check.
const GitHub = OctokitCore.plugin(restEndpointMethods, paginateRest, retry, pacing);
export type Octokit = InstanceType<typeof GitHub>;

const PROXY_VARS = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

/**
 * Behind a proxy (self-hosted runners): @actions/github's proxy-aware fetch (honours no_proxy; made for
 * GITHUB_API_URL), loaded only then.
 */
function proxyFetch(): typeof fetch | undefined {
  if (!PROXY_VARS.some((v) => process.env[v])) return undefined;
  let loaded: Promise<typeof fetch> | undefined;
  return async (url, init) => {
    loaded ??= import('@actions/github/lib/utils').then(
      (m) => (m.defaults as { request?: { fetch?: typeof fetch } }).request?.fetch ?? fetch,
    );
    return (await loaded)(url, init);
  };
}

/**
 * The one place an API client is made: REST + GraphQL, retried on 5xx with back-off (@octokit/plugin-retry),
 * sent one at a time and paced only where GitHub asks (./pacing.ts: rate limits and writes past the first ten).
 */
export function createOctokit(s: OctokitSettings): Octokit {
  const customFetch = proxyFetch();
  const orchestration = process.env.ACTIONS_ORCHESTRATION_ID?.trim().replace(/[^a-z0-9_.-]/gi, '_');
  return new GitHub({
    auth: `token ${s.token}`,
    baseUrl: s.baseUrl,
    ...(orchestration ? { userAgent: `actions_orchestration_id/${orchestration}` } : {}),
    request: { fetch: customFetch ?? nodeHttpFetch },
    // 429 is a rate limit: the pacing plugin waits it out (or stops); plugin-retry leaves it alone.
    retry: { retryAfterBaseValue: s.retryBaseMs ?? 1000, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    pacingLog: s.log,
  });
}
