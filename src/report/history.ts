/**
 * Last week's report and the weeks before it: whether a previous report may be compared with this
 * one, the trend against it, and the up-to-12-week history. Pure.
 */
import type { HeadlineKey, HistoryEntry, ReportSettings, WipReport } from '../report-file/schema.ts';
import { round1 } from './stats.ts';

export const HISTORY_WEEKS = 12;

/** Why `previous` can't be last week of a report of `repositories` with `settings`, or undefined. */
export function previousProblem(
  previous: WipReport,
  repositories: readonly string[],
  settings: ReportSettings,
  window: { end: string; days: number },
): string | undefined {
  const lead = 'Last week\u2019s report (previous-report)';
  const tail = 'it was not compared and its history was not carried over.';
  const theirs = [...previous.repositories].sort().join(', ');
  const ours = [...repositories].sort().join(', ');
  if (theirs !== ours) return `${lead} is for ${theirs}, this one for ${ours}: ${tail}`;
  const key = (Object.keys(settings) as (keyof ReportSettings)[]).find(
    (k) => JSON.stringify(previous.settings[k]) !== JSON.stringify(settings[k]),
  );
  if (key) {
    const [a, b] = [JSON.stringify(previous.settings[key]), JSON.stringify(settings[key])];
    return `${lead} was made with ${key} ${a}, this one with ${key} ${b}: ${tail}`;
  }
  if (previous.window.days !== window.days)
    return `${lead} covers ${previous.window.days} days, this one ${window.days}: ${tail}`;
  if (previous.window.end >= window.end)
    return `${lead} ends ${previous.window.end}, not before this one (${window.end}): ${tail}`;
  return undefined;
}

export function trendOf(headline: WipReport['headline'], previous: WipReport | undefined): WipReport['trend'] {
  if (!previous) return null;
  return Object.fromEntries(
    (Object.keys(headline) as HeadlineKey[]).map((k) => {
      const before = previous.headline[k];
      const after = headline[k];
      return [k, { previous: before, delta: before === null || after === null ? null : round1(after - before) }];
    }),
  );
}

/** This week's entry, then the weeks before it (a rerun on the same day replaces that day's entry). */
export function appendWeek(past: readonly HistoryEntry[], week: HistoryEntry): HistoryEntry[] {
  const day = week.end.slice(0, 10);
  return [...past.filter((h) => h.end.slice(0, 10) !== day && h.end < week.end), week].slice(-HISTORY_WEEKS);
}

const COUNTS = [
  'openPrs',
  'openReady',
  'waitingOnReviewers',
  'unreviewedOverOneWorkingDay',
  'mergedInWindow',
  'mergedWithinOneWorkingDay',
  'mergedServingSprintGoal',
  'mergedStartedAsDraft',
  'syntaxNitComments',
] as const;

/** The weeks of several repositories' histories as one: same day, counts added (null if any is null). */
export function mergeHistories(histories: readonly (readonly HistoryEntry[])[]): HistoryEntry[] {
  const byDay = new Map<string, HistoryEntry>();
  for (const h of histories.flat()) {
    const day = h.end.slice(0, 10);
    const seen = byDay.get(day);
    if (!seen) {
      byDay.set(day, { ...h, repositories: [...h.repositories] });
      continue;
    }
    const sum: HistoryEntry = { ...seen, end: h.end > seen.end ? h.end : seen.end };
    for (const k of COUNTS) {
      const [a, b] = [seen[k], h[k]];
      (sum as unknown as Record<string, number | null>)[k] = a === null || b === null ? null : a + b;
    }
    sum.repositories = [...new Set([...seen.repositories, ...h.repositories])].sort();
    byDay.set(day, sum);
  }
  return [...byDay.values()].sort((a, b) => a.end.localeCompare(b.end)).slice(-HISTORY_WEEKS);
}
