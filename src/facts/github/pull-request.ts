import type { PullRequestInfo } from '../types.ts';

interface PayloadPullRequest {
  number: number;
  title: string;
  draft?: boolean;
  additions?: number;
  deletions?: number;
  changed_files?: number;
  labels?: { name: string }[];
  base: { sha: string; repo: { full_name: string } };
  head: { sha: string; repo: { full_name: string } | null };
}

/** The PR of a pull_request / pull_request_target event, or undefined when the payload has none. */
export function pullRequestFromPayload(payload: unknown): PullRequestInfo | undefined {
  const pr = (payload as { pull_request?: PayloadPullRequest } | undefined)?.pull_request;
  if (!pr || typeof pr.number !== 'number' || !pr.base?.sha || !pr.head?.sha) return undefined;
  return {
    number: pr.number,
    title: pr.title ?? '',
    draft: pr.draft === true,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    additions: pr.additions ?? 0,
    deletions: pr.deletions ?? 0,
    changedFiles: pr.changed_files ?? 0,
    labels: (pr.labels ?? []).map((l) => l.name),
    // A deleted fork has head.repo null: treat it as a fork (read-only token).
    fromFork: pr.head.repo?.full_name !== pr.base.repo.full_name,
  };
}
