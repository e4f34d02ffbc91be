import { validate } from '@octokit/graphql-schema';
import { describe, expect, it } from 'vitest';
import { MERGED_PULLS_QUERY, MILESTONES_QUERY, OPEN_PULLS_WIP_QUERY } from '../../src/facts/github/wip-queries.ts';

describe('wip-report GraphQL queries validate against GitHub\u2019s published schema', () => {
  it.each([
    ['OpenPullsForReport', OPEN_PULLS_WIP_QUERY],
    ['MergedPulls', MERGED_PULLS_QUERY],
    ['Milestones', MILESTONES_QUERY],
  ])('%s', (_n, q) => {
    expect(validate(q).map((e) => e.message)).toEqual([]);
  });
});
