/** Facts for issue-linked: one GraphQL query for the PR's closing references, commits and author. */
import type { IssueLinkFacts } from '../../checks/issue-linked.ts';
import type { Octokit } from './octokit.ts';
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

interface PullLinks {
  title: string;
  body: string | null;
  author: { __typename: string; login: string } | null;
  labels: { nodes: { name: string }[] };
  closingIssuesReferences: { nodes: { number: number; repository: { nameWithOwner: string } }[] };
  commits: { totalCount: number; nodes: { commit: { message: string } }[] };
}

export async function fetchIssueLinkFacts(octokit: Octokit, repo: RepoRef, number: number): Promise<IssueLinkFacts> {
  const data: { repository: { pullRequest: PullLinks | null } | null } = await octokit.graphql(PULL_LINKS_QUERY, {
    owner: repo.owner,
    name: repo.repo,
    number,
  });
  const pr = data.repository?.pullRequest;
  if (!pr) throw new Error(`pull request #${number} of ${repo.owner}/${repo.repo} was not found`);
  return {
    repo: `${repo.owner}/${repo.repo}`,
    title: pr.title,
    body: pr.body ?? '',
    author: gqlActor(pr.author),
    labels: pr.labels.nodes.map((l) => l.name),
    closing: pr.closingIssuesReferences.nodes.map((n) => `${n.repository.nameWithOwner}#${n.number}`),
    commitMessages: pr.commits.nodes.map((c) => c.commit.message),
    ...(pr.commits.totalCount > pr.commits.nodes.length
      ? { commitsUnread: pr.commits.totalCount - pr.commits.nodes.length }
      : {}),
  };
}
