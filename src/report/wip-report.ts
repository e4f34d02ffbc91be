/**
 * wip-report — handbook §2 "Sizing a task and reducing WIP": "Efficient engineering organizations
 * actively reduce Work In Progress (WIP) to avoid negative feedback loops that drive down
 * productivity." Also §1 (goals reviewed as Nailed it / Scraped it / Failed it) and §6 ("Merge
 * anytime. Friday afternoon? Merge.").
 *
 * Pure: (facts, settings, now, previous report?) -> WipReport. Reuses pr-size's size buckets and
 * review-latency's per-PR rules; no copies of either.
 */
import { pullLatency } from '../checks/review-latency.ts';
import { sizeFor } from '../checks/sizes.ts';
import { localWeekdayHour, workingHours } from '../checks/working-time.ts';
import type { WipFacts } from '../facts/github/wip-facts.ts';
import type { WipPull } from '../facts/types.ts';
import type { WipReportSettings } from '../inputs/wip-report.ts';
import { duplicateGroups } from './duplicates.ts';
import { reportSchema, SCHEMA_VERSION, type HeadlineKey, type WipReport } from './schema.ts';
import { median, percentile, round1, round1OrNull } from './stats.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const isoSecond = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function sizeOf(p: { additions: number; deletions: number; labels: string[] }, s: WipReportSettings): string {
  const names = new Set(s.sizes.map((b) => b.name));
  const label = p.labels.find((l) => l.startsWith(s.labelPrefix) && names.has(l.slice(s.labelPrefix.length)));
  return label ? label.slice(s.labelPrefix.length) : sizeFor(p.additions + p.deletions, s.sizes).name;
}

const lastActivity = (p: WipPull): number => Math.max(p.createdAt, ...p.events.map((e) => e.at));

export function buildWipReport(facts: WipFacts, s: WipReportSettings, now: number, previous?: WipReport): WipReport {
  const start = now - s.windowDays * DAY;
  const previousStart = start - s.windowDays * DAY;
  const dayHours = (s.latency.calendar.endMinute - s.latency.calendar.startMinute) / 60;
  const key = (p: { repo: string; number: number }): string => `${p.repo}#${p.number}`;

  const openPrs = facts.open
    .map((p) => {
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
        linkedIssues: p.closingIssues,
        stale: now - lastActivity(p) > s.staleDays * DAY,
        firstReviewHours: l.firstReviewHours,
      };
    })
    .sort((a, b) => b.ageDays - a.ageDays || a.number - b.number);
  const ready = openPrs.filter((p) => !p.draft);

  const perAuthor = new Map<string, number>();
  for (const p of ready) perAuthor.set(p.author, (perAuthor.get(p.author) ?? 0) + 1);
  const wipPerAuthor = [...perAuthor]
    .map(([author, open]) => ({ author, open, overLimit: open > s.wipLimit }))
    .sort((a, b) => b.open - a.open || a.author.localeCompare(b.author));

  const mergedNow = facts.merged.filter((m) => m.mergedAt >= start && m.mergedAt <= now);
  const previousCount = facts.merged.filter((m) => m.mergedAt >= previousStart && m.mergedAt < start).length;
  const ttm = mergedNow.map((m) => (m.mergedAt - m.createdAt) / HOUR);
  const byWeekday = Array<number>(7).fill(0);
  const byHour = Array<number>(24).fill(0);
  const bySize: Record<string, number> = Object.fromEntries(s.sizes.map((b) => [b.name, 0]));
  for (const m of mergedNow) {
    const { weekday, hour } = localWeekdayHour(m.mergedAt, s.latency.calendar.timeZone);
    byWeekday[weekday]!++;
    byHour[hour]!++;
    const size = sizeOf(m, s);
    bySize[size] = (bySize[size] ?? 0) + 1;
  }
  const withinDay = mergedNow.filter((m) => workingHours(m.createdAt, m.mergedAt, s.latency.calendar) <= dayHours).length;

  const byKey = new Map(openPrs.map((p) => [key(p), p]));
  const duplicates = duplicateGroups(facts.open.map((p) => ({ key: key(p), title: p.title, closingIssues: p.closingIssues.map((n) => n) }))).map((g) => ({
    reason: g.reason,
    pulls: g.keys.map((k) => {
      const p = byKey.get(k)!;
      return { repo: p.repo, number: p.number, title: p.title, url: p.url, author: p.author };
    }),
  }));

  const sprintGoals = facts.milestones
    .filter((m) => (m.dueOn !== undefined && m.dueOn >= start && m.dueOn <= now) || (m.open && (m.dueOn === undefined || m.dueOn > now)))
    .map((m) => {
      const due = m.dueOn !== undefined && m.dueOn <= now ? m.dueOn : undefined;
      const closedByDue = m.items.filter((c) => c !== undefined && (due === undefined || c <= due)).length;
      const percent = m.total ? round1((closedByDue / m.total) * 100) : 100;
      const outcome = due === undefined ? 'In progress' : percent >= 100 ? 'Nailed it' : percent >= s.scrapedThreshold ? 'Scraped it' : 'Failed it';
      return { repo: m.repo, title: m.title, url: m.url, dueOn: m.dueOn === undefined ? null : isoSecond(m.dueOn), closedByDue, total: m.total, percent, outcome } as const;
    });
  const incomplete = [...facts.incomplete];
  for (const m of facts.milestones) if (m.total > m.items.length) incomplete.push(`${m.repo}: milestone "${m.title}" has ${m.total} items; the first ${m.items.length} were counted.`);

  const counts = [...perAuthor.values()];
  const headline: WipReport['headline'] = {
    openPrs: openPrs.length,
    openReady: ready.length,
    wipPerAuthorMax: counts.length ? Math.max(...counts) : 0,
    wipPerAuthorMedian: median(counts) ?? 0,
    waitingOnReviewers: ready.filter((p) => p.waitingOn === 'reviewer').length,
    waitingOnAuthors: ready.filter((p) => p.waitingOn === 'author').length,
    oldestPrAgeDays: openPrs.length ? Math.max(...openPrs.map((p) => p.ageDays)) : 0,
    mergedInWindow: mergedNow.length,
    medianTimeToMergeHours: round1OrNull(median(ttm)),
    mergedWithinOneWorkingDayPercent: mergedNow.length ? round1((withinDay / mergedNow.length) * 100) : null,
    unreviewedOverOneWorkingDay: ready.filter((p) => p.firstReviewHours === undefined && p.waitingOn === 'reviewer' && p.waitingHours > dayHours).length,
  };
  const trend = previous
    ? Object.fromEntries(
        (Object.keys(headline) as HeadlineKey[]).map((k) => {
          const before = previous.headline[k];
          const after = headline[k];
          return [k, { previous: before, delta: before === null || after === null ? null : round1(after - before) }];
        }),
      )
    : null;

  return reportSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    generatedAt: isoSecond(now),
    repositories: facts.repos,
    window: { start: isoSecond(start), end: isoSecond(now), days: s.windowDays },
    incomplete,
    headline,
    trend,
    openPrs: openPrs.map(({ firstReviewHours: _f, ...p }) => p),
    wipPerAuthor,
    duplicates,
    merged: {
      count: mergedNow.length,
      previousCount,
      bySize,
      timeToMergeHours: { median: round1OrNull(median(ttm)), p90: round1OrNull(percentile(ttm, 90)), max: ttm.length ? round1(Math.max(...ttm)) : null },
      byWeekday,
      byHour,
    },
    sprintGoals,
  });
}
