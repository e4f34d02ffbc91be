/**
 * Reading an older report.json: a schemaVersion 1 report becomes a version 2 report whose new
 * figures are null or empty, with one line in `incomplete` saying so. Pure.
 */
import type * as z from 'zod/mini';
import { reportSchema, reportSchemaV1, SCHEMA_VERSION, type HistoryEntry, type WipReport } from './schema.ts';

/** Version 1's headline as one history entry (the figures it did not record are null). */
function historyOfV1(r: z.infer<typeof reportSchemaV1>): HistoryEntry {
  const h = r.headline;
  return {
    end: r.window.end,
    repositories: r.repositories,
    openPrs: h.openPrs,
    openReady: h.openReady,
    waitingOnReviewers: h.waitingOnReviewers,
    unreviewedOverOneWorkingDay: h.unreviewedOverOneWorkingDay,
    mergedInWindow: h.mergedInWindow,
    mergedWithinOneWorkingDay: r.merged.prs.filter((p) => p.withinOneWorkingDay).length,
    mergedServingSprintGoal: null,
    mergedStartedAsDraft: null,
    syntaxNitComments: null,
  };
}

export function upgradeV1(r: z.infer<typeof reportSchemaV1>): WipReport {
  return {
    ...r,
    schemaVersion: SCHEMA_VERSION,
    notices: [],
    incomplete: [
      ...r.incomplete,
      `${r.repositories.join(', ')}: this report was written as schemaVersion 1, which did not record sprint-goal work, drafts or syntax nits.`,
    ],
    headline: {
      ...r.headline,
      mergedServingSprintGoalPercent: null,
      mergedStartedAsDraftPercent: null,
      syntaxNitComments: 0,
    },
    merged: { ...r.merged, prs: r.merged.prs.map((p) => ({ ...p, servesSprintGoal: false, startedAsDraft: false })) },
    syntaxNits: { comments: [], threadsNotRead: 0 },
    history: [historyOfV1(r)],
  };
}

/** Any supported version of report.json, as the current version; or the zod issue that stops it. */
export function parseAnyReport(json: unknown): { report: WipReport } | { issue: z.core.$ZodIssue; version: unknown } {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version === 1) {
    const v1 = reportSchemaV1.safeParse(json);
    return v1.success ? { report: upgradeV1(v1.data) } : { issue: v1.error.issues[0]!, version };
  }
  const parsed = reportSchema.safeParse(json);
  return parsed.success ? { report: parsed.data } : { issue: parsed.error.issues[0]!, version };
}
