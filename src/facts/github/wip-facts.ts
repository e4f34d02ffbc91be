import { isoSecond } from '../../iso-time.ts';
import type { MergedPull, Milestone, WipPull } from '../types.ts';
import type { Octokit } from './octokit.ts';
import type { RepoRef } from './pull-files.ts';
import { readGraphql, SkippedItems, type GraphqlProblem } from './partial-read.ts';
import { fetchOpenPulls, gqlActor } from './review-timelines.ts';
import { MERGED_PULLS_QUERY, MILESTONES_QUERY, OPEN_PULLS_WIP_QUERY } from './wip-queries.ts';

/** Everything the weekly report needs from one repository. `incomplete` lists what could not be read. */
export interface WipFacts {
  repos: string[];
  open: WipPull[];
  merged: ReportMergedPull[];
  milestones: Milestone[];
  incomplete: string[];
}

type Nodes<T> = { nodes: (T | null)[] | null } | null;

interface ReportFields {
  additions: number;
  deletions: number;
  changedFiles: number;
  body: string | null;
  labels: Nodes<{ name: string }>;
  closingIssuesReferences: Nodes<{ number: number; repository: { nameWithOwner: string } }>;
  commits: Nodes<{ commit: { message: string } }>;
}

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

interface MergedPage {
  search: {
    issueCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: (MergedNode | null)[] | null;
  };
}

/** One node of MILESTONES_QUERY. */
interface MilestoneNode {
  title: string;
  url: string;
  dueOn: string | null;
  state: 'OPEN' | 'CLOSED';
  issues: { totalCount: number; nodes: ({ closedAt: string | null } | null)[] | null };
  pullRequests: { totalCount: number; nodes: ({ closedAt: string | null } | null)[] | null };
}

export async function fetchWipFacts(octokit: Octokit, repo: RepoRef, since: number, now: number): Promise<WipFacts> {
  const name = `${repo.owner}/${repo.repo}`;
  const incomplete: string[] = [];
  const skipped = new SkippedItems();
  const labelsOf = (l: ReportFields['labels']): string[] =>
    skipped.nodesOf(l, 'label', 'pull-requests: read').map((x) => x.name);
  const open = await fetchOpenPulls(
    octokit,
    repo,
    OPEN_PULLS_WIP_QUERY,
    (raw, timeline): WipPull => {
      const r = raw as unknown as ReportFields;
      const body = r.body ?? '';
      const messages = skipped.nodesOf(r.commits, 'commit message', 'pull-requests: read').map((c) => c.commit.message);
      return {
        ...timeline,
        repo: name,
        additions: r.additions,
        deletions: r.deletions,
        changedFiles: r.changedFiles,
        labels: labelsOf(r.labels),
        closingReferences: skipped
          .nodesOf(r.closingIssuesReferences, 'closing issue reference', 'issues: read')
          .map((n) => `${n.repository.nameWithOwner}#${n.number}`),
        commitMessages: messages,
        body,
      };
    },
    skipped,
  );
  if (open.incomplete) incomplete.push(`${name}: ${open.incomplete}`);

  const merged: ReportMergedPull[] = [];
  const q = `repo:${name} is:pr is:merged merged:${isoSecond(since)}..${isoSecond(now)}`;
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
        if (!n.mergedAt) continue;
        merged.push({
          repo: name,
          number: n.number,
          title: n.title,
          url: n.url,
          author: gqlActor(n.author).login,
          createdAt: Date.parse(n.createdAt),
          mergedAt: Date.parse(n.mergedAt),
          additions: n.additions,
          deletions: n.deletions,
          labels: labelsOf(n.labels),
          ...handbookFacts(n),
        });
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

  const milestones: Milestone[] = [];
  try {
    const { data, errors } = await readGraphql<{
      repository: { milestones: { nodes: (MilestoneNode | null)[] | null } } | null;
    }>(octokit, MILESTONES_QUERY, { owner: repo.owner, name: repo.repo });
    skipped.problems(errors);
    for (const m of skipped.nodesOf(data.repository?.milestones ?? null, 'milestone', 'issues: read')) {
      const closable = [...(m.issues.nodes ?? []), ...(m.pullRequests.nodes ?? [])];
      const items = skipped
        .nonNull(closable, 'milestone item', 'issues: read')
        .map((i) => (i.closedAt ? Date.parse(i.closedAt) : undefined));
      milestones.push({
        repo: name,
        title: m.title,
        url: m.url,
        ...(m.dueOn ? { dueOn: Date.parse(m.dueOn) } : {}),
        open: m.state === 'OPEN',
        items,
        total: m.issues.totalCount + m.pullRequests.totalCount,
      });
    }
  } catch (e) {
    incomplete.push(`${name}: milestones could not be read (${(e as Error).message.split('\n')[0]}).`);
  }
  const partial = skipped.sentence();
  if (partial) incomplete.push(`${name}: ${partial}`);
  return { repos: [name], open: open.pulls, merged, milestones, incomplete };
}

/**
 * The facts of several repositories, read one after the other, as one set. A repository that can't
 * be read at all (a 5xx after retries, no access) is named in `incomplete` and the others are
 * reported; only when none can be read does the run fail.
 */
export async function fetchWipFactsFor(
  octokit: Octokit,
  repos: readonly string[],
  since: number,
  now: number,
): Promise<WipFacts> {
  const all: WipFacts = { repos: [...repos], open: [], merged: [], milestones: [], incomplete: [] };
  const failures: unknown[] = [];
  for (const name of repos) {
    const [owner, repo] = name.split('/') as [string, string];
    let f: WipFacts;
    try {
      f = await fetchWipFacts(octokit, { owner, repo }, since, now);
    } catch (e) {
      failures.push(e);
      all.incomplete.push(
        `${name}: could not be read (${String((e as Error).message ?? e).split('\n')[0]}); it is not in this report.`,
      );
      continue;
    }
    all.open.push(...f.open);
    all.merged.push(...f.merged);
    all.milestones.push(...f.milestones);
    all.incomplete.push(...f.incomplete);
  }
  if (failures.length === repos.length && failures.length > 0) throw failures[0];
  return all;
}
