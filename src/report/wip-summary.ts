/** The weekly report as summary blocks (plain text; src/effects renders and escapes them). Pure. */
import { HANDBOOK } from '../handbook.ts';
import type { Block, Inline, Text } from '../verdict.ts';
import { issueLabel } from './assemble.ts';
import type { HeadlineKey, WipReport } from './schema.ts';

export const HEADLINE_LABELS: Record<HeadlineKey, string> = {
  openPrs: 'Open PRs',
  openReady: 'Open PRs ready for review (not draft)',
  wipPerAuthorMax: 'WIP per author, max',
  wipPerAuthorMedian: 'WIP per author, median',
  waitingOnReviewers: 'Waiting on reviewers',
  waitingOnAuthors: 'Waiting on authors',
  oldestPrAgeDays: 'Oldest open PR (days)',
  mergedInWindow: 'Merged in the window',
  medianTimeToMergeHours: 'Median time to merge (hours)',
  mergedWithinOneWorkingDayPercent: 'Merged within one working day (%)',
  unreviewedOverOneWorkingDay: 'Ready PRs over one working day without a review',
};

export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));

const value = (v: number | null): string => (v === null ? '–' : String(v));
const delta = (d: number | null | undefined): string =>
  d === null || d === undefined ? '' : d > 0 ? `+${d}` : String(d);
const prLink = (p: { number: number; title: string; url: string; repo: string }, repos: number): Inline => ({
  link: `${repos > 1 ? p.repo : ''}#${p.number} ${p.title}`,
  href: p.url,
});

export function wipSummary(r: WipReport): Block[] {
  const repos = r.repositories.length;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: `Weekly WIP report: ${r.repositories.join(', ')}` },
    {
      kind: 'paragraph',
      text: `${r.window.start.slice(0, 10)} to ${r.window.end.slice(0, 10)} (${r.window.days} days), generated ${r.generatedAt}.`,
    },
  ];
  for (const reason of r.incomplete)
    blocks.push({ kind: 'paragraph', text: [{ strong: 'Incomplete:' }, ` ${reason}`] });
  blocks.push({
    kind: 'quote',
    text: `Handbook §2: "Efficient engineering organizations actively reduce Work In Progress (WIP)." ${HANDBOOK.reviews.quote}`,
  });

  blocks.push({
    kind: 'table',
    header: ['Headline', 'This week', ...(r.trend ? ['Last week', 'Change'] : [])],
    align: ['left', 'right', 'right', 'right'],
    rows: (Object.keys(HEADLINE_LABELS) as HeadlineKey[]).map((k): Text[] => [
      HEADLINE_LABELS[k],
      value(r.headline[k]),
      ...(r.trend ? [value(r.trend[k]?.previous ?? null), delta(r.trend[k]?.delta)] : []),
    ]),
  });

  blocks.push({ kind: 'heading', level: 3, text: `Open pull requests (${r.openPrs.length}), oldest first` });
  blocks.push({
    kind: 'table',
    header: [
      'Pull request',
      'Author',
      'Age (days)',
      'Size',
      'Draft',
      'Waiting on',
      'For (working h)',
      'Cycles',
      'Issues',
      'Stale',
    ],
    align: ['left', 'left', 'right', 'left', 'left', 'left', 'right', 'right', 'left', 'left'],
    rows: r.openPrs.map((p): Text[] => [
      prLink(p, repos),
      { code: p.author },
      String(p.ageDays),
      p.size,
      p.draft ? 'draft' : '',
      p.waitingOn === 'reviewer'
        ? `reviewer${p.waitingFor.length ? ` (${p.waitingFor.join(', ')})` : ''}`
        : p.waitingOn,
      p.waitingOn === 'nobody' ? '' : String(p.waitingHours),
      String(p.reviewCycles),
      p.linkedIssues.map((n) => issueLabel(n, p.repo)).join(' '),
      p.stale ? 'stale' : '',
    ]),
  });

  blocks.push({ kind: 'heading', level: 3, text: 'WIP per author (open, ready PRs)' });
  blocks.push({
    kind: 'table',
    header: ['Author', 'Open', 'Over the WIP limit'],
    align: ['left', 'right', 'left'],
    rows: r.wipPerAuthor.map((a): Text[] => [{ code: a.author }, String(a.open), a.overLimit ? 'yes' : '']),
  });

  blocks.push({ kind: 'heading', level: 3, text: 'Duplicate work' });
  blocks.push(
    r.duplicates.length
      ? {
          kind: 'list',
          items: r.duplicates.map((d): Inline[] => [
            `${d.reason}: `,
            ...d.pulls.flatMap((p, i): Inline[] => [i ? ', ' : '', prLink(p, repos), ' by ', { code: p.author }]),
          ]),
        }
      : { kind: 'paragraph', text: 'No open PRs close the same issue or have near-identical titles.' },
  );

  const m = r.merged;
  blocks.push({ kind: 'heading', level: 3, text: `Merged: ${m.count} (previous window: ${m.previousCount})` });
  blocks.push({
    kind: 'paragraph',
    text: `Time to merge: median ${value(m.timeToMergeHours.median)} h, 90th percentile ${value(m.timeToMergeHours.p90)} h, max ${value(m.timeToMergeHours.max)} h. Handbook §6: "Merge anytime. Friday afternoon? Merge."`,
  });
  blocks.push({
    kind: 'table',
    header: ['Size', ...Object.keys(m.bySize)],
    rows: [['Merged', ...Object.values(m.bySize).map(String)]],
  });
  blocks.push({ kind: 'table', header: ['Weekday', ...WEEKDAYS], rows: [['Merges', ...m.byWeekday.map(String)]] });
  blocks.push({
    kind: 'table',
    header: [`Hour (${r.settings.timezone})`, ...HOURS],
    rows: [['Merges', ...m.byHour.map(String)]],
  });

  blocks.push({ kind: 'heading', level: 3, text: 'Sprint goals (milestones)' });
  if (r.sprintGoals.length) {
    const count = (o: string): number => r.sprintGoals.filter((g) => g.outcome === o).length;
    blocks.push({
      kind: 'paragraph',
      text: `Nailed it: ${count('Nailed it')}, Scraped it: ${count('Scraped it')}, Failed it: ${count('Failed it')}, in progress: ${count('In progress')}.`,
    });
    blocks.push({
      kind: 'table',
      header: ['Milestone', 'Due', 'Closed by due date', '%', 'Outcome'],
      align: ['left', 'left', 'right', 'right', 'left'],
      rows: r.sprintGoals.map((g): Text[] => [
        { link: g.title, href: g.url },
        g.dueOn ? g.dueOn.slice(0, 10) : '',
        `${g.closedByDue} of ${g.total}`,
        String(g.percent),
        g.outcome,
      ]),
    });
  } else blocks.push({ kind: 'paragraph', text: 'No milestone is due in the window or open.' });
  return blocks;
}
