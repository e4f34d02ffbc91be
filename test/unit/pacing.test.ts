import { describe, expect, it } from 'vitest';
import {
  isWrite,
  MAX_WAIT_MS,
  RateLimitedError,
  rateLimitedUntil,
  WRITE_BURST,
  WRITE_GAP_MS,
  writeDelay,
} from '../../src/facts/github/pacing.ts';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const err = (status: number, headers: Record<string, string> = {}, message = '') => ({
  status,
  message,
  response: { headers },
});

describe('request pacing', () => {
  it('GraphQL queries and GETs are reads; mutations and REST writes are writes', () => {
    expect(isWrite({ method: 'GET', url: '/repos/{owner}/{repo}/pulls/{pull_number}/files' })).toBe(false);
    expect(isWrite({ method: 'POST', url: '/graphql', query: 'query Q { viewer { login } }' })).toBe(false);
    expect(isWrite({ method: 'POST', url: '/graphql', query: '\n  mutation M { x }' })).toBe(true);
    expect(isWrite({ method: 'POST', url: '/repos/{owner}/{repo}/issues/{issue_number}/labels' })).toBe(true);
    expect(isWrite({ method: 'DELETE', url: '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}' })).toBe(true);
  });

  it(`the first ${WRITE_BURST} writes are not paced; later ones are ${WRITE_GAP_MS} ms apart`, () => {
    for (let n = 0; n < WRITE_BURST; n++) expect(writeDelay(n, NOW, NOW)).toBe(0);
    expect(writeDelay(WRITE_BURST, NOW, NOW)).toBe(WRITE_GAP_MS);
    expect(writeDelay(WRITE_BURST + 5, NOW - 400, NOW)).toBe(WRITE_GAP_MS - 400);
    expect(writeDelay(WRITE_BURST + 5, NOW - 5000, NOW)).toBe(0);
  });
});

describe('rate-limit answers', () => {
  it('retry-after wins; then x-ratelimit-reset when remaining is 0; a secondary limit without headers waits a minute', () => {
    expect(rateLimitedUntil(err(403, { 'retry-after': '30' }), NOW)).toBe(NOW + 30_000);
    expect(rateLimitedUntil(err(429, { 'retry-after': '3600' }), NOW)).toBe(NOW + 3_600_000);
    const reset = String(NOW / 1000 + 3602);
    expect(rateLimitedUntil(err(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), NOW)).toBe(
      NOW + 3_602_000,
    );
    expect(rateLimitedUntil(err(403, {}, 'You have exceeded a secondary rate limit.'), NOW)).toBe(NOW + MAX_WAIT_MS);
    expect(rateLimitedUntil(err(429), NOW)).toBe(NOW + MAX_WAIT_MS);
  });

  it('a plain 403, a 403 with remaining > 0 and other statuses are not rate limits', () => {
    expect(rateLimitedUntil(err(403, {}, 'Resource not accessible by integration'), NOW)).toBeUndefined();
    expect(
      rateLimitedUntil(err(403, { 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': '1' }), NOW),
    ).toBeUndefined();
    expect(rateLimitedUntil(err(502, { 'retry-after': '1' }), NOW)).toBeUndefined();
    expect(rateLimitedUntil(new Error('socket hang up'), NOW)).toBeUndefined();
  });

  it('stopping is one line with the reset time', () => {
    const e = new RateLimitedError(NOW + 3_602_000, NOW);
    expect(e.message).toBe(
      "GitHub's API rate limit is used up until 2026-11-25T13:00:02Z (in 61 min); stopped rather than hold the runner. Re-run the job after that time.",
    );
    expect(e.message).not.toContain('\n');
  });
});
