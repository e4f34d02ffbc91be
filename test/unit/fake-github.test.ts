import { afterEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../src/facts/github/octokit.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/server.ts';

const servers: FakeGitHub[] = [];
afterEach(async () => Promise.all(servers.splice(0).map((s) => s.close())));

async function fake() {
  const gh = await startFakeGitHub({
    owner: 'o',
    repo: 'r',
    graphql: (_q, vars) => ({ repository: { pullRequest: { number: vars.n, title: 'hello' } } }),
  });
  servers.push(gh);
  return { gh, octokit: createOctokit({ token: 't', baseUrl: gh.url, retryBaseMs: 1 }) };
}

describe('the fake GitHub API validates GraphQL against GitHub\u2019s published schema', () => {
  it('serves a valid query from the scenario', async () => {
    const { octokit, gh } = await fake();
    const data = await octokit.graphql<{ repository: { pullRequest: { title: string } } }>(
      'query($n: Int!) { repository(owner: "o", name: "r") { pullRequest(number: $n) { number title } } }',
      { n: 3 },
    );
    expect(data.repository.pullRequest).toEqual({ number: 3, title: 'hello' });
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /graphql']);
  });

  it('rejects a query with a field GitHub does not have, as GitHub would', async () => {
    const { octokit } = await fake();
    await expect(
      octokit.graphql('{ repository(owner: "o", name: "r") { pullRequest(number: 1) { titel } } }'),
    ).rejects.toThrow(/Cannot query field "titel" on type "PullRequest"/);
  });

  it('answers unknown REST routes with 404 and logs them', async () => {
    const { octokit, gh } = await fake();
    await expect(octokit.request('GET /repos/o/r/nope')).rejects.toMatchObject({ status: 404 });
    expect(gh.requests[0]).toMatchObject({ method: 'GET', path: '/repos/o/r/nope', status: 404 });
  });
});
