/**
 * GraphQL for review timelines: one query per page of PRs, the timeline nested, so a run over N open
 * PRs costs about N/50 requests instead of one or more REST calls per PR. Validated against GitHub's
 * published schema in test/unit/review-queries.test.ts.
 */

const TIMELINE_TYPES =
  '[READY_FOR_REVIEW_EVENT, CONVERT_TO_DRAFT_EVENT, REVIEW_REQUESTED_EVENT, REVIEW_REQUEST_REMOVED_EVENT, PULL_REQUEST_REVIEW, PULL_REQUEST_COMMIT, HEAD_REF_FORCE_PUSHED_EVENT]';

const REVIEWER = `requestedReviewer { __typename ... on User { login } ... on Team { slug } ... on Bot { login } ... on Mannequin { login } }`;

export const TIMELINE_NODES = `
  __typename
  ... on ReadyForReviewEvent { createdAt }
  ... on ConvertToDraftEvent { createdAt }
  ... on ReviewRequestedEvent { createdAt ${REVIEWER} }
  ... on ReviewRequestRemovedEvent { createdAt ${REVIEWER} }
  ... on PullRequestReview { submittedAt createdAt state author { __typename login } }
  ... on PullRequestCommit { commit { committedDate } }
  ... on HeadRefForcePushedEvent { createdAt }
`;

export const PULL_FIELDS = `
  number title url createdAt isDraft
  author { __typename login }
  timelineItems(first: 100, itemTypes: ${TIMELINE_TYPES}) {
    pageInfo { hasNextPage endCursor }
    nodes { ${TIMELINE_NODES} }
  }
`;

export const PULL_TIMELINE_QUERY = `query PullTimeline($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) { pullRequest(number: $number) { ${PULL_FIELDS} } }
}`;

/** Open PRs, 50 a page, with their timelines and any `extra` fields (wip-report adds size, labels…). */
export const openPullsQuery = (
  name: string,
  extra = '',
): string => `query ${name}($owner: String!, $name: String!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    pullRequests(states: OPEN, first: 50, after: $cursor, orderBy: { field: CREATED_AT, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ${PULL_FIELDS} ${extra} }
    }
  }
}`;

export const OPEN_PULLS_QUERY = openPullsQuery('OpenPullTimelines');

/** The rest of one PR's timeline when it has more than 100 items (rare). */
export const MORE_TIMELINE_QUERY = `query MoreTimeline($owner: String!, $name: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      timelineItems(first: 100, after: $cursor, itemTypes: ${TIMELINE_TYPES}) {
        pageInfo { hasNextPage endCursor }
        nodes { ${TIMELINE_NODES} }
      }
    }
  }
}`;
