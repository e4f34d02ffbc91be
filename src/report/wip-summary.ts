/**
 * The weekly report as blocks: every heading and sentence is written here once; markdown, terminal
 * and HTML all render these blocks (src/effects). Plain text; the effects escape it. Pure.
 */
import { HANDBOOK } from '../handbook.ts';
import type { Block, Inline } from '../verdict.ts';
import { ageChart, hourChart, sizeChart, trendCharts, weekdayChart, wipChart } from './report-charts.ts';
import { count, dateTime, percent } from './format.ts';
import { headlineCards } from './headline-cards.ts';
import { openPrTable, prLink, sprintGoalTable } from './report-tables.ts';
import type { ReportBlock } from './report-blocks.ts';
import { toPlainBlocks } from './plain-blocks.ts';
import type { WipReport } from '../report-file/schema.ts';

const h3 = (text: string): Block => ({ kind: 'heading', level: 3, text });
const para = (text: string): Block => ({ kind: 'paragraph', text });

function intro(r: WipReport): ReportBlock[] {
  const tz = r.settings.timezone;
  return [
    { kind: 'heading', level: 2, text: `Weekly WIP report: ${r.repositories.join(', ')}` },
    para(
      `${dateTime(r.window.start, tz)} to ${dateTime(r.window.end, tz)} (${r.window.days} days), generated ${dateTime(r.generatedAt, tz)}. Times are ${tz}.`,
    ),
    ...r.incomplete.map((reason): Block => ({ kind: 'paragraph', text: [{ strong: 'Incomplete:' }, ` ${reason}`] })),
    ...r.notices.map((n): Block => ({ kind: 'paragraph', text: [{ strong: 'Notice:' }, ` ${n}`] })),
    {
      kind: 'quote',
      text: `Handbook §2: "Efficient engineering organizations actively reduce Work In Progress (WIP)." ${HANDBOOK.reviews.quote}`,
    },
  ];
}

function headline(r: WipReport): ReportBlock[] {
  const weeks = r.history.length;
  const fewer = r.history.filter((h) => h.repositories.length < r.repositories.length);
  return [
    h3('Headline'),
    ...(r.trend ? [] : [para('No comparison with last week: no usable report of last week was given.')]),
    {
      kind: 'cards',
      cards: headlineCards(r),
      legend:
        '▲ rose and ▼ fell since last week. Blue means better and orange worse for that figure (fewer open PRs is better, more merges is better).',
    },
    ...(weeks > 1
      ? [
          {
            kind: 'charts',
            section: `Trends over ${weeks} weeks`,
            legend:
              'Each blue line is one figure, week by week, ending this week; a gap is a week that did not record it.',
            charts: trendCharts(r).map((chart) => ({ chart })),
          } as ReportBlock,
          ...(fewer.length
            ? [para(`${fewer.length} of these weeks cover fewer repositories than this one; their figures are lower.`)]
            : []),
        ]
      : []),
  ];
}

function openWork(r: WipReport): ReportBlock[] {
  const repos = r.repositories.length;
  return [
    h3(`Open pull requests (${count(r.openPrs.length)}), oldest first`),
    { kind: 'chart', chart: ageChart(r) },
    openPrTable(r),
    h3('WIP per author (open, ready PRs)'),
    { kind: 'chart', chart: wipChart(r) },
    {
      kind: 'table',
      header: ['Author', 'Open', 'Over the WIP limit'],
      align: ['left', 'right', 'left'],
      rows: r.wipPerAuthor.map((a) => [{ code: a.author }, count(a.open), a.overLimit ? 'yes' : '']),
    },
    h3('Duplicate work'),
    r.duplicates.length
      ? {
          kind: 'list',
          items: r.duplicates.map((d): Inline[] => [
            `${d.reason}: `,
            ...d.pulls.flatMap((p, i): Inline[] => [i ? ', ' : '', prLink(p, repos), ' by ', { code: p.author }]),
          ]),
        }
      : para('No open PRs close the same issue or have near-identical titles.'),
  ];
}

function mergedWork(r: WipReport): ReportBlock[] {
  const m = r.merged;
  const t = m.timeToMergeHours;
  const hours = (v: number | null): string => (v === null ? '–' : `${count(v)} h`);
  return [
    h3(`Merged: ${count(m.count)} (previous window: ${count(m.previousCount)})`),
    para(
      `Time to merge: median ${hours(t.median)}, 90th percentile ${hours(t.p90)}, max ${hours(t.max)}. Handbook §6: "Merge anytime. Friday afternoon? Merge."`,
    ),
    { kind: 'charts', charts: [sizeChart(r), weekdayChart(r), hourChart(r)] },
  ];
}

function handbookShares(r: WipReport): ReportBlock[] {
  const n = r.merged.count;
  const goal = r.merged.prs.filter((p) => p.servesSprintGoal).length;
  const drafts = r.merged.prs.filter((p) => p.startedAsDraft).length;
  const goals = r.sprintGoals;
  const outcomes = (o: string): number => goals.filter((g) => g.outcome === o).length;
  return [
    h3('Sprint goals (milestones)'),
    para(
      `§1: ${count(goal)} of ${count(n)} merged PRs (${percent(r.headline.mergedServingSprintGoalPercent)}) served a sprint goal (they close an issue of a milestone, or are in one); the rest was other work. The handbook's rough split is 2/3 sprint goals to 1/3 other work.`,
    ),
    ...(goals.length
      ? [
          para(
            `Nailed it: ${outcomes('Nailed it')}, Scraped it: ${outcomes('Scraped it')}, Failed it: ${outcomes('Failed it')}, in progress: ${outcomes('In progress')}.`,
          ),
          sprintGoalTable(r),
        ]
      : [para('No milestone is due in the window or open.')]),
    h3('Draft PRs first (§2)'),
    para(
      `${count(drafts)} of ${count(n)} merged PRs (${percent(r.headline.mergedStartedAsDraftPercent)}) started as drafts. Handbook §2: "Push your code out as a Draft PR early on, so everyone can see the work in progress."`,
    ),
  ];
}

function syntaxNits(r: WipReport): ReportBlock[] {
  const { comments, threadsNotRead } = r.syntaxNits;
  return [
    h3(`Review comments about syntax (§5): ${count(comments.length)}`),
    {
      kind: 'quote',
      text: `Handbook §5: "${HANDBOOK.syntax.quote}" Comments on PRs merged in the window, as the formatter-enforced classifier reads them.`,
    },
    ...(threadsNotRead
      ? [para(`${count(threadsNotRead)} review threads on long PRs were not read: the count is a lower bound.`)]
      : []),
    comments.length
      ? {
          kind: 'list',
          items: comments.map((c): Inline[] => [
            { link: `${r.repositories.length > 1 ? c.repo : ''}#${c.pull}`, href: c.url },
            ' by ',
            { code: c.author },
            `: ${c.excerpt}`,
          ]),
        }
      : para('No review comment in the window argued about syntax.'),
  ];
}

export const reportBlocks = (r: WipReport): ReportBlock[] => [
  ...intro(r),
  ...headline(r),
  ...openWork(r),
  ...mergedWork(r),
  ...handbookShares(r),
  ...syntaxNits(r),
];

/** The report for a job summary, report.md and the terminal. */
export const wipSummary = (r: WipReport): Block[] => toPlainBlocks(reportBlocks(r));
