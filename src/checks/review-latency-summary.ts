/**
 * review-latency's words: breach annotations, the PR table and the summary blocks for latencies
 * computed in review-latency.ts. Pure, like the rule it presents.
 */
import { HANDBOOK, quoteOf } from '../handbook.ts';
import type { ReviewLatencySettings } from '../inputs/review-latency.ts';
import type { Annotation, Block, Inline } from '../verdict.ts';
import type { PullLatency } from './review-latency.ts';

const whoText = (p: PullLatency): string =>
  p.waitingFor.length ? p.waitingFor.join(', ') : 'any reviewer (nobody requested)';

export function breachAnnotation(p: PullLatency, s: ReviewLatencySettings): Annotation {
  return {
    level: 'warning',
    title: `PR #${p.number} waits for review (${p.waitingHours} working h > SLA ${s.slaHours} h)`,
    message: `PR #${p.number} "${p.title}" has waited ${p.waitingHours} working hours for ${whoText(p)}. ${quoteOf(HANDBOOK.reviews)}`,
  };
}

/** The schedule run's annotations: an incomplete-data warning first, then one per PR over the SLA. */
export function latencyReportAnnotations(
  breached: readonly PullLatency[],
  s: ReviewLatencySettings,
  incomplete: string | undefined,
): Annotation[] {
  const annotations: Annotation[] = breached.map((p) => breachAnnotation(p, s));
  if (incomplete)
    annotations.unshift({ level: 'warning', title: 'review-latency: incomplete data', message: incomplete });
  return annotations;
}

const row = (p: PullLatency): Inline[][] => [
  [{ link: `#${p.number} ${p.title}`, href: p.url }],
  [{ code: p.author }],
  [p.waitingOn],
  [p.waitingOn === 'reviewer' ? whoText(p) : p.waitingOn === 'author' ? 'the author' : ''],
  [p.waitingOn === 'nobody' ? '' : String(p.waitingHours)],
  [p.firstReviewHours === undefined ? 'none yet' : String(p.firstReviewHours)],
  [String(p.reviewCycles)],
  [p.breached ? 'over SLA' : ''],
];
const HEADER = [
  'Pull request',
  'Author',
  'Waiting on',
  'Who',
  'Waiting (working h)',
  'First review (working h)',
  'Review cycles',
  'SLA',
];
const ALIGN: ('left' | 'right')[] = ['left', 'left', 'left', 'left', 'right', 'right', 'right', 'left'];

/** The summary of one PR's run (pull_request / review events). */
export function pullSummary(p: PullLatency, s: ReviewLatencySettings): Block[] {
  return [
    {
      kind: 'heading',
      level: 2,
      text: ['Review latency: ', { strong: p.draft ? 'draft' : p.breached ? 'over SLA' : `waiting on ${p.waitingOn}` }],
    },
    { kind: 'quote', text: quoteOf(HANDBOOK.reviews) },
    { kind: 'table', header: HEADER, align: ALIGN, rows: [row(p)] },
    { kind: 'paragraph', text: `SLA: ${s.slaHours} working hours, counted ${calendarText(s)}.` },
  ];
}

/** The summary of a schedule run: every ready PR, longest wait first. */
export function latencyReportSummary(
  pulls: readonly PullLatency[],
  breached: number,
  s: ReviewLatencySettings,
  incomplete: string | undefined,
): Block[] {
  const summary: Block[] = [
    {
      kind: 'heading',
      level: 2,
      text: ['Review latency: ', { strong: `${breached} of ${pulls.length} ready PRs over SLA` }],
    },
    { kind: 'quote', text: quoteOf(HANDBOOK.reviews) },
  ];
  if (incomplete) summary.push({ kind: 'paragraph', text: [{ strong: 'Incomplete:' }, ` ${incomplete}`] });
  summary.push(
    {
      kind: 'paragraph',
      text: `SLA: ${s.slaHours} working hours, counted ${calendarText(s)}. Longest wait first; drafts are left out.`,
    },
    { kind: 'table', header: HEADER, align: ALIGN, rows: pulls.map(row) },
  );
  return summary;
}

function calendarText(s: ReviewLatencySettings): string {
  const hm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].filter((_, i) => s.calendar.days.has(i)).join(', ');
  return `${hm(s.calendar.startMinute)}-${hm(s.calendar.endMinute)} ${s.calendar.timeZone} on ${days}${s.calendar.holidays.size ? `, except ${s.calendar.holidays.size} holidays` : ''}`;
}
