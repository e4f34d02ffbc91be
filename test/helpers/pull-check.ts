// One pull-request action's built bundle run against a fake API that lists `files` for the PR.
import { startFakeGitHub, type ApiFile, type FakeGitHub } from '../fake-github/server.ts';
import { pullRequestPayload, repoOf, type PullPayloadOptions } from '../fixtures/payloads.ts';
import { runDist } from './run-dist.ts';

export interface PullCheckOptions {
  payload?: PullPayloadOptions;
  inputs?: Record<string, string>;
  eventName?: string;
  /** The bundle to run when not the check's own (e.g. 'root'). */
  entry?: string;
  workspace?: string;
  /** Files the contents API serves (e.g. .github/dev-process.yml). */
  contents?: Record<string, string>;
  /** The PR's number (12 unless given). */
  number?: number;
}

/** Runs `entry` on a pull_request event for a PR changing `files`; the fake API is added to `servers` to close. */
export async function runOnPull(servers: FakeGitHub[], entry: string, files: ApiFile[], o: PullCheckOptions = {}) {
  const number = o.number ?? 12;
  const payload = pullRequestPayload({
    number,
    changedFiles: files.length,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: 0,
    labels: [],
    ...o.payload,
  });
  const { owner, repo } = repoOf(payload);
  const gh = await startFakeGitHub({
    owner,
    repo,
    pulls: { [number]: { files, labels: [] } },
    contents: o.contents ?? {},
  });
  servers.push(gh);
  const r = await runDist(o.entry ?? entry, {
    eventName: o.eventName ?? 'pull_request',
    payload,
    apiUrl: gh.url,
    repository: `${owner}/${repo}`,
    inputs: o.inputs ?? {},
    ...(o.workspace ? { workspace: o.workspace } : {}),
  });
  return { ...r, gh };
}
