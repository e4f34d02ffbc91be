/** Facts for issue-linked: one GraphQL query for the PR's closing references, commits and author. */
import type { IssueLinkFacts } from '../../checks/issue-linked.ts';
import type { Octokit } from './octokit.ts';
import { readGraphql, SkippedItems } from './partial-read.ts';
import type { RepoRef } from './pull-files.ts';
import { gqlActor } from './review-timelines.ts';

/** Validated against GitHub's schema in test/unit/issue-link-query.test.ts. Commits: the last 100. */
export const PULL_LINKS_QUERY = `query PullLinks($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      title body
      author { __typename login }
      labels(first: 50) { nodes { name } }
      closingIssuesReferences(first: 20) { nodes { number repository { nameWithOwner } } }
      commits(last: 100) { totalCount nodes { commit { message } } }
    }
  }
}`;

type Nodes<T> = { nodes: (T | null)[] | null } | null;

interface PullLinks {
  title: string;
  body: string | null;
  author: { __typename: string; login: string } | null;
  labels: Nodes<{ name: string }>;
  closingIssuesReferences: Nodes<{ number: number; repository: { nameWithOwner: string } | null }>;
  commits: { totalCount: number; nodes: ({ commit: { message: string } | null } | null)[] | null } | null;
}

/** The PR's links. Items GitHub returns as null (the token can't see them) are skipped and said so in `skipped`. */
export async function fetchIssueLinkFacts(octokit: Octokit, repo: RepoRef, number: number): Promise<IssueLinkFacts> {
  const { data, errors } = await readGraphql<{ repository: { pullRequest: PullLinks | null } | null }>(
    octokit,
    PULL_LINKS_QUERY,
    { owner: repo.owner, name: repo.repo, number },
  );
  const pr = data.repository?.pullRequest;
  if (!pr) {
    const why = errors[0] ? ` (GitHub: ${errors[0].type ? `${errors[0].type}: ` : ''}${errors[0].message})` : '';
    throw new Error(
      `pull request #${number} of ${repo.owner}/${repo.repo} could not be read${why}. Give the job 'pull-requests: read' in its permissions: block.`,
    );
  }
  const skipped = new SkippedItems();
  skipped.problems(errors);
  const refs = skipped
    .nodesOf(pr.closingIssuesReferences, 'closing issue reference', 'issues: read')
    .filter((n) => n.repository !== null || (skipped.count('closing issue reference', 'issues: read'), false));
  const commits = skipped.nodesOf(pr.commits, 'commit message', 'pull-requests: read').flatMap((c) => {
    if (c.commit) return [c.commit.message];
    skipped.count('commit message', 'pull-requests: read');
    return [];
  });
  const total = pr.commits?.totalCount ?? 0;
  return {
    repo: `${repo.owner}/${repo.repo}`,
    title: pr.title,
    body: pr.body ?? '',
    author: gqlActor(pr.author),
    labels: skipped.nodesOf(pr.labels, 'label', 'pull-requests: read').map((l) => l.name),
    closing: refs.map((n) => `${n.repository!.nameWithOwner}#${n.number}`),
    commitMessages: commits,
    ...(total > commits.length ? { commitsUnread: total - commits.length } : {}),
    ...(skipped.any ? { skipped: skipped.sentence()! } : {}),
  };
}
