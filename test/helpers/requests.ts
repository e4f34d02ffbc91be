import { expect } from 'vitest';

/**
 * Matches one logged request of the fake GitHub API by method and path (and any other fields given), for
 * `toContainEqual`/`not.toContainEqual`: tests assert the requests that matter to them and a count, never
 * the exact list, so a new unrelated request breaks only the count it changes.
 */
export const request = (method: string, path: string, more: Record<string, unknown> = {}): unknown =>
  expect.objectContaining({ method, path, ...more });
