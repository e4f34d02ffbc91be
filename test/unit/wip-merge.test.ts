import { describe, expect, it } from 'vitest';
import type { WipFacts } from '../../src/facts/github/wip-facts.ts';
import { mergeReports, MergeError } from '../../src/report/merge.ts';
import { reportSchema } from '../../src/report-file/schema.ts';
import { buildWipReport } from '../../src/report/wip-report.ts';
import { facts, H, merged, milestone, NOW, pull, settings } from '../helpers/wip-fixtures.ts';

const D = 24 * H;
const who = (login: string) => ({ login, bot: false });

const repoA = facts({
  repos: ['o/a'],
  open: [
    pull(1, {
      repo: 'o/a',
      title: 'Add audit log export',
      author: who('ann'),
      createdAt: NOW - 9 * D,
      closingReferences: ['o/a#5'],
    }),
    pull(2, {
      repo: 'o/a',
      title: 'Audit log: export to CSV',
      author: who('bo'),
      createdAt: NOW - 2 * D,
      closingReferences: ['o/a#5'],
    }),
    pull(3, { repo: 'o/a', title: 'Dark mode toggle', author: who('ann'), draft: true }),
    pull(4, {
      repo: 'o/a',
      title: 'Speed up search',
      author: who('ann'),
      events: [{ kind: 'requested', at: NOW - 40 * H, reviewer: { kind: 'user', name: 'cy' } }],
    }),
  ],
  merged: [
    merged(10, NOW - 3 * D, NOW - 2 * D, { repo: 'o/a' }),
    merged(11, NOW - 10 * D, NOW - 9 * D, { repo: 'o/a' }),
  ],
  milestones: [milestone('Sprint 7', NOW - 2 * D, [NOW - 3 * D, NOW - 5 * D], { repo: 'o/a', open: false })],
});
const repoB = facts({
  repos: ['o/b'],
  open: [
    pull(1, { repo: 'o/b', title: 'Dark-mode toggle', author: who('ann'), createdAt: NOW - 4 * D }),
    pull(7, { repo: 'o/b', title: 'Retry flaky uploads', author: who('cy'), closingReferences: ['o/b#5'] }),
  ],
  merged: [
    merged(20, NOW - 30 * H, NOW - 26 * H, { repo: 'o/b', additions: 700 }),
    merged(21, NOW - 5 * D, NOW - 4 * D, { repo: 'o/b' }),
  ],
  milestones: [milestone('Sprint 7', NOW - 1 * D, [NOW - 3 * D, undefined], { repo: 'o/b', open: false })],
  incomplete: ['o/b: milestones could not be read (HTTP 502).'],
});
const both: WipFacts = {
  repos: ['o/a', 'o/b'],
  open: [...repoA.open, ...repoB.open],
  merged: [...repoA.merged, ...repoB.merged],
  milestones: [...repoA.milestones, ...repoB.milestones],
  incomplete: [...repoA.incomplete, ...repoB.incomplete],
};

describe('merge-reports (the matrix pattern: one job per repository, one merged report)', () => {
  it('merging the per-repository reports gives the report over both repositories', () => {
    const s = settings({ 'wip-limit': '1' });
    const a = buildWipReport(repoA, s, NOW);
    const b = buildWipReport(repoB, s, NOW + 90_000); // jobs of a matrix finish a little apart
    const whole = buildWipReport(both, s, NOW + 90_000);
    const m = mergeReports([a, b]);
    // Ages and waits are as each job measured them, so compare against the whole report built at each job's time.
    expect({ ...m, openPrs: [] }).toEqual({ ...whole, openPrs: [] });
    expect(m.openPrs.map((p) => `${p.repo}#${p.number}`)).toEqual(whole.openPrs.map((p) => `${p.repo}#${p.number}`));
    expect(m.headline).toMatchObject({ openPrs: 6, openReady: 5, mergedInWindow: 3, wipPerAuthorMax: 3 });
    expect(m.wipPerAuthor.find((w) => w.author === 'ann')).toEqual({ author: 'ann', open: 3, overLimit: true });
    expect(m.duplicates.map((d) => d.reason)).toEqual(['all close o/a#5', 'near-identical titles']);
    expect(m.sprintGoals.map((g) => [g.repo, g.outcome])).toEqual([
      ['o/a', 'Nailed it'],
      ['o/b', 'Failed it'],
    ]);
    expect(m.incomplete).toEqual(['o/b: milestones could not be read (HTTP 502).']);
    expect(reportSchema.parse(JSON.parse(JSON.stringify(m)))).toEqual(m);
  });

  it('one report merges to itself', () => {
    const a = buildWipReport(repoA, settings(), NOW);
    expect(mergeReports([a])).toEqual(a);
  });

  it('refuses reports made with different settings, naming the setting and both values', () => {
    const a = buildWipReport(repoA, settings(), NOW);
    const b = buildWipReport(repoB, settings({ 'wip-limit': '5' }), NOW);
    expect(() => mergeReports([a, b])).toThrow(MergeError);
    expect(() => mergeReports([a, b])).toThrow(
      'report 2 was made with wipLimit 5, report 1 with 3: make every report with the same settings.',
    );
    expect(() => mergeReports([a, buildWipReport(repoA, settings(), NOW)])).toThrow(
      'o/a is in report 1 and report 2: each repository must be in one report only.',
    );
    expect(() => mergeReports([])).toThrow('no reports to merge');
  });
});
