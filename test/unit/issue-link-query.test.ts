import { validate } from '@octokit/graphql-schema';
import { describe, expect, it } from 'vitest';
import { PULL_LINKS_QUERY } from '../../src/facts/github/issue-link-facts.ts';

describe('issue-linked GraphQL query', () => {
  it('validates against GitHub\u2019s published schema', () => {
    expect(validate(PULL_LINKS_QUERY).map((e) => e.message)).toEqual([]);
  });
});
