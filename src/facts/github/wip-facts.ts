import type { Milestone, PullTimeline, WipPull } from '../types.ts';
import { fetchMergedPulls, labelNames, type Nodes, type ReportMergedPull } from './merged-pulls.ts';
import type { Octokit } from './octokit.ts';
import type { RepoRef } from './pull-files.ts';
import { readGraphql, SkippedItems } from './partial-read.ts';
import { fetchOpenPulls } from './review-timelines.ts';
import { MILESTONES_QUERY, OPEN_PULLS_WIP_QUERY } from './wip-queries.ts';

export type { ReportMergedPull, ReviewComment } from './merged-pulls.ts';

/** Everything the weekly report needs from one repository. `incomplete` lists what could not be read. */
export interface WipFacts {
  repos: string[];
  open: WipPull[];
  merged: ReportMergedPull[];
  milestones: Milestone[];
  incomplete: string[];
}

interface ReportFields {
  additions: number;
  deletions: number;
  changedFiles: number;
  body: string | null;
  labels: Nodes<{ name: string }>;
  closingIssuesReferences: Nodes<{ number: number; repository: { nameWithOwner: string } }>;
  commits: Nodes<{ commit: { message: string } }>;
}

/** An open PR of OPEN_PULLS_WIP_QUERY with the report's fields beside its review timeline. */
function wipPull(repo: string, raw: Record<string, unknown>, timeline: PullTimeline, skipped: SkippedItems): WipPull {
  const r = raw as unknown as ReportFields;
  const body = r.body ?? '';
  const messages = skipped.nodesOf(r.commits, 'commit message', 'pull-requests: read').map((c) => c.commit.message);
  return {
    ...timeline,
    repo,
    additions: r.additions,
    deletions: r.deletions,
    changedFiles: r.changedFiles,
    labels: labelNames(skipped, r.labels),
    closingReferences: skipped
      .nodesOf(r.closingIssuesReferences, 'closing issue reference', 'issues: read')
      .map((n) => `${n.repository.nameWithOwner}#${n.number}`),
    commitMessages: messages,
    body,
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

/** The repository's milestones with when each of their issues and PRs was closed; `incomplete` says why none could be read. */
async function fetchMilestones(
  octokit: Octokit,
  repo: RepoRef,
  skipped: SkippedItems,
): Promise<{ milestones: Milestone[]; incomplete?: string }> {
  const name = `${repo.owner}/${repo.repo}`;
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
    return {
      milestones,
      incomplete: `${name}: milestones could not be read (${(e as Error).message.split('\n')[0]}).`,
    };
  }
  return { milestones };
}

/** One repository's open PRs, PRs merged between `since` and `now`, and milestones. */
export async function fetchWipFacts(octokit: Octokit, repo: RepoRef, since: number, now: number): Promise<WipFacts> {
  const name = `${repo.owner}/${repo.repo}`;
  const incomplete: string[] = [];
  const skipped = new SkippedItems();
  const open = await fetchOpenPulls(
    octokit,
    repo,
    OPEN_PULLS_WIP_QUERY,
    (raw, timeline, s) => wipPull(name, raw, timeline, s),
    skipped,
  );
  if (open.incomplete) incomplete.push(`${name}: ${open.incomplete}`);
  const merged = await fetchMergedPulls(octokit, name, { since, now }, skipped);
  incomplete.push(...merged.incomplete);
  const milestones = await fetchMilestones(octokit, repo, skipped);
  if (milestones.incomplete) incomplete.push(milestones.incomplete);
  const partial = skipped.sentence();
  if (partial) incomplete.push(`${name}: ${partial}`);
  return { repos: [name], open: open.pulls, merged: merged.pulls, milestones: milestones.milestones, incomplete };
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
