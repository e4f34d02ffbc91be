/**
 * pr-size's label writes against GitHub's label rules (issue #12 items 1, 2, 7; issue #14 §2): names
 * compared case-insensitively, the 50-character limit checked when inputs are read, a failed write a
 * warning, and the fewest writes (add when the label exists, create only when it doesn't).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LabelLook } from '../fake-github/labels.ts';
import { apiFile, startFakeGitHub, type Fault, type FakeGitHub } from '../fake-github/server.ts';
import { pullRequestPayload, repoOf } from '../fixtures/payloads.ts';
import { runDist } from '../helpers/run-dist.ts';

const servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function run(
  o: {
    lines?: number;
    labels?: string[];
    repoLabels?: string[];
    labelLooks?: Record<string, LabelLook>;
    faults?: Fault[];
  },
  inputs: Record<string, string> = {},
) {
  const files = [apiFile('src/a.ts', o.lines ?? 5)];
  const payload = pullRequestPayload({
    number: 7,
    additions: o.lines ?? 5,
    deletions: 0,
    changedFiles: 1,
    labels: o.labels ?? [],
  });
  const { owner, repo } = repoOf(payload);
  const gh = await startFakeGitHub({
    owner,
    repo,
    pulls: { 7: { files, labels: [...(o.labels ?? [])] } },
    repoLabels: o.repoLabels ?? [],
    labelLooks: o.labelLooks ?? {},
    faults: o.faults ?? [],
  });
  servers.push(gh);
  const r = await runDist('pr-size', {
    eventName: 'pull_request',
    payload,
    apiUrl: gh.url,
    repository: `${owner}/${repo}`,
    inputs,
    env: { DEV_PROCESS_RETRY_BASE_MS: '20' },
  });
  const writes = gh.requests
    .filter((q) => q.method !== 'GET')
    .map((q) => `${q.method} ${q.path.split('/').slice(4).join('/')}`);
  return { ...r, gh, writes };
}

describe('pr-size labels follow GitHub: case-insensitive names', () => {
  it('a PR carrying Size/L that becomes XS ends with one size label, the repository\u2019s own spelling', async () => {
    const r = await run({ labels: ['bug', 'Size/L'], repoLabels: ['bug', 'Size/L', 'Size/XS'] });
    expect(r.code).toBe(0);
    expect(r.outputs.size).toBe('XS');
    expect(r.gh.pulls[7]!.labels).toEqual(['bug', 'Size/XS']);
    expect(r.writes).toHaveLength(2); // the fewest: add the existing label, remove the old one
    expect(r.writes).toContain('POST issues/7/labels');
    expect(r.writes).toContain('DELETE issues/7/labels/Size%2FL');
    expect(r.writes).not.toContain('POST labels'); // the repository has Size/XS: nothing created
    expect(r.gh.count((q) => q.method === 'GET' && q.path.includes('/labels'))).toBe(0); // no look-up first
  });

  it('no request at all when the PR already has its size label, in any case', async () => {
    const r = await run({ labels: ['SIZE/xs'], repoLabels: ['SIZE/xs'] });
    expect(r.outputs.size).toBe('XS');
    expect(r.writes).toEqual([]);
    expect(r.gh.pulls[7]!.labels).toEqual(['SIZE/xs']);
  });

  it('a label the repository lacks is created by adding it (as GitHub does), then given its colour', async () => {
    const r = await run({ labels: ['size/M'], repoLabels: ['size/M'] });
    expect(r.writes).toEqual(['POST issues/7/labels', 'PATCH labels/size%2FXS', 'DELETE issues/7/labels/size%2FM']);
    expect(r.gh.pulls[7]!.labels).toEqual(['size/XS']);
    expect(r.gh.labelLook('size/XS')).toEqual({
      color: expect.not.stringMatching(/^ededed$/),
      description: expect.stringMatching(/\S/),
    });
  });

  it('a label the repository already has keeps its look: its own colour, or grey with a description', async () => {
    for (const look of [
      { color: '123456', description: null },
      { color: 'ededed', description: 'tiny' },
    ]) {
      const r = await run({ repoLabels: ['size/XS'], labelLooks: { 'size/XS': look } });
      expect(r.writes).toEqual(['POST issues/7/labels']);
      expect(r.gh.labelLook('size/XS')).toEqual(look);
    }
  });
});

describe('pr-size at GitHub\u2019s limits and with defaults', () => {
  it('a size label longer than 50 characters is refused when inputs are read, one line', async () => {
    const r = await run({}, { sizes: 'XS=0,needs-splitting-before-anyone-can-review-it-in-a-day=10' });
    expect(r.code).toBe(1);
    const errors = r.annotations.filter((a) => a.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^Input 'sizes' is .*size\/needs-splitting.*50 characters/);
    expect(r.writes).toEqual([]);
  });

  it('a label write that still fails (422) is a warning: size, outputs and conclusion unaffected', async () => {
    const faults: Fault[] = [{ method: 'POST', path: /\/issues\/7\/labels$/, status: 422, times: Infinity }];
    const r = await run({ lines: 300, faults }, { 'fail-at': 'XL' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ size: 'L', label: 'size/L', 'changed-lines': '300' });
    const warnings = r.annotations.filter((a) => a.command === 'warning');
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^Could not update the size label.*422/)]);
    expect(r.annotations.filter((a) => a.command === 'error')).toEqual([]);
  });

  it('sizes without XL and warn-at left at its default: the second-largest size warns, nothing fails', async () => {
    const r = await run({ lines: 60 }, { sizes: 'small=0,medium=50,large=400' });
    expect(r.code).toBe(0);
    expect(r.outputs.size).toBe('medium');
    expect(r.annotations.filter((a) => a.command === 'error')).toEqual([]);
    expect(r.annotations.filter((a) => a.command === 'warning')).toHaveLength(1);
    const big = await run({ lines: 5 }, { sizes: 'small=0,medium=50,large=400' });
    expect(big.annotations).toEqual([]);
  });
});
