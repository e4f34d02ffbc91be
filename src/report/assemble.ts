/**
 * The report's figures from its rows — shared by one run (`buildWipReport`) and by `merge-reports`,
 * so a report over N repositories and the merge of N one-repository reports are the same. Pure.
 */
import { localWeekdayHour } from '../checks/working-time.ts';
import { duplicateGroups } from './duplicates.ts';
import { appendWeek, previousProblem, trendOf } from './history.ts';
import {
  reportSchema,
  SCHEMA_VERSION,
  type HistoryEntry,
  type MergedPrRow,
  type OpenPrRow,
  type ReportSettings,
  type SprintGoal,
  type SyntaxNitRow,
  type WipReport,
} from '../report-file/schema.ts';
import { median, percentile, round1, round1OrNull } from './stats.ts';

export interface ReportRows {
  repositories: string[];
  openPrs: OpenPrRow[];
  /** Merged in the window. */
  mergedPrs: MergedPrRow[];
  /** Merged in the window before it (for the trend line). */
  previousMergedCount: number;
  sprintGoals: SprintGoal[];
  incomplete: string[];
  /** §5: review comments in the window that argued about syntax. */
  syntaxNits: SyntaxNitRow[];
  /** Review threads on merged PRs beyond those read. */
  threadsNotRead: number;
  /** The weeks before this one, when there is no usable previous report (merge-reports: the inputs' own). */
  pastHistory?: HistoryEntry[];
  notices?: string[];
}

export interface ReportWindow {
  start: string;
  end: string;
  days: number;
}

const byNumber = (a: { repo: string; number: number }, b: { repo: string; number: number }): number =>
  a.repo.localeCompare(b.repo) || a.number - b.number;

/** `#5` for an issue of the PR's own repository, `owner/repo#5` otherwise. */
export const issueLabel = (ref: string, repo: string): string =>
  ref.startsWith(`${repo}#`) ? ref.slice(repo.length) : ref;

function duplicatesOf(openPrs: readonly OpenPrRow[]): WipReport['duplicates'] {
  const key = (p: OpenPrRow): string => `${p.repo}#${p.number}`;
  const byKey = new Map(openPrs.map((p) => [key(p), p]));
  const oneRepo = new Set(openPrs.map((p) => p.repo)).size <= 1;
  return duplicateGroups(openPrs.map((p) => ({ key: key(p), title: p.title, closingIssues: p.linkedIssues }))).map(
    (g) => ({
      reason: g.issue
        ? `all close ${oneRepo ? issueLabel(g.issue, openPrs[0]!.repo) : g.issue}`
        : 'near-identical titles',
      pulls: g.keys
        .map((k) => byKey.get(k)!)
        .sort(byNumber)
        .map((p) => ({ repo: p.repo, number: p.number, title: p.title, url: p.url, author: p.author })),
    }),
  );
}

const percentOf = (part: number, all: number): number | null => (all ? round1((part / all) * 100) : null);

function headlineOf(
  open: readonly OpenPrRow[],
  merged: readonly MergedPrRow[],
  settings: ReportSettings,
  perAuthor: ReadonlyMap<string, number>,
  syntaxNits: number,
): WipReport['headline'] {
  const ready = open.filter((p) => !p.draft);
  const share = (f: (m: MergedPrRow) => boolean): number | null => percentOf(merged.filter(f).length, merged.length);
  const counts = [...perAuthor.values()];
  return {
    openPrs: open.length,
    openReady: ready.length,
    wipPerAuthorMax: counts.length ? Math.max(...counts) : 0,
    wipPerAuthorMedian: median(counts) ?? 0,
    waitingOnReviewers: ready.filter((p) => p.waitingOn === 'reviewer').length,
    waitingOnAuthors: ready.filter((p) => p.waitingOn === 'author').length,
    oldestPrAgeDays: open.length ? Math.max(...open.map((p) => p.ageDays)) : 0,
    mergedInWindow: merged.length,
    medianTimeToMergeHours: round1OrNull(median(merged.map((m) => m.hoursToMerge))),
    mergedWithinOneWorkingDayPercent: share((m) => m.withinOneWorkingDay),
    unreviewedOverOneWorkingDay: ready.filter(
      (p) => !p.reviewed && p.waitingOn === 'reviewer' && p.waitingHours > settings.workingDayHours,
    ).length,
    mergedServingSprintGoalPercent: share((m) => m.servesSprintGoal),
    mergedStartedAsDraftPercent: share((m) => m.startedAsDraft),
    syntaxNitComments: syntaxNits,
  };
}

function weekOf(
  end: string,
  repositories: string[],
  h: WipReport['headline'],
  merged: readonly MergedPrRow[],
): HistoryEntry {
  const count = (f: (m: MergedPrRow) => boolean): number => merged.filter(f).length;
  return {
    end,
    repositories: [...repositories].sort(),
    openPrs: h.openPrs,
    openReady: h.openReady,
    waitingOnReviewers: h.waitingOnReviewers,
    unreviewedOverOneWorkingDay: h.unreviewedOverOneWorkingDay,
    mergedInWindow: h.mergedInWindow,
    mergedWithinOneWorkingDay: count((m) => m.withinOneWorkingDay),
    mergedServingSprintGoal: count((m) => m.servesSprintGoal),
    mergedStartedAsDraft: count((m) => m.startedAsDraft),
    syntaxNitComments: h.syntaxNitComments,
  };
}

/** Counts of this window's merges by size, weekday and hour (in the report's time zone), and time to merge. */
function mergedFigures(mergedPrs: MergedPrRow[], settings: ReportSettings) {
  const byWeekday = Array<number>(7).fill(0);
  const byHour = Array<number>(24).fill(0);
  const bySize: Record<string, number> = Object.fromEntries(settings.sizes.map((name) => [name, 0]));
  for (const m of mergedPrs) {
    const { weekday, hour } = localWeekdayHour(Date.parse(m.mergedAt), settings.timezone);
    byWeekday[weekday]!++;
    byHour[hour]!++;
    bySize[m.size] = (bySize[m.size] ?? 0) + 1;
  }
  const ttm = mergedPrs.map((m) => m.hoursToMerge);
  return {
    count: mergedPrs.length,
    bySize,
    timeToMergeHours: {
      median: round1OrNull(median(ttm)),
      p90: round1OrNull(percentile(ttm, 90)),
      max: ttm.length ? round1(Math.max(...ttm)) : null,
    },
    byWeekday,
    byHour,
    prs: mergedPrs,
  };
}

export function assembleReport(
  rows: ReportRows,
  settings: ReportSettings,
  window: ReportWindow,
  previous?: WipReport,
): WipReport {
  const openPrs = [...rows.openPrs].sort((a, b) => b.ageDays - a.ageDays || byNumber(a, b));
  const mergedPrs = [...rows.mergedPrs].sort((a, b) => a.mergedAt.localeCompare(b.mergedAt) || byNumber(a, b));
  const sprintGoals = [...rows.sprintGoals].sort(
    (a, b) => (a.dueOn ?? '~').localeCompare(b.dueOn ?? '~') || a.repo.localeCompare(b.repo),
  ); // stable: a repository's own order otherwise

  const perAuthor = new Map<string, number>();
  for (const p of openPrs) if (!p.draft) perAuthor.set(p.author, (perAuthor.get(p.author) ?? 0) + 1);
  const wipPerAuthor = [...perAuthor]
    .map(([author, open]) => ({ author, open, overLimit: open > settings.wipLimit }))
    .sort((a, b) => b.open - a.open || a.author.localeCompare(b.author));

  const headline = headlineOf(openPrs, mergedPrs, settings, perAuthor, rows.syntaxNits.length);
  const problem = previous && previousProblem(previous, rows.repositories, settings, window);
  const last = problem ? undefined : previous;
  const syntaxNits = [...rows.syntaxNits].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.url.localeCompare(b.url),
  );

  return reportSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    generatedAt: window.end,
    repositories: rows.repositories,
    window,
    settings,
    incomplete: rows.incomplete,
    notices: [...(rows.notices ?? []), ...(problem ? [problem] : [])],
    headline,
    trend: trendOf(headline, last),
    openPrs,
    wipPerAuthor,
    duplicates: duplicatesOf(openPrs),
    merged: { ...mergedFigures(mergedPrs, settings), previousCount: rows.previousMergedCount },
    sprintGoals,
    syntaxNits: { comments: syntaxNits, threadsNotRead: rows.threadsNotRead },
    history: appendWeek(
      last ? last.history : (rows.pastHistory ?? []),
      weekOf(window.end, rows.repositories, headline, mergedPrs),
    ),
  });
}
