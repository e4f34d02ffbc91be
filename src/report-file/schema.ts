import * as z from 'zod/mini';
import '../inputs/zod-english.ts';

/**
 * The weekly WIP report as JSON: this zod schema is the source of truth (README documents it, the
 * report is validated against it before it is written, and a previous report is read through it).
 * Version 2 extends version 1 (history, notices, sprint-goal and draft shares, syntax nits); a
 * version 1 report is still read (schema-upgrade.ts).
 */
export const SCHEMA_VERSION = 2;

// z.number() takes finite numbers only (classic zod's .finite() did nothing more).
const num = z.number();
const nullableNum = z.nullable(num);

export const OUTCOMES = ['Nailed it', 'Scraped it', 'Failed it', 'In progress'] as const;

/** Who and where a PR is: the start of every PR row. */
const pullRef = { repo: z.string(), number: num, title: z.string(), url: z.string(), author: z.string() };

/** Version 1, as it was written: still read (and upgraded) as a previous report or by merge-reports. */
const headlineV1 = z.strictObject({
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
});

const mergedRowV1 = z.strictObject({
  ...pullRef,
  size: z.string(),
  mergedAt: z.iso.datetime(),
  hoursToMerge: num,
  withinOneWorkingDay: z.boolean(),
});

export const reportSchemaV1 = z.strictObject({
  schemaVersion: z.literal(1),
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
  headline: headlineV1,
  /** Each headline figure next to last week's (from previous-report); null without one. */
  trend: z.nullable(z.record(z.string(), z.strictObject({ previous: nullableNum, delta: nullableNum }))),
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
    byWeekday: z.array(num).check(z.length(7)),
    byHour: z.array(num).check(z.length(24)),
    /** The merged PRs themselves (so reports can be merged exactly), oldest merge first. */
    prs: z.array(mergedRowV1),
  }),
  sprintGoals: z.array(
    z.strictObject({
      repo: z.string(),
      title: z.string(),
      url: z.string(),
      dueOn: z.nullable(z.iso.datetime()),
      closedByDue: num,
      total: num,
      percent: num,
      outcome: z.enum(OUTCOMES),
    }),
  ),
});

/** One week's countable figures, so reports of several repositories add up exactly; null: not recorded. */
const historyEntry = z.strictObject({
  end: z.iso.datetime(),
  repositories: z.array(z.string()),
  openPrs: num,
  openReady: num,
  waitingOnReviewers: num,
  unreviewedOverOneWorkingDay: num,
  mergedInWindow: num,
  mergedWithinOneWorkingDay: nullableNum,
  mergedServingSprintGoal: nullableNum,
  mergedStartedAsDraft: nullableNum,
  syntaxNitComments: nullableNum,
});

/** Version 2: version 1 plus history, notices, §1 sprint-goal share, §2 drafts and §5 syntax nits. */
export const reportSchema = z.extend(reportSchemaV1, {
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Things the reader should know that are not missing data (e.g. last week's report was not used, and why). */
  notices: z.array(z.string()),
  headline: z.extend(headlineV1, {
    /** §1: merged PRs closing an issue of a milestone (or in one), percent of merged. */
    mergedServingSprintGoalPercent: nullableNum,
    /** §2: merged PRs that were a draft before they were merged, percent of merged. */
    mergedStartedAsDraftPercent: nullableNum,
    /** §5: review comments in the window that argued about syntax. */
    syntaxNitComments: num,
  }),
  merged: z.extend(reportSchemaV1.shape.merged, {
    prs: z.array(z.extend(mergedRowV1, { servesSprintGoal: z.boolean(), startedAsDraft: z.boolean() })),
  }),
  syntaxNits: z.strictObject({
    comments: z.array(
      z.strictObject({
        repo: z.string(),
        pull: num,
        url: z.string(),
        author: z.string(),
        createdAt: z.iso.datetime(),
        /** The comment's first words (untrusted: escaped wherever written). */
        excerpt: z.string(),
      }),
    ),
    /** Review threads on merged PRs beyond those read (the count is then a lower bound). */
    threadsNotRead: num,
  }),
  /** Up to 12 weeks, oldest first, this week last. */
  history: z.array(historyEntry).check(z.maxLength(12)),
});

export type WipReport = z.infer<typeof reportSchema>;
export type WipReportV1 = z.infer<typeof reportSchemaV1>;
export type HistoryEntry = WipReport['history'][number];
export type SyntaxNitRow = WipReport['syntaxNits']['comments'][number];
export type OpenPrRow = WipReport['openPrs'][number];
export type MergedPrRow = WipReport['merged']['prs'][number];
export type SprintGoal = WipReport['sprintGoals'][number];
export type ReportSettings = WipReport['settings'];
export type HeadlineKey = keyof WipReport['headline'];
