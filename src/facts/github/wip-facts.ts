import type { MergedPull, Milestone, WipPull } from '../types.ts';
import type { Octokit } from './octokit.ts';
import type { RepoRef } from './pull-files.ts';
import { fetchOpenPulls, gqlActor } from './review-timelines.ts';
import { MERGED_PULLS_QUERY, MILESTONES_QUERY, OPEN_PULLS_WIP_QUERY } from './wip-queries.ts';

/** Everything the weekly report needs from one repository. `incomplete` lists what could not be read. */
export interface WipFacts {
  repos: string[];
  open: WipPull[];
  merged: MergedPull[];
  milestones: Milestone[];
  incomplete: string[];
}

const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+(?:[\w.-]+\/[\w.-]+)?#(\d+)\b/gi;

/** Issue numbers a PR text says it closes ("Fixes #12", "closes owner/repo#3"). Pure. */
export function closingReferences(text: string): number[] {
  return [...text.matchAll(CLOSING)].map((m) => Number(m[1]));
}

const SEARCH_CAP = 1000;
const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export async function fetchWipFacts(octokit: Octokit, repo: RepoRef, since: number, now: number): Promise<WipFacts> {
  const name = `${repo.owner}/${repo.repo}`;
  const incomplete: string[] = [];
  const open = await fetchOpenPulls(octokit, repo, OPEN_PULLS_WIP_QUERY, (raw, timeline): WipPull => {
    const r = raw as { additions: number; deletions: number; changedFiles: number; body: string | null; labels: { nodes: { name: string }[] }; closingIssuesReferences: { nodes: { number: number }[] } };
    const body = r.body ?? '';
    return {
      ...timeline,
      repo: name,
      additions: r.additions,
      deletions: r.deletions,
      changedFiles: r.changedFiles,
      labels: r.labels.nodes.map((l) => l.name),
      closingIssues: [...new Set([...r.closingIssuesReferences.nodes.map((n) => n.number), ...closingReferences(`${timeline.title}\n${body}`)])].sort((a, b) => a - b),
      body,
    };
  });
  if (open.incomplete) incomplete.push(`${name}: ${open.incomplete}`);

  const merged: MergedPull[] = [];
  const q = `repo:${name} is:pr is:merged merged:${iso(since)}..${iso(now)}`;
  try {
    let cursor: string | null = null;
    for (;;) {
      const data: { search: { issueCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Record<string, any>[] } } = await octokit.graphql(MERGED_PULLS_QUERY, { q, cursor });
      for (const n of data.search.nodes) {
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
          labels: n.labels.nodes.map((l: { name: string }) => l.name),
        });
      }
      if (data.search.issueCount > SEARCH_CAP) incomplete.push(`${name}: ${data.search.issueCount} merged PRs in the window; GitHub's search returns at most ${SEARCH_CAP}.`);
      if (!data.search.pageInfo.hasNextPage) break;
      cursor = data.search.pageInfo.endCursor;
    }
  } catch (e) {
    incomplete.push(`${name}: merged pull requests could not be read (${(e as Error).message.split('\n')[0]}); ${merged.length} were.`);
  }

  const milestones: Milestone[] = [];
  try {
    const data: { repository: { milestones: { nodes: Record<string, any>[] } } } = await octokit.graphql(MILESTONES_QUERY, { owner: repo.owner, name: repo.repo });
    for (const m of data.repository.milestones.nodes) {
      const items = [...m.issues.nodes, ...m.pullRequests.nodes].map((i: { closedAt: string | null }) => (i.closedAt ? Date.parse(i.closedAt) : undefined));
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
  return { repos: [name], open: open.pulls, merged, milestones, incomplete };
}
