import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/effects/markdown.ts';
import { mergeReports } from '../../src/report/merge.ts';
import { reportSchema, type WipReport } from '../../src/report-file/schema.ts';
import { parseAnyReport } from '../../src/report-file/upgrade.ts';
import { sparkline } from '../../src/report/format.ts';
import { buildWipReport } from '../../src/report/wip-report.ts';
import { reportBlocks } from '../../src/report/wip-summary.ts';
import { toPlainBlocks } from '../../src/report/plain-blocks.ts';
import { facts, H, merged, NOW, pull, settings } from '../helpers/wip-fixtures.ts';

const D = 24 * H;
const WEEK = 7 * D;

/** Twelve Monday runs, each reading the one before as previous-report; week i has i + 1 open PRs. */
function twelveWeeks(repo = 'o/r', weeks = 12): WipReport {
  let previous: WipReport | undefined;
  for (let i = 0; i < weeks; i++) {
    const now = NOW - (weeks - 1 - i) * WEEK;
    const open = Array.from({ length: i + 1 }, (_, n) => pull(n + 1, { repo, createdAt: now - 30 * H }));
    const m = Array.from({ length: i % 4 }, (_, n) =>
      merged(100 + n, now - 2 * D, now - D, { repo, wasDraft: n === 0, inMilestone: n < 2 }),
    );
    previous = buildWipReport(facts({ repos: [repo], open, merged: m }), settings(), now, previous);
  }
  return previous!;
}

describe('history: up to 12 weeks in report.json', () => {
  it('twelve weekly runs carry twelve weeks, oldest first; a thirteenth drops the oldest', () => {
    const r = twelveWeeks();
    expect(r.history.map((h) => h.openPrs)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(r.history.at(-1)?.end).toBe(r.window.end);
    const thirteen = twelveWeeks('o/r', 13);
    expect(thirteen.history).toHaveLength(12);
    expect(thirteen.history[0]?.openPrs).toBe(2);
    expect(reportSchema.parse(JSON.parse(JSON.stringify(r)))).toEqual(r);
  });

  it('the markdown draws each figure as a sparkline over the weeks', () => {
    const md = renderMarkdown(toPlainBlocks(reportBlocks(twelveWeeks())));
    expect(md).toContain('▁');
    expect(md).toMatch(/Open PRs \| 12 \| 11 \|[^\n]*▁[▁▂▃▄▅▆▇█]{10}█/);
  });

  it('sparkline scales between the smallest and largest value; missing weeks are a space', () => {
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([3, 3, 3])).toBe('▄▄▄');
    expect(sparkline([1, null, 8])).toBe('▁ █');
    expect(sparkline([])).toBe('');
  });

  it('a previous report of other repositories is ignored, with a notice saying why', () => {
    const other = buildWipReport(facts({ repos: ['o/x'], open: [pull(1, { repo: 'o/x' })] }), settings(), NOW - WEEK);
    const r = buildWipReport(facts({ open: [pull(1)] }), settings(), NOW, other);
    expect(r.trend).toBeNull();
    expect(r.history).toHaveLength(1);
    expect(r.notices).toEqual([
      'Last week\u2019s report (previous-report) is for o/x, this one for o/r: it was not compared and its history was not carried over.',
    ]);
  });

  it('a previous report made with other settings is ignored, with a notice naming the setting', () => {
    const last = buildWipReport(facts({ open: [pull(1)] }), settings({ 'wip-limit': '5' }), NOW - WEEK);
    const r = buildWipReport(facts({ open: [pull(1)] }), settings(), NOW, last);
    expect(r.trend).toBeNull();
    expect(r.notices[0]).toMatch(/was made with wipLimit 5, this one with wipLimit 3: it was not compared/);
  });

  it('a previous report that is not older than this one is ignored', () => {
    const later = buildWipReport(facts({ open: [pull(1)] }), settings(), NOW + WEEK);
    const r = buildWipReport(facts({ open: [pull(1)] }), settings(), NOW, later);
    expect(r.trend).toBeNull();
    expect(r.notices[0]).toMatch(/ends .* not before this one/);
  });

  it('a schemaVersion 1 report is still read: its headline becomes one week of history', () => {
    const v2 = buildWipReport(facts({ open: [pull(1), pull(2)] }), settings(), NOW - WEEK);
    const { notices: _n, syntaxNits: _s, history: _h, ...rest } = v2;
    const v1 = {
      ...rest,
      schemaVersion: 1,
      headline: Object.fromEntries(
        Object.entries(v2.headline).filter(
          ([k]) => !['mergedServingSprintGoalPercent', 'mergedStartedAsDraftPercent', 'syntaxNitComments'].includes(k),
        ),
      ),
    };
    const parsed = parseAnyReport(JSON.parse(JSON.stringify(v1)));
    if (!('report' in parsed)) throw new Error(parsed.issue.message);
    expect(parsed.report.history.map((h) => [h.openPrs, h.mergedStartedAsDraft])).toEqual([[2, null]]);
    const r = buildWipReport(facts({ open: [pull(1)] }), settings(), NOW, parsed.report);
    expect(r.trend?.openPrs).toEqual({ previous: 2, delta: -1 });
    expect(r.history.map((h) => h.openPrs)).toEqual([2, 1]);
  });

  it('merging two repositories\u2019 twelve-week reports keeps the weeks, summed', () => {
    const m = mergeReports([twelveWeeks('o/a'), twelveWeeks('o/b')]);
    expect(m.history).toHaveLength(12);
    expect(m.history.map((h) => h.openPrs)).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24]);
    expect(m.history[0]?.repositories).toEqual(['o/a', 'o/b']);
    expect(m.history.at(-1)?.mergedStartedAsDraft).toBe(2);
  });
});

describe('handbook figures: §1 sprint-goal work, §2 drafts, §5 syntax nits', () => {
  const comment = (body: string, at: number, n: number) => ({
    body,
    url: `https://github.com/o/r/pull/1#discussion_r${n}`,
    author: 'rev',
    createdAt: at,
  });
  const r = buildWipReport(
    facts({
      merged: [
        merged(1, NOW - 3 * D, NOW - 2 * D, {
          inMilestone: true,
          wasDraft: true,
          reviewComments: [
            comment('nit: missing semicolon', NOW - 2.5 * D, 1),
            comment('This loop never ends when the list is empty.', NOW - 2.5 * D, 2),
            comment('Please run prettier on this file', NOW - 20 * D, 3), // before the window
          ],
          threadsNotRead: 4,
        }),
        merged(2, NOW - 3 * D, NOW - 2 * D),
        merged(3, NOW - 3 * D, NOW - 2 * D, { inMilestone: true }),
      ],
    }),
    settings(),
    NOW,
  );

  it('shares of merged PRs serving a sprint goal and started as drafts', () => {
    expect(r.headline.mergedServingSprintGoalPercent).toBe(66.7);
    expect(r.headline.mergedStartedAsDraftPercent).toBe(33.3);
    expect(r.merged.prs.map((p) => [p.servesSprintGoal, p.startedAsDraft])).toEqual([
      [true, true],
      [false, false],
      [true, false],
    ]);
  });

  it('syntax-nit review comments in the window, with links; threads not read are counted', () => {
    expect(r.headline.syntaxNitComments).toBe(1);
    expect(r.syntaxNits.comments).toEqual([
      {
        repo: 'o/r',
        pull: 1,
        url: 'https://github.com/o/r/pull/1#discussion_r1',
        author: 'rev',
        createdAt: new Date(NOW - 2.5 * D).toISOString().replace('.000', ''),
        excerpt: 'nit: missing semicolon',
      },
    ]);
    expect(r.syntaxNits.threadsNotRead).toBe(4);
    const md = renderMarkdown(toPlainBlocks(reportBlocks(r)));
    expect(md).toContain('(https://github.com/o/r/pull/1#discussion_r1)');
    expect(md).toMatch(/4 review threads .* not read/);
  });

  it('merge-reports keeps the new figures', () => {
    const m = mergeReports([r]);
    expect(m.headline).toMatchObject({ mergedServingSprintGoalPercent: 66.7, syntaxNitComments: 1 });
    expect(m.syntaxNits).toEqual(r.syntaxNits);
  });
});

describe('one renderer', () => {
  it('a hostile review comment is escaped in the HTML and the markdown, and each notice is an annotation', async () => {
    const { renderReportHtml } = await import('../../src/effects/report-html.ts');
    const { wipReportVerdict } = await import('../../src/report/wip-verdict.ts');
    const evil = 'nit: missing semicolon </li><script>alert(1)</script>';
    const other = buildWipReport(facts({ repos: ['o/x'] }), settings(), NOW - WEEK);
    const r = buildWipReport(
      facts({
        merged: [
          merged(1, NOW - 3 * D, NOW - 2 * D, {
            reviewComments: [{ body: evil, url: 'javascript:alert(2)', author: '<b>', createdAt: NOW - 2.5 * D }],
          }),
        ],
      }),
      settings(),
      NOW,
      other,
    );
    const html = renderReportHtml(r);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;/li&gt;&lt;script&gt;');
    expect(renderMarkdown(toPlainBlocks(reportBlocks(r)))).not.toContain('javascript:');
    const v = wipReportVerdict(r, { markdown: 'a', json: 'b', html: 'c' });
    expect(v.annotations).toEqual([{ level: 'notice', title: 'wip-report', message: r.notices[0] }]);
    // the same sentence in every rendering: written once, in the blocks
    expect(html).toContain('No comparison with last week: no usable report of last week was given.');
    expect(renderMarkdown(v.summary)).toContain(
      'No comparison with last week: no usable report of last week was given\\.',
    );
  });
});
