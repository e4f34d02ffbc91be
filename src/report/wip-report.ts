/**
 * wip-report — handbook §2 "Sizing a task and reducing WIP": "Efficient engineering organizations
 * actively reduce Work In Progress (WIP) to avoid negative feedback loops that drive down
 * productivity." Also §1 (goals reviewed as Nailed it / Scraped it / Failed it) and §6 ("Merge
 * anytime. Friday afternoon? Merge.").
 *
 * Pure: (facts, settings, now, previous report?) -> WipReport. Facts become rows here (reusing
 * pr-size's size buckets and review-latency's per-PR rules, no copies); assemble.ts turns rows into
 * the figures.
 */
import { closingReferences, issueRefs } from '../checks/closing-references.ts';
import { isSyntaxNit } from '../checks/formatters/syntax-nits.ts';
import { hasLabel } from '../checks/names.ts';
import { pullLatency } from '../checks/review-latency.ts';
import { sizeFor } from '../checks/sizes.ts';
import { workingHours } from '../checks/working-time.ts';
import type { ReportMergedPull, WipFacts } from '../facts/github/wip-facts.ts';
import type { Milestone, WipPull } from '../facts/types.ts';
import type { WipReportSettings } from '../inputs/wip-report.ts';
import { assembleReport, type ReportRows } from './assemble.ts';
import type { OpenPrRow, ReportSettings, SprintGoal, SyntaxNitRow, WipReport } from '../report-file/schema.ts';
import { round1 } from './stats.ts';
import { isoSecond } from '../iso-time.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The size label's size (label names compared as GitHub does, in any case), else the size of the changed lines. */
function sizeOf(p: { additions: number; deletions: number; labels: string[] }, s: WipReportSettings): string {
  const labelled = s.sizes.find((b) => hasLabel(p.labels, s.labelPrefix + b.name));
  return (labelled ?? sizeFor(p.additions + p.deletions, s.sizes)).name;
}

/** Issues the PR closes, as `owner/repo#N`: GitHub's closing references plus "Closes #N" in the title, body or commits. */
const linkedIssues = (p: WipPull): string[] =>
  issueRefs([...p.closingReferences, ...closingReferences([p.title, p.body, ...p.commitMessages].join('\n'), p.repo)]);

const lastActivity = (p: WipPull): number => Math.max(p.createdAt, ...p.events.map((e) => e.at));

export const reportSettings = (s: WipReportSettings): ReportSettings => ({
  wipLimit: s.wipLimit,
  staleDays: s.staleDays,
  scrapedThreshold: s.scrapedThreshold,
  slaHours: s.latency.slaHours,
  workingDayHours: (s.latency.calendar.endMinute - s.latency.calendar.startMinute) / 60,
  timezone: s.latency.calendar.timeZone,
  sizes: s.sizes.map((b) => b.name),
});

/** The first words of a comment, on one line (the link leads to the rest). */
export const excerpt = (body: string, max = 140): string => {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

/** §5: the review comments made in the window that argue about syntax (the formatter-enforced classifier). */
function syntaxNitsOf(merged: readonly ReportMergedPull[], start: number, now: number): SyntaxNitRow[] {
  return merged.flatMap((m) =>
    (m.reviewComments ?? [])
      .filter((c) => c.createdAt >= start && c.createdAt <= now && isSyntaxNit(c.body))
      .map((c) => ({
        repo: m.repo,
        pull: m.number,
        url: c.url,
        author: c.author,
        createdAt: isoSecond(c.createdAt),
        excerpt: excerpt(c.body),
      })),
  );
}

/** §1: milestones due in the window or open, with their outcome by the due date. */
function sprintGoalsOf(
  milestones: readonly Milestone[],
  scrapedThreshold: number,
  start: number,
  now: number,
): SprintGoal[] {
  return milestones
    .filter(
      (m) =>
        (m.dueOn !== undefined && m.dueOn >= start && m.dueOn <= now) ||
        (m.open && (m.dueOn === undefined || m.dueOn > now)),
    )
    .map((m) => {
      const due = m.dueOn !== undefined && m.dueOn <= now ? m.dueOn : undefined;
      const closedByDue = m.items.filter((c) => c !== undefined && (due === undefined || c <= due)).length;
      const percent = m.total ? round1((closedByDue / m.total) * 100) : 100;
      const outcome =
        due === undefined
          ? 'In progress'
          : percent >= 100
            ? 'Nailed it'
            : percent >= scrapedThreshold
              ? 'Scraped it'
              : 'Failed it';
      return {
        repo: m.repo,
        title: m.title,
        url: m.url,
        dueOn: m.dueOn === undefined ? null : isoSecond(m.dueOn),
        closedByDue,
        total: m.total,
        percent,
        outcome,
      } as const;
    });
}

/** One open PR as a report row: its age, size, and review-latency's wait. */
function openRow(p: WipPull, s: WipReportSettings, now: number): OpenPrRow {
  const l = pullLatency(p, s.latency, now);
  return {
    repo: p.repo,
    number: p.number,
    title: p.title,
    url: p.url,
    author: p.author.login,
    ageDays: round1((now - p.createdAt) / DAY),
    size: sizeOf(p, s),
    draft: l.draft,
    waitingOn: l.waitingOn,
    waitingFor: l.waitingFor,
    waitingHours: l.waitingHours,
    reviewCycles: l.reviewCycles,
    reviewed: l.firstReviewHours !== undefined,
    linkedIssues: linkedIssues(p),
    stale: now - lastActivity(p) > s.staleDays * DAY,
  };
}

export function reportRows(facts: WipFacts, s: WipReportSettings, now: number): ReportRows {
  const start = now - s.windowDays * DAY;
  const previousStart = start - s.windowDays * DAY;
  const dayHours = reportSettings(s).workingDayHours;

  const openPrs = facts.open.map((p) => openRow(p, s, now));

  const inWindow = facts.merged.filter((m) => m.mergedAt >= start && m.mergedAt <= now);
  const mergedPrs = inWindow.map((m) => ({
    repo: m.repo,
    number: m.number,
    title: m.title,
    url: m.url,
    author: m.author,
    size: sizeOf(m, s),
    mergedAt: isoSecond(m.mergedAt),
    hoursToMerge: round1((m.mergedAt - m.createdAt) / HOUR),
    withinOneWorkingDay: workingHours(m.createdAt, m.mergedAt, s.latency.calendar) <= dayHours,
    servesSprintGoal: m.inMilestone ?? false,
    startedAsDraft: m.wasDraft ?? false,
  }));

  const sprintGoals = sprintGoalsOf(facts.milestones, s.scrapedThreshold, start, now);

  const incomplete = [...facts.incomplete];
  for (const m of facts.milestones)
    if (m.total > m.items.length)
      incomplete.push(
        `${m.repo}: milestone "${m.title}" has ${m.total} items; the first ${m.items.length} were counted.`,
      );

  return {
    repositories: facts.repos,
    openPrs,
    mergedPrs,
    previousMergedCount: facts.merged.filter((m) => m.mergedAt >= previousStart && m.mergedAt < start).length,
    sprintGoals,
    incomplete,
    syntaxNits: syntaxNitsOf(inWindow, start, now),
    threadsNotRead: inWindow.reduce((n, m) => n + (m.threadsNotRead ?? 0), 0),
  };
}

/** The earliest merge the report needs: this window and the previous one (for the trend). */
export const reportSince = (s: WipReportSettings, now: number): number => now - 2 * s.windowDays * DAY;

export function buildWipReport(facts: WipFacts, s: WipReportSettings, now: number, previous?: WipReport): WipReport {
  const window = { start: isoSecond(now - s.windowDays * DAY), end: isoSecond(now), days: s.windowDays };
  return assembleReport(reportRows(facts, s, now), reportSettings(s), window, previous);
}
