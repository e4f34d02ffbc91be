/**
 * GraphQL answers for review timelines, shaped exactly as GitHub returns them for the suite's
 * queries (which the fake validates against the schema first). PRs paged 50 at a time, timelines 100.
 */
export interface GqlActor {
  __typename: 'User' | 'Bot';
  login: string;
}

export interface FakePullTimeline {
  number: number;
  title: string;
  createdAt: string;
  isDraft: boolean;
  author: GqlActor;
  timeline: Record<string, unknown>[];
}

export const user = (login: string): GqlActor => ({ __typename: 'User', login });
export const requested = (at: string, login: string) => ({ __typename: 'ReviewRequestedEvent', createdAt: at, requestedReviewer: { __typename: 'User', login } });
export const teamRequested = (at: string, slug: string) => ({ __typename: 'ReviewRequestedEvent', createdAt: at, requestedReviewer: { __typename: 'Team', slug } });
export const reviewed = (at: string, who: GqlActor, state = 'COMMENTED') => ({ __typename: 'PullRequestReview', submittedAt: at, createdAt: at, state, author: who });
export const committed = (at: string) => ({ __typename: 'PullRequestCommit', commit: { committedDate: at } });

const page = <T>(items: T[], cursor: unknown, size: number) => {
  const offset = typeof cursor === 'string' ? Number(cursor) : 0;
  return { nodes: items.slice(offset, offset + size), pageInfo: { hasNextPage: offset + size < items.length, endCursor: String(offset + size) } };
};

export function reviewGraphql(owner: string, repo: string, pulls: FakePullTimeline[]) {
  const json = (p: FakePullTimeline) => ({
    number: p.number,
    title: p.title,
    url: `https://github.com/${owner}/${repo}/pull/${p.number}`,
    createdAt: p.createdAt,
    isDraft: p.isDraft,
    author: p.author,
    timelineItems: page(p.timeline, null, 100),
  });
  const find = (n: unknown): FakePullTimeline => {
    const p = pulls.find((x) => x.number === n);
    if (!p) throw new Error(`no pull ${String(n)}`);
    return p;
  };
  return (query: string, vars: Record<string, unknown>): unknown => {
    if (vars.owner !== owner || vars.name !== repo) return { repository: null };
    if (query.includes('query OpenPullTimelines')) {
      const { nodes, pageInfo } = page(pulls, vars.cursor, 50);
      return { repository: { pullRequests: { totalCount: pulls.length, pageInfo, nodes: nodes.map(json) } } };
    }
    if (query.includes('query MoreTimeline')) return { repository: { pullRequest: { timelineItems: page(find(vars.number).timeline, vars.cursor, 100) } } };
    if (query.includes('query PullTimeline')) return { repository: { pullRequest: json(find(vars.number)) } };
    throw new Error('unexpected query');
  };
}
