import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/effects/markdown.ts';
import type { WipFacts } from '../../src/facts/github/wip-facts.ts';
import { parseWipReportSettings } from '../../src/inputs/wip-report.ts';
import { buildWipReport } from '../../src/report/wip-report.ts';
import { wipSummary } from '../../src/report/wip-summary.ts';
import { twelveWeekReport } from '../helpers/wip-fixtures.ts';

const GOLDEN = join(import.meta.dirname, '../fixtures/golden/wip-report.md');
const NOW = Date.parse('2026-11-23T08:00:00Z');
const H = 3_600_000;
const at = (hoursAgo: number): number => NOW - hoursAgo * H;
const who = (login: string) => ({ login, bot: false });

const facts: WipFacts = {
  repos: ['octo-org/app'],
  open: [
    {
      repo: 'octo-org/app',
      number: 101,
      title: 'Collaboration: shared cursors',
      url: 'https://github.com/octo-org/app/pull/101',
      author: who('ann'),
      createdAt: at(200),
      draft: false,
      events: [{ kind: 'requested', at: at(190), reviewer: { kind: 'user', name: 'bo' } }],
      additions: 420,
      deletions: 30,
      changedFiles: 9,
      labels: ['size/L'],
      closingReferences: ['octo-org/app#7'],
      commitMessages: [],
      body: '',
    },
    {
      repo: 'octo-org/app',
      number: 102,
      title: 'Shared cursors for collaboration',
      url: 'https://github.com/octo-org/app/pull/102',
      author: who('cy'),
      createdAt: at(50),
      draft: false,
      events: [{ kind: 'review', at: at(20), author: who('bo'), state: 'CHANGES_REQUESTED' }],
      additions: 80,
      deletions: 5,
      changedFiles: 3,
      labels: [],
      closingReferences: ['octo-org/app#7'],
      commitMessages: [],
      body: '',
    },
    {
      repo: 'octo-org/app',
      number: 103,
      title: 'Fix | pipe and <b>tags</b> in titles',
      url: 'https://github.com/octo-org/app/pull/103',
      author: who('ann'),
      createdAt: at(5),
      draft: true,
      events: [],
      additions: 3,
      deletions: 1,
      changedFiles: 1,
      labels: [],
      closingReferences: ['acme/web#3'],
      commitMessages: [],
      body: '',
    },
  ],
  merged: [
    {
      repo: 'octo-org/app',
      number: 90,
      title: 'Ingest events in any order',
      url: 'https://github.com/octo-org/app/pull/90',
      author: 'bo',
      createdAt: at(80),
      mergedAt: at(72),
      additions: 40,
      deletions: 2,
      labels: [],
      inMilestone: true,
      wasDraft: true,
      reviewComments: [
        {
          body: 'nit: trailing whitespace | here <b>',
          url: 'https://github.com/octo-org/app/pull/90#discussion_r1',
          author: 'ann',
          createdAt: at(75),
        },
        {
          body: 'This drops events that arrive twice.',
          url: 'https://github.com/octo-org/app/pull/90#discussion_r2',
          author: 'ann',
          createdAt: at(74),
        },
      ],
      threadsNotRead: 0,
    },
    {
      repo: 'octo-org/app',
      number: 91,
      title: 'Friday merge',
      url: 'https://github.com/octo-org/app/pull/91',
      author: 'cy',
      createdAt: at(70),
      mergedAt: at(65),
      additions: 600,
      deletions: 100,
      labels: [],
    },
  ],
  milestones: [
    {
      repo: 'octo-org/app',
      title: 'Sprint 41',
      url: 'https://github.com/octo-org/app/milestone/3',
      dueOn: at(30),
      open: false,
      items: [at(40), at(35), at(31), at(20), undefined],
      total: 5,
    },
  ],
  incomplete: [],
};

describe('report.md golden file', () => {
  it('renders exactly as reviewed', () => {
    const md = renderMarkdown(
      wipSummary(
        buildWipReport(
          facts,
          parseWipReportSettings(() => undefined),
          NOW,
        ),
      ),
    );
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, md);
    expect(md).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});

describe('report.md golden file over twelve weekly runs', () => {
  it('shows each figure as a sparkline over the twelve weeks', () => {
    const path = join(import.meta.dirname, '../fixtures/golden/wip-report-12-weeks.md');
    const md = renderMarkdown(wipSummary(twelveWeekReport()));
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, md);
    expect(md).toBe(readFileSync(path, 'utf8'));
    expect(md).toContain('| Figure | This week | Last week | Change | 12 weeks |');
  });
});
