/**
 * wip-report's artifact upload, run for real: @actions/artifact is loaded lazily by the built bundle, so
 * only a run that uploads (or says in the library's own words why it could not) shows that it loads.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../fake-github/server.ts';
import { requested, reviewGraphql, user, type FakePullTimeline } from '../fake-github/review-graphql.ts';
import { sha256, startFakeArtifactService, unzip } from '../helpers/fake-artifact-service.ts';
import { runDist } from '../helpers/run-dist.ts';

const closers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((s) => s.close()));
});

const ago = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();
const pulls: FakePullTimeline[] = [1, 2, 3].map((number) => ({
  number,
  title: `Change ${number}`,
  createdAt: ago(24 * number),
  isDraft: false,
  author: user('dev1'),
  timeline: [requested(ago(20), 'dev2')],
}));

async function run(env: Record<string, string>) {
  const fake = reviewGraphql('octo-org', 'app', pulls);
  const gh = await startFakeGitHub({ owner: 'octo-org', repo: 'app', graphql: fake });
  closers.push(gh);
  const out = mkdtempSync(join(tmpdir(), 'wip-upload-'));
  const r = await runDist('wip-report', {
    eventName: 'schedule',
    payload: { schedule: '0 8 * * 1' },
    apiUrl: gh.url,
    repository: 'octo-org/app',
    inputs: { 'output-dir': out, upload: 'true', 'artifact-name': 'weekly' },
    env,
  });
  return { ...r, out };
}

describe('wip-report uploads its three files as one artifact (dist/wip-report/index.js)', () => {
  it('with the artifact service: one artifact "weekly", a zip of report.md, report.json and report.html, no warning', async () => {
    const artifacts = await startFakeArtifactService();
    closers.push(artifacts);
    const r = await run(artifacts.env);
    expect(r.code).toBe(0);
    expect(r.annotations.filter((a) => a.command !== 'notice')).toEqual([]);
    expect(artifacts.artifacts.map((a) => a.name)).toEqual(['weekly']);
    const [zip] = artifacts.artifacts;
    expect(zip!.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004'); // a zip's local file header
    const files = unzip(zip!.bytes);
    expect([...files.keys()].sort()).toEqual(['report.html', 'report.json', 'report.md']);
    for (const [name, content] of files) expect(content.equals(readFileSync(join(r.out, name)))).toBe(true);
    expect(zip!.hash).toBe(sha256(zip!.bytes)); // the digest of what blob storage received
    expect(zip!.size).toBe(String(zip!.bytes.length));
  });

  it('without the artifact service: files stay, one warning with the library\u2019s reason, exit 0', async () => {
    const r = await run({});
    expect(r.code).toBe(0);
    expect(existsSync(join(r.out, 'report.html'))).toBe(true);
    // "Unable to get the ACTIONS_RUNTIME_TOKEN env variable" is @actions/artifact's own sentence: it is
    // only there when the library loaded and tried (a broken import would name a missing module).
    expect(r.annotations.filter((a) => a.command === 'warning').map((a) => a.message)).toEqual([
      `The report was written to ${r.out} but could not be uploaded as artifact "weekly" (Unable to get the ACTIONS_RUNTIME_TOKEN env variable). Set upload: false to skip the upload, or upload the folder with actions/upload-artifact.`,
    ]);
  });
});
