// Plain-data builders for the weekly report's unit tests.
import type { WipFacts } from '../../src/facts/github/wip-facts.ts';
import type { ReportMergedPull } from '../../src/facts/github/wip-facts.ts';
import type { Milestone, WipPull } from '../../src/facts/types.ts';
import { parseWipReportSettings } from '../../src/inputs/wip-report.ts';

export const NOW = Date.parse('2026-11-23T08:00:00Z'); // a Monday morning
export const H = 3_600_000;
export const settings = (raw: Record<string, string> = {}) => parseWipReportSettings((n) => raw[n]);

export const pull = (number: number, o: Partial<WipPull> = {}): WipPull => ({
  repo: 'o/r',
  number,
  title: `Change ${number}`,
  url: `https://github.com/o/r/pull/${number}`,
  author: { login: 'ann', bot: false },
  createdAt: NOW - 30 * H,
  draft: false,
  events: [],
  additions: 10,
  deletions: 2,
  changedFiles: 1,
  labels: [],
  closingIssues: [],
  body: '',
  ...o,
});
export const merged = (
  number: number,
  createdAt: number,
  mergedAt: number,
  o: Partial<ReportMergedPull> = {},
): ReportMergedPull => ({
  repo: 'o/r',
  number,
  title: `M${number}`,
  url: `https://github.com/o/r/pull/${number}`,
  author: 'ann',
  createdAt,
  mergedAt,
  additions: 30,
  deletions: 0,
  labels: [],
  ...o,
});
export const milestone = (
  title: string,
  dueOn: number | undefined,
  items: (number | undefined)[],
  o: Partial<Milestone> = {},
): Milestone => ({
  repo: 'o/r',
  title,
  url: 'https://github.com/o/r/milestone/1',
  ...(dueOn !== undefined ? { dueOn } : {}),
  open: true,
  items,
  total: items.length,
  ...o,
});
export const facts = (o: Partial<WipFacts> = {}): WipFacts => ({
  repos: ['o/r'],
  open: [],
  merged: [],
  milestones: [],
  incomplete: [],
  ...o,
});
