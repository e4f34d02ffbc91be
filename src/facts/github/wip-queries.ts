/** GraphQL for the weekly WIP report, validated against GitHub's schema in test/unit/wip-queries.test.ts. */
import { openPullsQuery } from './review-queries.ts';

export const OPEN_PULLS_WIP_QUERY = openPullsQuery(
  'OpenPullsForReport',
  `additions deletions changedFiles body
   labels(first: 20) { nodes { name } }
   closingIssuesReferences(first: 10) { nodes { number repository { nameWithOwner } } }
   commits(last: 20) { nodes { commit { message } } }`,
);

/** Review threads read per merged PR; more are counted as not read. */
export const REVIEW_THREADS = 30;

/**
 * Merged PRs in a date range (search: at most 1,000 results, 50 a page), with what the report's
 * handbook figures need in the same request: §1 milestones (the PR's own or its closed issues'),
 * §2 whether it was a draft (a draft must be marked ready before it merges), §5 review threads.
 */
export const MERGED_PULLS_QUERY = `query MergedPulls($q: String!, $cursor: String) {
  search(query: $q, type: ISSUE, first: 50, after: $cursor) {
    issueCount
    pageInfo { hasNextPage endCursor }
    nodes {
      ... on PullRequest {
        number title url createdAt mergedAt additions deletions
        author { __typename login }
        labels(first: 20) { nodes { name } }
        milestone { title }
        closingIssuesReferences(first: 10) { nodes { milestone { title } } }
        timelineItems(itemTypes: [READY_FOR_REVIEW_EVENT], first: 1) { totalCount }
        reviewThreads(first: ${REVIEW_THREADS}) {
          totalCount
          nodes { comments(first: 5) { nodes { body url createdAt author { login } } } }
        }
      }
    }
  }
}`;

/** Milestones (sprint goals) with their issues and PRs, latest due date first. */
export const MILESTONES_QUERY = `query Milestones($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    milestones(first: 50, states: [OPEN, CLOSED], orderBy: { field: DUE_DATE, direction: DESC }) {
      nodes {
        number title url dueOn state
        issues(first: 100) { totalCount nodes { closedAt } }
        pullRequests(first: 100) { totalCount nodes { closedAt } }
      }
    }
  }
}`;
