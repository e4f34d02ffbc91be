/**
 * `dev-process merge-reports`: one report from the reports of a matrix (one job per repository).
 * The rows are concatenated and the figures recomputed by the same code as a single run. Pure.
 */
import { assembleReport } from './assemble.ts';
import { mergeHistories } from './history.ts';
import type { ReportSettings, WipReport } from '../report-file/schema.ts';

import { MergeError } from './merge-error.ts';

export { MergeError };

export function mergeReports(reports: readonly WipReport[], previous?: WipReport): WipReport {
  const first = reports[0];
  if (!first) throw new MergeError('merge-reports: no reports to merge.');
  const seen = new Map<string, number>();
  reports.forEach((r, i) => {
    const differs = (Object.keys(first.settings) as (keyof ReportSettings)[]).find(
      (k) => JSON.stringify(r.settings[k]) !== JSON.stringify(first.settings[k]),
    );
    if (differs)
      throw new MergeError(
        `merge-reports: report ${i + 1} was made with ${differs} ${JSON.stringify(r.settings[differs])}, report 1 with ${JSON.stringify(first.settings[differs])}: make every report with the same settings.`,
      );
    if (r.window.days !== first.window.days)
      throw new MergeError(
        `merge-reports: report ${i + 1} covers ${r.window.days} days, report 1 ${first.window.days}: make every report with the same window-days.`,
      );
    for (const repo of r.repositories) {
      const before = seen.get(repo);
      if (before !== undefined)
        throw new MergeError(
          `merge-reports: ${repo} is in report ${before + 1} and report ${i + 1}: each repository must be in one report only.`,
        );
      seen.set(repo, i);
    }
  });
  const latest = reports.reduce((a, b) => (b.window.end > a.window.end ? b : a));
  return assembleReport(
    {
      repositories: reports.flatMap((r) => r.repositories),
      openPrs: reports.flatMap((r) => r.openPrs),
      mergedPrs: reports.flatMap((r) => r.merged.prs),
      previousMergedCount: reports.reduce((n, r) => n + r.merged.previousCount, 0),
      sprintGoals: reports.flatMap((r) => r.sprintGoals),
      incomplete: reports.flatMap((r) => r.incomplete),
      notices: reports.flatMap((r) => r.notices),
      syntaxNits: reports.flatMap((r) => r.syntaxNits.comments),
      threadsNotRead: reports.reduce((n, r) => n + r.syntaxNits.threadsNotRead, 0),
      pastHistory: mergeHistories(reports.map((r) => r.history)),
    },
    first.settings,
    latest.window,
    previous,
  );
}
