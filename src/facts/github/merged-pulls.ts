/** The weekly report's merged pull requests: GitHub's search for PRs merged in the window, page by page. */
import { isoSecond } from '../../iso-time.ts';
import type { MergedPull } from '../types.ts';
import type { Octokit } from './octokit.ts';
import { readGraphql, type GraphqlProblem, type SkippedItems } from './partial-read.ts';
import { gqlActor } from './review-timelines.ts';
import { MERGED_PULLS_QUERY } from './wip-queries.ts';

/** A review comment (the first few of each thread) on a merged PR. */
export interface ReviewComment {
  body: string;
  url: string;
  author: string;
  createdAt: number;
}

/** A merged PR with the report's handbook facts (absent fields: not read, treated as false / none). */
export interface ReportMergedPull extends MergedPull {
  /** §1: it, or an issue it closes, is in a milestone. */
  inMilestone?: boolean;
  /** §2: it was a draft before it was merged (it has a "ready for review" event). */
  wasDraft?: boolean;
  /** §5: the first comments of its review threads. */
  reviewComments?: ReviewComment[];
  /** Review threads beyond those read. */
  threadsNotRead?: number;
}

export type Nodes<T> = { nodes: (T | null)[] | null } | null;

/** The names of a PR's labels; a hidden label (null) is counted in `skipped`. */
export const labelNames = (skipped: SkippedItems, labels: Nodes<{ name: string }>): string[] =>
  skipped.nodesOf(labels, 'label', 'pull-requests: read').map((x) => x.name);

const SEARCH_CAP = 1000;

/** One node of MERGED_PULLS_QUERY (empty for a search hit that is not a PR). */
interface MergedNode {
  number: number;
  title: string;
  url: string;
  createdAt: string;
  mergedAt?: string | null;
  additions: number;
  deletions: number;
  author: Parameters<typeof gqlActor>[0];
  labels: Nodes<{ name: string }>;
  milestone: { title: string } | null;
  closingIssuesReferences: { nodes: ({ milestone: { title: string } | null } | null)[] | null } | null;
  timelineItems: { totalCount: number } | null;
  reviewThreads: {
    totalCount: number;
    nodes:
      | ({
          comments: {
            nodes: ({ body: string; url: string; createdAt: string; author: { login: string } | null } | null)[] | null;
          };
        } | null)[]
      | null;
  } | null;
}

/** The report's handbook facts of one merged-PR node (null nodes are skipped, never fatal). */
function handbookFacts(
  n: MergedNode,
): Pick<ReportMergedPull, 'inMilestone' | 'wasDraft' | 'reviewComments' | 'threadsNotRead'> {
  const threads = (n.reviewThreads?.nodes ?? []).filter((t) => t !== null);
  return {
    inMilestone: !!n.milestone || (n.closingIssuesReferences?.nodes ?? []).some((i) => !!i?.milestone),
    wasDraft: (n.timelineItems?.totalCount ?? 0) > 0,
    reviewComments: threads.flatMap((t) =>
      (t.comments.nodes ?? [])
        .filter((c) => c !== null)
        .map((c) => ({
          body: c.body,
          url: c.url,
          author: c.author?.login ?? 'ghost',
          createdAt: Date.parse(c.createdAt),
        })),
    ),
    threadsNotRead: Math.max(0, (n.reviewThreads?.totalCount ?? 0) - threads.length),
  };
}

/** One merged-PR node as the report's merged pull (the caller has checked `mergedAt`). */
function mergedPull(repo: string, n: MergedNode & { mergedAt: string }, skipped: SkippedItems): ReportMergedPull {
  return {
    repo,
    number: n.number,
    title: n.title,
    url: n.url,
    author: gqlActor(n.author).login,
    createdAt: Date.parse(n.createdAt),
    mergedAt: Date.parse(n.mergedAt),
    additions: n.additions,
    deletions: n.deletions,
    labels: labelNames(skipped, n.labels),
    ...handbookFacts(n),
  };
}

interface MergedPage {
  search: {
    issueCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: (MergedNode | null)[] | null;
  };
}

/**
 * The PRs of `name` merged between `since` and `now`. `incomplete` says what could not be read (more
 * hits than the search returns, a failed page); the PRs read before a failure are kept.
 */
export async function fetchMergedPulls(
  octokit: Octokit,
  name: string,
  window: { since: number; now: number },
  skipped: SkippedItems,
): Promise<{ pulls: ReportMergedPull[]; incomplete: string[] }> {
  const merged: ReportMergedPull[] = [];
  const incomplete: string[] = [];
  const q = `repo:${name} is:pr is:merged merged:${isoSecond(window.since)}..${isoSecond(window.now)}`;
  try {
    let cursor: string | null = null;
    for (;;) {
      const { data, errors }: { data: MergedPage; errors: GraphqlProblem[] } = await readGraphql<MergedPage>(
        octokit,
        MERGED_PULLS_QUERY,
        { q, cursor },
      );
      skipped.problems(errors);
      for (const n of skipped.nodesOf(data.search, 'merged pull request', 'pull-requests: read')) {
        if (n.mergedAt) merged.push(mergedPull(name, { ...n, mergedAt: n.mergedAt }, skipped));
      }
      if (data.search.issueCount > SEARCH_CAP)
        incomplete.push(
          `${name}: ${data.search.issueCount} merged PRs in the window; GitHub's search returns at most ${SEARCH_CAP}.`,
        );
      if (!data.search.pageInfo.hasNextPage) break;
      cursor = data.search.pageInfo.endCursor;
    }
  } catch (e) {
    incomplete.push(
      `${name}: merged pull requests could not be read (${(e as Error).message.split('\n')[0]}); ${merged.length} were.`,
    );
  }
  return { pulls: merged, incomplete };
}
