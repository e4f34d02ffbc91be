import { z } from 'zod';

/**
 * The weekly WIP report as JSON: this zod schema is the source of truth (README documents it, the
 * report is validated against it before it is written, and a previous report is read through it).
 */
export const SCHEMA_VERSION = 1;

const num = z.number().finite();
const nullableNum = num.nullable();

export const OUTCOMES = ['Nailed it', 'Scraped it', 'Failed it', 'In progress'] as const;

/** Who and where a PR is: the start of every PR row. */
const pullRef = { repo: z.string(), number: num, title: z.string(), url: z.string(), author: z.string() };

export const reportSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.iso.datetime(),
  repositories: z.array(z.string()),
  window: z.strictObject({ start: z.iso.datetime(), end: z.iso.datetime(), days: num }),
  /** The settings the figures depend on; reports merge only when these are equal. */
  settings: z.strictObject({
    wipLimit: num,
    staleDays: num,
    scrapedThreshold: num,
    slaHours: num,
    workingDayHours: num,
    timezone: z.string(),
    sizes: z.array(z.string()),
  }),
  /** Why the report may be missing data; empty when everything was read. */
  incomplete: z.array(z.string()),
  headline: z.strictObject({
    openPrs: num,
    openReady: num,
    wipPerAuthorMax: num,
    wipPerAuthorMedian: num,
    waitingOnReviewers: num,
    waitingOnAuthors: num,
    oldestPrAgeDays: num,
    mergedInWindow: num,
    medianTimeToMergeHours: nullableNum,
    mergedWithinOneWorkingDayPercent: nullableNum,
    unreviewedOverOneWorkingDay: num,
  }),
  /** Each headline figure next to last week's (from previous-report); null without one. */
  trend: z.record(z.string(), z.strictObject({ previous: nullableNum, delta: nullableNum })).nullable(),
  openPrs: z.array(
    z.strictObject({
      ...pullRef,
      ageDays: num,
      size: z.string(),
      draft: z.boolean(),
      waitingOn: z.enum(['reviewer', 'author', 'nobody']),
      waitingFor: z.array(z.string()),
      waitingHours: num,
      reviewCycles: num,
      /** Whether anyone but the author has reviewed it yet. */
      reviewed: z.boolean(),
      /** Issues it closes, as owner/repo#N. */
      linkedIssues: z.array(z.string()),
      stale: z.boolean(),
    }),
  ),
  wipPerAuthor: z.array(z.strictObject({ author: z.string(), open: num, overLimit: z.boolean() })),
  duplicates: z.array(
    z.strictObject({
      reason: z.string(),
      pulls: z.array(z.strictObject(pullRef)),
    }),
  ),
  merged: z.strictObject({
    count: num,
    previousCount: num,
    bySize: z.record(z.string(), num),
    timeToMergeHours: z.strictObject({ median: nullableNum, p90: nullableNum, max: nullableNum }),
    byWeekday: z.array(num).length(7),
    byHour: z.array(num).length(24),
    /** The merged PRs themselves (so reports can be merged exactly), oldest merge first. */
    prs: z.array(
      z.strictObject({
        ...pullRef,
        size: z.string(),
        mergedAt: z.iso.datetime(),
        hoursToMerge: num,
        withinOneWorkingDay: z.boolean(),
      }),
    ),
  }),
  sprintGoals: z.array(
    z.strictObject({
      repo: z.string(),
      title: z.string(),
      url: z.string(),
      dueOn: z.iso.datetime().nullable(),
      closedByDue: num,
      total: num,
      percent: num,
      outcome: z.enum(OUTCOMES),
    }),
  ),
});

export type WipReport = z.infer<typeof reportSchema>;
export type OpenPrRow = WipReport['openPrs'][number];
export type MergedPrRow = WipReport['merged']['prs'][number];
export type SprintGoal = WipReport['sprintGoals'][number];
export type ReportSettings = WipReport['settings'];
export type HeadlineKey = keyof WipReport['headline'];
