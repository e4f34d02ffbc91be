import type { Actor, PullTimeline, Reviewer, TimelineEvent } from '../types.ts';
import type { Octokit } from './octokit.ts';
import type { RepoRef } from './pull-files.ts';
import { readGraphql, SkippedItems } from './partial-read.ts';
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
  nodes: (GqlNode | null)[] | null;
}
interface GqlPull {
  number: number;
  title: string;
  url: string;
  createdAt: string;
  isDraft: boolean;
  author: GqlActor | null;
  timelineItems: GqlTimeline | null;
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

const events = (nodes: readonly GqlNode[]): TimelineEvent[] =>
  nodes.flatMap((n) => {
    const e = event(n);
    return e && Number.isFinite(e.at) ? [e] : [];
  });

const EMPTY_PAGE = { hasNextPage: false, endCursor: null };

async function timelineOf(
  octokit: Octokit,
  repo: RepoRef,
  pull: GqlPull,
  skipped: SkippedItems,
): Promise<PullTimeline> {
  // null is GitHub hiding a connection from the token; anything else without nodes is not GitHub's answer.
  const timelineNodes = (t: GqlTimeline | null | undefined): GqlNode[] => {
    if (t === null) {
      skipped.count('pull request timeline', 'pull-requests: read');
      return [];
    }
    if (typeof t !== 'object' || (t.nodes !== null && !Array.isArray(t.nodes)))
      throw new Error(`GitHub answered pull request #${String(pull.number)} without its timeline.`);
    return skipped.nonNull(t.nodes, 'timeline event', 'pull-requests: read');
  };
  const all = events(timelineNodes(pull.timelineItems));
  let page = pull.timelineItems?.pageInfo ?? EMPTY_PAGE;
  while (page.hasNextPage) {
    const more = await readGraphql<{ repository: { pullRequest: { timelineItems: GqlTimeline } | null } | null }>(
      octokit,
      MORE_TIMELINE_QUERY,
      { owner: repo.owner, name: repo.repo, number: pull.number, cursor: page.endCursor },
    );
    skipped.problems(more.errors);
    const items = more.data.repository?.pullRequest?.timelineItems;
    all.push(...events(timelineNodes(items)));
    page = items?.pageInfo ?? EMPTY_PAGE;
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

const unreadable = (what: string, errors: readonly { type?: string; message: string }[]): Error =>
  new Error(
    `${what} could not be read${errors[0] ? ` (GitHub: ${errors[0].type ? `${errors[0].type}: ` : ''}${errors[0].message})` : ''}. Give the job 'pull-requests: read' in its permissions: block.`,
  );

/** One PR's timeline, with a sentence about anything GitHub returned as null. */
export async function fetchPullTimeline(
  octokit: Octokit,
  repo: RepoRef,
  number: number,
): Promise<PullTimeline & { skipped?: string }> {
  const { data, errors } = await readGraphql<{ repository: { pullRequest: GqlPull | null } | null }>(
    octokit,
    PULL_TIMELINE_QUERY,
    { owner: repo.owner, name: repo.repo, number },
  );
  const pull = data.repository?.pullRequest;
  if (!pull) throw unreadable(`pull request #${number} of ${repo.owner}/${repo.repo}`, errors);
  const skipped = new SkippedItems();
  skipped.problems(errors);
  const timeline = await timelineOf(octokit, repo, pull, skipped);
  return skipped.any ? { ...timeline, skipped: skipped.sentence()! } : timeline;
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
  extend: (raw: Record<string, unknown>, timeline: PullTimeline, skipped: SkippedItems) => T,
  /** The caller's tally of skipped items (it then reports them itself); otherwise they go into `incomplete`. */
  shared?: SkippedItems,
): Promise<OpenPulls<T>> {
  const pulls: T[] = [];
  const skipped = shared ?? new SkippedItems();
  let cursor: string | null = null;
  let total = 0;
  const incomplete = (reason?: string): OpenPulls<T> => {
    const why = [reason, shared ? undefined : skipped.sentence()].filter((x) => x !== undefined).join(' ');
    return why ? { pulls, total, incomplete: why } : { pulls, total };
  };
  for (let page = 1; ; page++) {
    let answer: Awaited<ReturnType<typeof readGraphql<OpenPullsPage>>>;
    try {
      answer = await readGraphql<OpenPullsPage>(octokit, query, { owner: repo.owner, name: repo.repo, cursor });
    } catch (e) {
      if (page === 1) throw e;
      return incomplete(
        `page ${page} of open pull requests could not be read (${(e as Error).message.split('\n')[0]}); ${pulls.length} of ${total} were evaluated.`,
      );
    }
    const conn = answer.data.repository?.pullRequests;
    if (!conn) throw unreadable(`the open pull requests of ${repo.owner}/${repo.repo}`, answer.errors);
    skipped.problems(answer.errors);
    total = conn.totalCount;
    for (const p of skipped.nodesOf(conn, 'open pull request', 'pull-requests: read'))
      pulls.push(extend(p as unknown as Record<string, unknown>, await timelineOf(octokit, repo, p, skipped), skipped));
    if (!conn.pageInfo.hasNextPage) return incomplete();
    cursor = conn.pageInfo.endCursor;
  }
}

interface OpenPullsPage {
  repository: {
    pullRequests: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: (GqlPull | null)[] | null;
    };
  } | null;
}

export const fetchOpenPullTimelines = (octokit: Octokit, repo: RepoRef): Promise<OpenPulls> =>
  fetchOpenPulls(octokit, repo, OPEN_PULLS_QUERY, (_raw, timeline) => timeline);

export { actor as gqlActor };
