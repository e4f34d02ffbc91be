import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/effects/report-html.ts';
import { renderMarkdown } from '../../src/effects/markdown.ts';
import { closingReferences } from '../../src/checks/closing-references.ts';
import { duplicateGroups, jaccard, titleWords } from '../../src/report/duplicates.ts';
import { reportSchema } from '../../src/report-file/schema.ts';
import { buildWipReport } from '../../src/report/wip-report.ts';
import { wipSummary } from '../../src/report/wip-summary.ts';
import { tablesAreWellFormed, withoutCodeSpans } from '../helpers/markdown.ts';
import { facts, H, merged, milestone, NOW, pull, settings } from '../helpers/wip-fixtures.ts';

describe('duplicate work', () => {
  it('groups PRs that close the same issue, and near-identical titles', () => {
    const groups = duplicateGroups([
      { key: 'a', title: 'Add retention settings page', closingIssues: ['o/r#12'] },
      { key: 'b', title: 'Retention settings', closingIssues: ['o/r#12'] },
      { key: 'c', title: 'Fix login redirect on Safari', closingIssues: [] },
      { key: 'd', title: 'fix: login redirect on safari', closingIssues: [] },
      { key: 'e', title: 'Fix login on Firefox', closingIssues: [] },
      { key: 'f', title: 'WIP', closingIssues: [] },
      { key: 'g', title: 'WIP', closingIssues: [] },
    ]);
    expect(groups).toEqual([{ issue: 'o/r#12', keys: ['a', 'b'] }, { keys: ['c', 'd'] }]);
  });

  it('title similarity is word-set Jaccard', () => {
    expect(jaccard(titleWords('Add dark mode toggle'), titleWords('add dark-mode toggle!'))).toBe(1);
    expect(
      jaccard(titleWords('alpha beta gamma delta epsilon'), titleWords('alpha beta gamma delta zeta')),
    ).toBeCloseTo(4 / 6);
    expect(jaccard([], [])).toBe(0);
  });

  it('closing references in text, as owner/repo#N', () => {
    expect(
      closingReferences(
        'Fixes #12, closes octo/app#3 and resolved: #7; mentions #9; resolves https://github.com/o/x/issues/5',
        'o/r',
      ),
    ).toEqual(['o/r#12', 'octo/app#3', 'o/r#7', 'o/x#5']);
  });

  it('PRs of two repositories that close their own #42 are not duplicates; two that close the same issue are', () => {
    const r = buildWipReport(
      facts({
        repos: ['o/a', 'o/b'],
        open: [
          pull(1, { repo: 'o/a', title: 'Alpha thing', closingReferences: ['o/a#42'] }),
          pull(1, { repo: 'o/b', title: 'Beta other', closingReferences: ['o/b#42'] }),
          pull(2, { repo: 'o/b', title: 'Gamma work', closingReferences: ['o/a#42'] }),
          pull(3, { repo: 'o/b', title: 'Delta change', closingReferences: ['o/b#7'] }),
          pull(4, { repo: 'o/b', title: 'Epsilon fix', closingReferences: ['o/b#7'] }),
        ],
      }),
      settings(),
      NOW,
    );
    expect(r.duplicates.map((d) => [d.reason, d.pulls.map((p) => `${p.repo}#${p.number}`)])).toEqual([
      ['all close o/a#42', ['o/a#1', 'o/b#2']],
      ['all close o/b#7', ['o/b#3', 'o/b#4']],
    ]);
    expect(r.openPrs.find((p) => p.repo === 'o/b' && p.number === 2)?.linkedIssues).toEqual(['o/a#42']);
  });

  it('"Closes #N" in a commit message links the issue; inside an HTML comment of the body it does not', () => {
    const r = buildWipReport(
      facts({
        open: [
          pull(1, { commitMessages: ['Fix the export\n\nCloses #31'] }),
          pull(2, { body: '<!-- Link the issue: Closes #123 -->\nSmall fix.' }),
        ],
      }),
      settings(),
      NOW,
    );
    expect(r.openPrs.map((p) => p.linkedIssues)).toEqual([['o/r#31'], []]);
  });

  it('a size label is read as GitHub compares labels, in any case', () => {
    const r = buildWipReport(facts({ open: [pull(1, { labels: ['Size/xs'], additions: 900 })] }), settings(), NOW);
    expect(r.openPrs[0]?.size).toBe('XS');
  });
});

describe('weekly report', () => {
  it('headline, WIP per author over the limit, stale flag and size labels', () => {
    const open = [
      pull(1, { labels: ['size/XL'], createdAt: NOW - 20 * 24 * H }),
      pull(2, { draft: true }),
      ...[3, 4, 5, 6].map((n) => pull(n, { author: { login: 'bo', bot: false }, additions: 300 })),
    ];
    const r = buildWipReport(facts({ open }), settings(), NOW);
    expect(r.headline).toMatchObject({
      openPrs: 6,
      openReady: 5,
      wipPerAuthorMax: 4,
      wipPerAuthorMedian: 2.5,
      oldestPrAgeDays: 20,
    });
    expect(r.wipPerAuthor).toEqual([
      { author: 'bo', open: 4, overLimit: true },
      { author: 'ann', open: 1, overLimit: false },
    ]);
    expect(r.openPrs[0]).toMatchObject({ number: 1, size: 'XL', stale: true });
    expect(r.openPrs.find((p) => p.number === 3)).toMatchObject({ size: 'L', stale: false });
  });

  it('merges: window boundaries, previous window, weekday/hour in the time zone, time to merge, one working day', () => {
    const m = [
      merged(1, NOW - 3 * H, NOW - 1 * H), // Mon 07:00 UTC, 1 working h? created Mon 05:00 → 0 working h
      merged(2, NOW - 7 * 24 * H - 5 * H, NOW - 7 * 24 * H + 1 * H), // just inside the 7-day window
      merged(3, NOW - 10 * 24 * H, NOW - 7 * 24 * H - 1 * H), // previous window
      merged(4, NOW - 30 * 24 * H, NOW - 15 * 24 * H), // older: ignored
    ];
    const r = buildWipReport(facts({ merged: m }), settings({ timezone: 'Europe/Berlin' }), NOW);
    expect(r.merged.count).toBe(2);
    expect(r.merged.previousCount).toBe(1);
    expect(r.merged.byWeekday).toEqual([0, 2, 0, 0, 0, 0, 0]);
    expect(r.merged.byHour[8]).toBe(1); // 07:00Z is 08:00 in Berlin
    expect(r.merged.timeToMergeHours).toEqual({ median: 4, p90: 6, max: 6 });
    expect(r.headline.mergedWithinOneWorkingDayPercent).toBe(100);
    expect(r.merged.bySize).toMatchObject({ S: 2 });
  });

  it('sprint goals: Nailed it, Scraped it, Failed it, In progress', () => {
    const due = NOW - 2 * 24 * H;
    const r = buildWipReport(
      facts({
        milestones: [
          milestone('Nailed', due, [due - H, due - 2 * H]),
          milestone('Scraped', due, [due - H, due - H, due - H, due - H, undefined]),
          milestone('Failed', due, [due - H, due + H, undefined]),
          milestone('Next sprint', NOW + 5 * 24 * H, [undefined]),
          milestone('Long ago', NOW - 60 * 24 * H, [undefined], { open: false }),
        ],
      }),
      settings(),
      NOW,
    );
    expect(r.sprintGoals.map((g) => [g.title, g.outcome, g.percent])).toEqual([
      ['Nailed', 'Nailed it', 100],
      ['Scraped', 'Scraped it', 80],
      ['Failed', 'Failed it', 33.3],
      ['Next sprint', 'In progress', 0],
    ]);
  });

  it('trend: each headline figure against last week', () => {
    const last = buildWipReport(facts({ open: [pull(1), pull(2)] }), settings(), NOW - 7 * 24 * H);
    const r = buildWipReport(facts({ open: [pull(1)] }), settings(), NOW, last);
    expect(r.trend?.openPrs).toEqual({ previous: 2, delta: -1 });
    expect(r.trend?.medianTimeToMergeHours).toEqual({ previous: null, delta: null });
  });

  it('the JSON validates against its own schema and round-trips', () => {
    const r = buildWipReport(facts({ open: [pull(1)], incomplete: ['o/r: page 2 failed'] }), settings(), NOW);
    expect(reportSchema.parse(JSON.parse(JSON.stringify(r)))).toEqual(r);
    expect(r.incomplete).toEqual(['o/r: page 2 failed']);
  });

  it('hostile titles and logins are escaped in markdown and HTML; the HTML is well-formed with no script', () => {
    const evil = '</table><script>alert(1)</script> | `x` @org/team <img src=x onerror=alert(2)> \u202e';
    const open = [
      pull(1, { title: evil, author: { login: '<b>x</b>', bot: false } }),
      pull(2, { title: evil, url: 'javascript:alert(3)' }),
    ];
    const r = buildWipReport(facts({ open }), settings(), NOW);
    const md = renderMarkdown(wipSummary(r));
    expect(withoutCodeSpans(md)).not.toContain('<');
    expect(tablesAreWellFormed(md)).toBe(true);
    expect(md).not.toContain('javascript:');
    const html = renderReportHtml(r);
    const errors: string[] = [];
    parse(html, { onParseError: (e) => errors.push(e.code) });
    expect(errors).toEqual([]);
    const found = { elements: new Set<string>(), handlers: [] as string[], jsUrls: [] as string[] };
    const walk = (n: any): void => {
      if (n.tagName) found.elements.add(n.tagName);
      for (const a of n.attrs ?? []) {
        if (/^on/i.test(a.name)) found.handlers.push(a.name);
        if (/^\s*javascript:/i.test(a.value)) found.jsUrls.push(a.value);
      }
      for (const c of n.childNodes ?? []) walk(c);
    };
    walk(parse(html));
    expect(found.elements.has('script')).toBe(false);
    expect(found.elements.has('img')).toBe(false);
    expect(found).toMatchObject({ handlers: [], jsUrls: [] });
    expect(found.elements.has('svg')).toBe(true);
    expect(html).toContain('&lt;/table&gt;&lt;script&gt;');
    expect(html).toContain('<svg');
  });
});

describe('title words', () => {
  it('keep numbers, even single digits: "step 1" and "step 2" are different work', () => {
    expect(titleWords('Migrate step 1 of the billing tables')).toEqual(['migrate', 'step', '1', 'billing', 'tables']);
    expect(
      duplicateGroups([
        { key: 'a', title: 'Migrate step 1 billing', closingIssues: [] },
        { key: 'b', title: 'Migrate step 2 billing', closingIssues: [] },
      ]),
    ).toEqual([]);
  });
});
