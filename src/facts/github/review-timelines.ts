import type { Actor, PullTimeline, Reviewer, TimelineEvent } from '../types.ts';
import type { Octokit } from './octokit.ts';
import type { RepoRef } from './pull-files.ts';
import { MORE_TIMELINE_QUERY, OPEN_PULLS_QUERY, PULL_TIMELINE_QUERY } from './review-queries.ts';

interface GqlActor {
  __typename: string;
  login: string;
}
interface GqlReviewer {
  __typename: string;
  login?: string;
  slug?: string;
}
interface GqlNode {
  __typename: string;
  createdAt?: string;
  submittedAt?: string | null;
  state?: string;
  author?: GqlActor | null;
  requestedReviewer?: GqlReviewer | null;
  commit?: { committedDate: string };
}
interface GqlTimeline {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: (GqlNode | null)[];
}
interface GqlPull {
  number: number;
  title: string;
  url: string;
  createdAt: string;
  isDraft: boolean;
  author: GqlActor | null;
  timelineItems: GqlTimeline;
}

const actor = (a: GqlActor | null | undefined): Actor =>
  a ? { login: a.login, bot: a.__typename === 'Bot' || a.login.endsWith('[bot]') } : { login: 'ghost', bot: false };

const reviewer = (r: GqlReviewer | null | undefined): Reviewer | undefined =>
  !r
    ? undefined
    : r.__typename === 'Team'
      ? { kind: 'team', name: r.slug ?? '' }
      : r.login
        ? { kind: 'user', name: r.login }
        : undefined;

function event(n: GqlNode): TimelineEvent | undefined {
  const at = (s: string | null | undefined): number => Date.parse(s ?? '');
  switch (n.__typename) {
    case 'ReadyForReviewEvent':
      return { kind: 'ready', at: at(n.createdAt) };
    case 'ConvertToDraftEvent':
      return { kind: 'draft', at: at(n.createdAt) };
    case 'ReviewRequestedEvent':
    case 'ReviewRequestRemovedEvent': {
      const r = reviewer(n.requestedReviewer);
      if (!r) return undefined; // a deleted user or team
      return {
        kind: n.__typename === 'ReviewRequestedEvent' ? 'requested' : 'unrequested',
        at: at(n.createdAt),
        reviewer: r,
      };
    }
    case 'PullRequestReview':
      if (!n.submittedAt || n.state === 'PENDING') return undefined; // not submitted yet
      return { kind: 'review', at: at(n.submittedAt), author: actor(n.author), state: n.state ?? 'COMMENTED' };
    case 'PullRequestCommit':
      return n.commit ? { kind: 'push', at: at(n.commit.committedDate) } : undefined;
    case 'HeadRefForcePushedEvent':
      return { kind: 'push', at: at(n.createdAt) };
    default:
      return undefined;
  }
}

const events = (nodes: (GqlNode | null)[]): TimelineEvent[] =>
  nodes.flatMap((n) => {
    const e = n ? event(n) : undefined;
    return e && Number.isFinite(e.at) ? [e] : [];
  });

async function timelineOf(octokit: Octokit, repo: RepoRef, pull: GqlPull): Promise<PullTimeline> {
  const all = events(pull.timelineItems.nodes);
  let page = pull.timelineItems.pageInfo;
  while (page.hasNextPage) {
    const more = await octokit.graphql<{ repository: { pullRequest: { timelineItems: GqlTimeline } } }>(
      MORE_TIMELINE_QUERY,
      {
        owner: repo.owner,
        name: repo.repo,
        number: pull.number,
        cursor: page.endCursor,
      },
    );
    all.push(...events(more.repository.pullRequest.timelineItems.nodes));
    page = more.repository.pullRequest.timelineItems.pageInfo;
  }
  return {
    number: pull.number,
    title: pull.title,
    url: pull.url,
    author: actor(pull.author),
    createdAt: Date.parse(pull.createdAt),
    draft: pull.isDraft,
    events: all.sort((a, b) => a.at - b.at),
  };
}

export async function fetchPullTimeline(octokit: Octokit, repo: RepoRef, number: number): Promise<PullTimeline> {
  const data = await octokit.graphql<{ repository: { pullRequest: GqlPull } }>(PULL_TIMELINE_QUERY, {
    owner: repo.owner,
    name: repo.repo,
    number,
  });
  return timelineOf(octokit, repo, data.repository.pullRequest);
}

export interface OpenPulls<T = PullTimeline> {
  pulls: T[];
  /** How many open PRs GitHub says there are. */
  total: number;
  /** Why the list is shorter than `total`, when a page could not be read even after retries. */
  incomplete?: string;
}

/**
 * Every open PR with its review timeline, 50 a request, plus whatever `query` adds (`extend` maps it).
 * A page that still fails after retries ends the list and is reported, not hidden.
 */
export async function fetchOpenPulls<T>(
  octokit: Octokit,
  repo: RepoRef,
  query: string,
  extend: (raw: Record<string, unknown>, timeline: PullTimeline) => T,
): Promise<OpenPulls<T>> {
  const pulls: T[] = [];
  let cursor: string | null = null;
  let total = 0;
  for (let page = 1; ; page++) {
    let data: {
      repository: {
        pullRequests: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          nodes: GqlPull[];
        };
      };
    };
    try {
      data = await octokit.graphql(query, { owner: repo.owner, name: repo.repo, cursor });
    } catch (e) {
      if (page === 1) throw e;
      return {
        pulls,
        total,
        incomplete: `page ${page} of open pull requests could not be read (${(e as Error).message.split('\n')[0]}); ${pulls.length} of ${total} were evaluated.`,
      };
    }
    const conn = data.repository.pullRequests;
    total = conn.totalCount;
    for (const p of conn.nodes)
      pulls.push(extend(p as unknown as Record<string, unknown>, await timelineOf(octokit, repo, p)));
    if (!conn.pageInfo.hasNextPage) return { pulls, total };
    cursor = conn.pageInfo.endCursor;
  }
}

export const fetchOpenPullTimelines = (octokit: Octokit, repo: RepoRef): Promise<OpenPulls> =>
  fetchOpenPulls(octokit, repo, OPEN_PULLS_QUERY, (_raw, timeline) => timeline);

export { actor as gqlActor };
