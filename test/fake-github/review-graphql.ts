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
  /** Report fields (wip-report's query asks for them). */
  additions?: number;
  deletions?: number;
  labels?: string[];
  closes?: number[];
  body?: string;
  commitMessages?: string[];
}

export interface FakeMerged {
  number: number;
  title: string;
  createdAt: string;
  mergedAt: string;
  additions: number;
  deletions: number;
  author: GqlActor;
  /** wip-report's handbook fields: the PR's milestone, whether it was a draft, its review comments. */
  milestone?: string;
  wasDraft?: boolean;
  reviewComments?: { body: string; createdAt: string; author: string }[];
}

export interface FakeMilestone {
  number: number;
  title: string;
  dueOn: string | null;
  state: 'OPEN' | 'CLOSED';
  closedAt: (string | null)[];
}

export const user = (login: string): GqlActor => ({ __typename: 'User', login });
export const requested = (at: string, login: string) => ({
  __typename: 'ReviewRequestedEvent',
  createdAt: at,
  requestedReviewer: { __typename: 'User', login },
});
export const teamRequested = (at: string, slug: string) => ({
  __typename: 'ReviewRequestedEvent',
  createdAt: at,
  requestedReviewer: { __typename: 'Team', slug },
});
export const reviewed = (at: string, who: GqlActor, state = 'COMMENTED') => ({
  __typename: 'PullRequestReview',
  submittedAt: at,
  createdAt: at,
  state,
  author: who,
});
export const committed = (at: string) => ({ __typename: 'PullRequestCommit', commit: { committedDate: at } });

const page = <T>(items: T[], cursor: unknown, size: number) => {
  const offset = typeof cursor === 'string' ? Number(cursor) : 0;
  return {
    nodes: items.slice(offset, offset + size),
    pageInfo: { hasNextPage: offset + size < items.length, endCursor: String(offset + size) },
  };
};

export function reviewGraphql(
  owner: string,
  repo: string,
  pulls: FakePullTimeline[],
  report: { merged?: FakeMerged[]; milestones?: FakeMilestone[] } = {},
) {
  const reportFields = (p: FakePullTimeline) => ({
    additions: p.additions ?? 0,
    deletions: p.deletions ?? 0,
    changedFiles: 1,
    body: p.body ?? '',
    labels: { nodes: (p.labels ?? []).map((name) => ({ name })) },
    closingIssuesReferences: {
      nodes: (p.closes ?? []).map((number) => ({ number, repository: { nameWithOwner: `${owner}/${repo}` } })),
    },
    commits: { nodes: (p.commitMessages ?? []).map((message) => ({ commit: { message } })) },
  });
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
    if (query.includes('query MergedPulls')) {
      if (!String(vars.q).startsWith(`repo:${owner}/${repo} is:pr is:merged merged:`))
        return { search: { issueCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } };
      const merged = (report.merged ?? []).map(({ milestone, wasDraft, reviewComments, ...m }) => ({
        ...m,
        url: `https://github.com/${owner}/${repo}/pull/${m.number}`,
        labels: { nodes: [] },
        milestone: milestone ? { title: milestone } : null,
        closingIssuesReferences: { nodes: [] },
        timelineItems: { totalCount: wasDraft ? 1 : 0 },
        reviewThreads: {
          totalCount: (reviewComments ?? []).length,
          nodes: (reviewComments ?? []).map((c, i) => ({
            comments: {
              nodes: [
                {
                  ...c,
                  url: `https://github.com/${owner}/${repo}/pull/${m.number}#discussion_r${m.number * 100 + i}`,
                  author: { login: c.author },
                },
              ],
            },
          })),
        },
      }));
      const { nodes, pageInfo } = page(merged, vars.cursor, 50);
      return { search: { issueCount: merged.length, pageInfo, nodes } };
    }
    if (vars.owner !== owner || vars.name !== repo) return { repository: null };
    if (query.includes('query Milestones')) {
      const nodes = (report.milestones ?? []).map((m) => ({
        number: m.number,
        title: m.title,
        url: `https://github.com/${owner}/${repo}/milestone/${m.number}`,
        dueOn: m.dueOn,
        state: m.state,
        issues: { totalCount: m.closedAt.length, nodes: m.closedAt.map((closedAt) => ({ closedAt })) },
        pullRequests: { totalCount: 0, nodes: [] },
      }));
      return { repository: { milestones: { nodes } } };
    }
    if (query.includes('query OpenPullTimelines') || query.includes('query OpenPullsForReport')) {
      const withReport = query.includes('OpenPullsForReport');
      const { nodes, pageInfo } = page(pulls, vars.cursor, 50);
      return {
        repository: {
          pullRequests: {
            totalCount: pulls.length,
            pageInfo,
            nodes: nodes.map((p) => (withReport ? { ...json(p), ...reportFields(p) } : json(p))),
          },
        },
      };
    }
    if (query.includes('query MoreTimeline'))
      return { repository: { pullRequest: { timelineItems: page(find(vars.number).timeline, vars.cursor, 100) } } };
    if (query.includes('query PullTimeline')) return { repository: { pullRequest: json(find(vars.number)) } };
    throw new Error('unexpected query');
  };
}
