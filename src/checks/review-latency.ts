/**
 * review-latency — handbook §2 "Sizing a task and reducing WIP":
 *   "First, start your own day by responding to review requests from colleagues, and unblocking
 *    their work. … Otherwise, if everybody jumps to implement new features before reviewing WIP, we
 *    will end up with three different PRs, all for the same thing."
 *
 * Pure: (timelines, settings, now) -> Verdict. Waiting is counted in working hours only.
 *  - The clock for a reviewer starts at the later of "ready for review" (creation, or the last
 *    ready-for-review event of a former draft) and the (last) request to that reviewer or team.
 *  - A response is a submitted review (any state, comments included) by someone other than the
 *    author, not a bot, not in ignore-users. A user's review answers their request; any response
 *    answers a team's.
 *  - Waiting on the author: the latest decisive review requested changes and nothing was pushed since.
 */
import type { Actor, PullTimeline, Reviewer, TimelineEvent } from '../facts/types.ts';
import { HANDBOOK, quoteOf } from '../handbook.ts';
import type { ReviewLatencySettings } from '../inputs/review-latency.ts';
import { noLabelChanges, type Annotation, type Block, type Inline, type Verdict } from '../verdict.ts';
import { workingHours } from './working-time.ts';

export type WaitingOn = 'reviewer' | 'author' | 'nobody';

export interface PullLatency {
  number: number;
  title: string;
  url: string;
  author: string;
  draft: boolean;
  /** Working hours from the first clock start to the first response; undefined while none came. */
  firstReviewHours?: number;
  firstResponder?: string;
  waitingOn: WaitingOn;
  /** Outstanding reviewers (`@login`, `team:slug`); empty with waitingOn reviewer = anyone. */
  waitingFor: string[];
  waitingHours: number;
  reviewCycles: number;
  breached: boolean;
}

const key = (r: Reviewer): string => `${r.kind}:${r.name.toLowerCase()}`;
const label = (r: Reviewer): string => (r.kind === 'team' ? `team:${r.name}` : `@${r.name}`);
const round1 = (h: number): number => Math.round(h * 10) / 10;

export function pullLatency(t: PullTimeline, s: ReviewLatencySettings, now: number): PullLatency {
  const isResponse = (e: TimelineEvent): e is Extract<TimelineEvent, { kind: 'review' }> =>
    e.kind === 'review' && !isSelfOrIgnored(e.author, t.author, s);

  // Readiness: a PR whose first draft/ready event is "ready" was opened as a draft.
  const firstToggle = t.events.find((e) => e.kind === 'ready' || e.kind === 'draft');
  const openedAsDraft = firstToggle ? firstToggle.kind === 'ready' : t.draft;
  let readyAt: number | undefined = openedAsDraft ? undefined : t.createdAt;
  const requests = new Map<string, { reviewer: Reviewer; at: number }>();
  let phase: 'none' | 'changes requested' | 'updated' = 'none';
  let cycles = 0;
  let changesRequestedAt: number | undefined;
  let changesBy: string[] = [];
  let lastPushAt = -Infinity;
  let firstRequestAt: number | undefined;

  for (const e of t.events) {
    if (e.kind === 'ready') readyAt = e.at;
    else if (e.kind === 'draft') readyAt = undefined;
    else if (e.kind === 'requested') {
      requests.set(key(e.reviewer), { reviewer: e.reviewer, at: e.at });
      firstRequestAt ??= e.at;
    } else if (e.kind === 'unrequested') requests.delete(key(e.reviewer));
    else if (e.kind === 'push') {
      lastPushAt = e.at;
      if (phase === 'changes requested') phase = 'updated';
    } else if (isResponse(e)) {
      if (phase === 'updated') {
        cycles++;
        phase = 'none';
      }
      if (e.state === 'CHANGES_REQUESTED') {
        phase = 'changes requested';
        changesRequestedAt = e.at;
        changesBy = [`@${e.author.login}`];
      } else if (e.state === 'APPROVED' && changesRequestedAt !== undefined && e.at > changesRequestedAt)
        changesRequestedAt = undefined;
    }
  }
  const draft = readyAt === undefined;
  const base = { number: t.number, title: t.title, url: t.url, author: t.author.login, draft, reviewCycles: cycles };
  if (draft) return { ...base, waitingOn: 'author', waitingFor: [], waitingHours: 0, breached: false };

  const responses = t.events.filter(isResponse).filter((e) => e.at >= readyAt!);
  const clockOf = (r: { at: number }): number => Math.max(readyAt!, r.at);
  const answered = (r: { reviewer: Reviewer; at: number }): boolean =>
    responses.some(
      (e) =>
        e.at >= clockOf(r) &&
        (r.reviewer.kind === 'team' || e.author.login.toLowerCase() === r.reviewer.name.toLowerCase()),
    );
  // A request to a bot or an ignored user is nobody's human wait.
  const countsAsWait = (r: Reviewer): boolean =>
    r.kind === 'team' || !isSelfOrIgnored({ login: r.name, bot: r.name.endsWith('[bot]') }, t.author, s);
  const outstanding = [...requests.values()].filter((r) => countsAsWait(r.reviewer) && !answered(r));

  // The PR's own clock: ready for review, or the first request if that came later (re-requests don't move it).
  const firstStart = firstRequestAt === undefined ? readyAt! : Math.max(readyAt!, firstRequestAt);
  const first = responses[0];
  const firstReviewHours = first
    ? round1(workingHours(Math.min(firstStart, first.at), first.at, s.calendar))
    : undefined;

  let waitingOn: WaitingOn = 'nobody';
  let since = now;
  let waitingFor: string[] = [];
  if (changesRequestedAt !== undefined && lastPushAt < changesRequestedAt) {
    waitingOn = 'author';
    since = changesRequestedAt;
  } else if (outstanding.length) {
    waitingOn = 'reviewer';
    since = Math.min(...outstanding.map(clockOf));
    waitingFor = outstanding.map((r) => label(r.reviewer));
  } else if (!first) {
    waitingOn = 'reviewer';
    since = readyAt!;
  } else if (changesRequestedAt !== undefined && lastPushAt >= changesRequestedAt) {
    waitingOn = 'reviewer';
    since = lastPushAt;
    waitingFor = changesBy;
  }
  const waitingHours = waitingOn === 'nobody' ? 0 : round1(workingHours(since, now, s.calendar));
  return {
    ...base,
    firstReviewHours,
    ...(first ? { firstResponder: first.author.login } : {}),
    waitingOn,
    waitingFor,
    waitingHours,
    breached: waitingOn === 'reviewer' && waitingHours > s.slaHours,
  };
}

function isSelfOrIgnored(a: Actor, author: Actor, s: ReviewLatencySettings): boolean {
  return a.bot || a.login.toLowerCase() === author.login.toLowerCase() || s.ignoreUsers.has(a.login.toLowerCase());
}

const whoText = (p: PullLatency): string =>
  p.waitingFor.length ? p.waitingFor.join(', ') : 'any reviewer (nobody requested)';

function breachAnnotation(p: PullLatency, s: ReviewLatencySettings): Annotation {
  return {
    level: 'warning',
    title: `PR #${p.number} waits for review (${p.waitingHours} working h > SLA ${s.slaHours} h)`,
    message: `PR #${p.number} "${p.title}" has waited ${p.waitingHours} working hours for ${whoText(p)}. ${quoteOf(HANDBOOK.reviews)}`,
  };
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

/** One PR (pull_request / review events). */
export function reviewLatencyForPull(t: PullTimeline, s: ReviewLatencySettings, now: number): Verdict<PullLatency> {
  const p = pullLatency(t, s, now);
  return {
    check: 'review-latency',
    conclusion: p.breached && s.failOnBreach ? 'failure' : 'success',
    annotations: p.breached ? [breachAnnotation(p, s)] : [],
    labels: noLabelChanges(),
    outputs: {
      'first-review-hours': p.firstReviewHours === undefined ? '' : String(p.firstReviewHours),
      'waiting-on': p.waitingOn,
      'waiting-hours': String(p.waitingHours),
      'review-cycles': String(p.reviewCycles),
      breached: String(p.breached),
    },
    summary: [
      {
        kind: 'heading',
        level: 2,
        text: [
          'Review latency: ',
          { strong: p.draft ? 'draft' : p.breached ? 'over SLA' : `waiting on ${p.waitingOn}` },
        ],
      },
      { kind: 'quote', text: quoteOf(HANDBOOK.reviews) },
      { kind: 'table', header: HEADER, align: ALIGN, rows: [row(p)] },
      { kind: 'paragraph', text: `SLA: ${s.slaHours} working hours, counted ${calendarText(s)}.` },
    ],
    details: p,
  };
}

export interface LatencyReport {
  pulls: PullLatency[];
  breached: number;
  incomplete?: string;
}

/** All open, ready PRs (schedule / workflow_dispatch): the morning nudge. */
export function reviewLatencyReport(
  timelines: readonly PullTimeline[],
  s: ReviewLatencySettings,
  now: number,
  incomplete?: string,
): Verdict<LatencyReport> {
  const pulls = timelines
    .map((t) => pullLatency(t, s, now))
    .filter((p) => !p.draft)
    .sort((a, b) => b.waitingHours - a.waitingHours || a.number - b.number);
  const breached = pulls.filter((p) => p.breached);
  const annotations: Annotation[] = breached.map((p) => breachAnnotation(p, s));
  if (incomplete)
    annotations.unshift({ level: 'warning', title: 'review-latency: incomplete data', message: incomplete });
  const summary: Block[] = [
    {
      kind: 'heading',
      level: 2,
      text: ['Review latency: ', { strong: `${breached.length} of ${pulls.length} ready PRs over SLA` }],
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
  return {
    check: 'review-latency',
    conclusion: breached.length && s.failOnBreach ? 'failure' : 'success',
    annotations,
    labels: noLabelChanges(),
    outputs: {
      'breached-count': String(breached.length),
      'open-prs': String(pulls.length),
      incomplete: String(incomplete !== undefined),
    },
    summary,
    details: { pulls, breached: breached.length, ...(incomplete ? { incomplete } : {}) },
  };
}

function calendarText(s: ReviewLatencySettings): string {
  const hm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].filter((_, i) => s.calendar.days.has(i)).join(', ');
  return `${hm(s.calendar.startMinute)}-${hm(s.calendar.endMinute)} ${s.calendar.timeZone} on ${days}${s.calendar.holidays.size ? `, except ${s.calendar.holidays.size} holidays` : ''}`;
}
