/**
 * Request pacing as GitHub asks for it: one request at a time; reads unpaced; a run's first WRITE_BURST writes
 * unpaced, later ones at least WRITE_GAP_MS apart; a rate-limit answer waited out when it resets within
 * MAX_WAIT_MS, otherwise the run stops at once with the reset time (and every later request fails the same way
 * without being sent).
 */
import { isoSecond } from '../../iso-time.ts';
export const WRITE_BURST = 10;
export const WRITE_GAP_MS = 1000;
export const MAX_WAIT_MS = 60_000;
/** Waits per request before the rate-limit answer is final. */
const MAX_WAITS = 3;

export interface RequestShape {
  method: string;
  url: string;
  query?: unknown;
}

/** Writes count toward GitHub's secondary limit (5 points each); a GraphQL query is a read, a mutation a write. */
export function isWrite(r: RequestShape): boolean {
  if (r.method === 'GET' || r.method === 'HEAD') return false;
  if (r.url === '/graphql' || r.url.endsWith('/graphql'))
    return typeof r.query === 'string' && /^\s*mutation\b/.test(r.query);
  return true;
}

/** How long to wait before the next write, given how many writes were sent and when the last one started. */
export function writeDelay(writesSent: number, lastWriteAt: number, now: number): number {
  if (writesSent < WRITE_BURST) return 0;
  return Math.max(0, lastWriteAt + WRITE_GAP_MS - now);
}

interface ErrorShape {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

/**
 * When a failed request may be sent again (epoch ms), if the error is a rate limit: `retry-after`, else
 * `x-ratelimit-reset` when `x-ratelimit-remaining` is 0, else a minute for a
 * secondary limit without either header. Undefined for any other error (a plain 403 is a permission problem).
 */
export function rateLimitedUntil(e: unknown, now: number): number | undefined {
  const err = e as ErrorShape;
  if (err.status !== 403 && err.status !== 429) return undefined;
  const h = err.response?.headers ?? {};
  const retryAfter = Number(h['retry-after']);
  if (h['retry-after'] !== undefined && Number.isFinite(retryAfter)) return now + Math.max(0, retryAfter) * 1000;
  const reset = Number(h['x-ratelimit-reset']);
  if (String(h['x-ratelimit-remaining']) === '0' && Number.isFinite(reset)) return Math.max(now, reset * 1000);
  if (err.status === 429 || /secondary rate limit|abuse/i.test(err.message ?? '')) return now + MAX_WAIT_MS;
  return undefined;
}

/** A second more than an absolute reset time (x-ratelimit-reset): the runner's clock and GitHub's may differ. */
const clockMargin = (e: unknown): number =>
  (e as ErrorShape).response?.headers?.['retry-after'] === undefined ? 1000 : 0;

/** The one line a run stops with when the limit resets too far away to wait for. */
export class RateLimitedError extends Error {
  readonly until: number;
  constructor(until: number, now: number) {
    const minutes = Math.ceil((until - now) / 60_000);
    super(
      `GitHub's API rate limit is used up until ${isoSecond(until)} (in ${minutes} min); stopped rather than hold the runner. Re-run the job after that time.`,
    );
    this.name = 'RateLimitedError';
    this.until = until;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

type Send = (options: RequestShape & Record<string, unknown>) => Promise<unknown>;

/** An Octokit `request` wrapper that applies the rules above; `log` gets one line per wait. */
export function pacedRequests(log: (line: string) => void): (send: Send, options: RequestShape) => Promise<unknown> {
  let queue: Promise<unknown> = Promise.resolve();
  let writes = 0;
  let lastWriteAt = 0;
  let stoppedUntil = 0;

  async function attempt(send: Send, options: RequestShape & Record<string, unknown>): Promise<unknown> {
    for (let waits = 0; ; waits++) {
      if (stoppedUntil > Date.now()) throw new RateLimitedError(stoppedUntil, Date.now());
      if (isWrite(options)) {
        await sleep(writeDelay(writes, lastWriteAt, Date.now()));
        writes++;
        lastWriteAt = Date.now();
      }
      try {
        return await send(options);
      } catch (e) {
        const now = Date.now();
        const until = rateLimitedUntil(e, now);
        if (until === undefined) throw e;
        if (until - now > MAX_WAIT_MS) {
          stoppedUntil = until;
          throw new RateLimitedError(until, now);
        }
        if (waits >= MAX_WAITS) throw e;
        const wait = until - now + clockMargin(e);
        log(`Rate limit on ${options.method} ${options.url}; retrying in ${Math.ceil(wait / 1000)}s.`);
        await sleep(wait);
      }
    }
  }

  return (send, options) => {
    const run = () => attempt(send, options as RequestShape & Record<string, unknown>);
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };
}
