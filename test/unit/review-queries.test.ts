import { validate } from '@octokit/graphql-schema';
import { describe, expect, it } from 'vitest';
import { MORE_TIMELINE_QUERY, OPEN_PULLS_QUERY, PULL_TIMELINE_QUERY } from '../../src/facts/github/review-queries.ts';

describe('review-latency GraphQL queries validate against GitHub\u2019s published schema', () => {
  it.each([
    ['PullTimeline', PULL_TIMELINE_QUERY],
    ['OpenPullTimelines', OPEN_PULLS_QUERY],
    ['MoreTimeline', MORE_TIMELINE_QUERY],
  ])('%s', (_name, query) => {
    expect(validate(query).map((e) => e.message)).toEqual([]);
  });

  it('the validator does catch a wrong field', () => {
    expect(validate(PULL_TIMELINE_QUERY.replace('submittedAt', 'submitedAt')).length).toBeGreaterThan(0);
  });
});
