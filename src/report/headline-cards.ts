/** The headline figures as cards: this week, last week, the change and whether it is better. Pure. */
import { count, days, duration, percent } from './format.ts';
import type { Card, Tone } from './report-blocks.ts';
import type { HeadlineKey, HistoryEntry, WipReport } from '../report-file/schema.ts';
import { round1 } from './stats.ts';

/** Which way is better: fewer open PRs, more merges; the sprint-goal share is best near two thirds. */
type Better = 'lower' | 'higher' | { near: number };

interface Figure {
  label: string;
  better: Better;
  show: (v: number | null) => string;
  /** The figure in one week of the history, when the history records it. */
  week?: (h: HistoryEntry) => number | null;
}

const share = (part: number | null, h: HistoryEntry): number | null =>
  part === null || !h.mergedInWindow ? null : round1((part / h.mergedInWindow) * 100);

export const FIGURES: Record<HeadlineKey, Figure> = {
  openPrs: { label: 'Open PRs', better: 'lower', show: count, week: (h) => h.openPrs },
  openReady: { label: 'Open PRs ready for review (not draft)', better: 'lower', show: count, week: (h) => h.openReady },
  wipPerAuthorMax: { label: 'WIP per author, max', better: 'lower', show: count },
  wipPerAuthorMedian: { label: 'WIP per author, median', better: 'lower', show: count },
  waitingOnReviewers: {
    label: 'Waiting on reviewers',
    better: 'lower',
    show: count,
    week: (h) => h.waitingOnReviewers,
  },
  waitingOnAuthors: { label: 'Waiting on authors', better: 'lower', show: count },
  oldestPrAgeDays: { label: 'Oldest open PR', better: 'lower', show: (v) => (v === null ? '–' : days(v)) },
  mergedInWindow: { label: 'Merged in the window', better: 'higher', show: count, week: (h) => h.mergedInWindow },
  medianTimeToMergeHours: { label: 'Median time to merge', better: 'lower', show: duration },
  mergedWithinOneWorkingDayPercent: {
    label: 'Merged within one working day',
    better: 'higher',
    show: percent,
    week: (h) => share(h.mergedWithinOneWorkingDay, h),
  },
  unreviewedOverOneWorkingDay: {
    label: 'Ready PRs over one working day without a review',
    better: 'lower',
    show: count,
    week: (h) => h.unreviewedOverOneWorkingDay,
  },
  mergedServingSprintGoalPercent: {
    label: 'Merged work serving a sprint goal (§1, aim about 2/3)',
    better: { near: 200 / 3 },
    show: percent,
    week: (h) => share(h.mergedServingSprintGoal, h),
  },
  mergedStartedAsDraftPercent: {
    label: 'Merged PRs that started as drafts (§2)',
    better: 'higher',
    show: percent,
    week: (h) => share(h.mergedStartedAsDraft, h),
  },
  syntaxNitComments: {
    label: 'Review comments about syntax (§5)',
    better: 'lower',
    show: count,
    week: (h) => h.syntaxNitComments,
  },
};

function toneOf(better: Better, before: number, after: number): Tone {
  if (before === after) return 'same';
  const improved =
    better === 'lower'
      ? after < before
      : better === 'higher'
        ? after > before
        : Math.abs(after - better.near) < Math.abs(before - better.near);
  return improved ? 'better' : 'worse';
}

function card(k: HeadlineKey, r: WipReport): Card {
  const f = FIGURES[k];
  const now = r.headline[k];
  const before = r.trend?.[k]?.previous ?? null;
  const delta = r.trend?.[k]?.delta ?? null;
  const comparable = r.trend !== null && now !== null && before !== null && delta !== null;
  return {
    label: f.label,
    value: f.show(now),
    previous: r.trend ? f.show(before) : null,
    change: comparable ? `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${count(Math.abs(delta))}` : null,
    arrow: !comparable ? '' : delta > 0 ? '▲' : delta < 0 ? '▼' : '=',
    tone: comparable ? toneOf(f.better, before, now) : 'none',
    weeks: f.week ? r.history.map(f.week) : [],
  };
}

export const headlineCards = (r: WipReport): Card[] => (Object.keys(FIGURES) as HeadlineKey[]).map((k) => card(k, r));
