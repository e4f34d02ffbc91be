// Plain-data builders for the weekly report's unit tests.
import type { WipFacts } from '../../src/facts/github/wip-facts.ts';
import type { ReportMergedPull } from '../../src/facts/github/wip-facts.ts';
import type { Milestone, WipPull } from '../../src/facts/types.ts';
import { parseWipReportSettings } from '../../src/inputs/wip-report.ts';
import type { WipReport } from '../../src/report-file/schema.ts';
import { buildWipReport } from '../../src/report/wip-report.ts';

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
  closingReferences: [],
  commitMessages: [],
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

/** A report a team lead would open: twelve weekly runs of a busy repository, each reading the one before. */
export function twelveWeekReport(weeks = 12, repo = 'octo-org/app'): WipReport {
  const D = 24 * H;
  const url = (n: number) => `https://github.com/${repo}/pull/${n}`;
  const who = (i: number) => ({
    login: ['ann', 'bo', 'cy', 'dee', 'a-very-long-login-name-indeed'][i % 5]!,
    bot: false,
  });
  let previous: WipReport | undefined;
  for (let w = 0; w < weeks; w++) {
    const now = NOW - (weeks - 1 - w) * 7 * D;
    const open = Array.from({ length: 8 + ((w * 5) % 11) }, (_, i) =>
      pull(i + 1, {
        repo,
        url: url(i + 1),
        title:
          i === 0
            ? 'Collaboration: shared cursors, presence avatars and a much longer title that wraps on a phone'
            : `Change ${i + 1} <b>escaped</b> & "quoted"`,
        author: who(i),
        createdAt: now - (2 + i * 19) * H,
        draft: i % 6 === 5,
        labels: i % 4 === 0 ? ['size/L'] : [],
        closingReferences: i < 2 ? [`${repo}#7`] : [],
        events: i % 3 ? [{ kind: 'requested', at: now - H * (1 + i), reviewer: { kind: 'user', name: 'bo' } }] : [],
      }),
    );
    const mergedPrs = Array.from({ length: 3 + (w % 5) * 3 }, (_, i) =>
      merged(1000 + w * 20 + i, now - (30 + i * 7) * H, now - (1 + i * 9) * H, {
        repo,
        url: url(1000 + w * 20 + i),
        author: who(i).login,
        inMilestone: i % 3 !== 2,
        wasDraft: i % 2 === 0,
        additions: 40 * i,
        reviewComments:
          i === 1
            ? [
                {
                  body: 'nit: missing semicolon here',
                  url: `${url(1000 + w * 20 + i)}#discussion_r${w}`,
                  author: 'bo',
                  createdAt: now - 20 * H,
                },
              ]
            : [],
      }),
    );
    const milestones = [
      milestone('Sprint 41: collaboration MVP', now - 2 * D, [now - 3 * D, now - 4 * D, undefined], {
        repo,
        open: false,
      }),
      milestone('Sprint 42', now + 5 * D, [now - D, undefined], { repo }),
    ];
    const f = facts({ repos: [repo], open, merged: mergedPrs, milestones });
    previous = buildWipReport(f, settings({ timezone: 'Europe/Berlin' }), now, previous);
  }
  return previous!;
}
