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
 * This file decides; review-latency-summary.ts words the result (annotations, table, summary blocks).
 */
import type { Actor, PullTimeline, Reviewer, TimelineEvent } from '../facts/types.ts';
import type { ReviewLatencySettings } from '../inputs/review-latency.ts';
import { noLabelChanges, type Verdict } from '../verdict.ts';
import {
  breachAnnotation,
  latencyReportAnnotations,
  latencyReportSummary,
  pullSummary,
} from './review-latency-summary.ts';
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

/** A reviewer's clock starts at the later of "ready for review" and the request. */
const clockStart = (readyAt: number, r: { at: number }): number => Math.max(readyAt, r.at);

type Review = Extract<TimelineEvent, { kind: 'review' }>;
interface Request {
  reviewer: Reviewer;
  at: number;
}

/** The state of a PR after its timeline is replayed, oldest event first. */
interface Replayed {
  /** When the PR last became ready for review; undefined while it is a draft. */
  readyAt: number | undefined;
  /** Open requests, the last one per reviewer or team. */
  requests: Map<string, Request>;
  firstRequestAt: number | undefined;
  cycles: number;
  /** The latest changes request that no later approval cleared. */
  changesRequestedAt: number | undefined;
  changesBy: string[];
  lastPushAt: number;
}

function replayTimeline(t: PullTimeline, isResponse: (e: TimelineEvent) => e is Review): Replayed {
  // Readiness: a PR whose first draft/ready event is "ready" was opened as a draft.
  const firstToggle = t.events.find((e) => e.kind === 'ready' || e.kind === 'draft');
  const openedAsDraft = firstToggle ? firstToggle.kind === 'ready' : t.draft;
  let readyAt: number | undefined = openedAsDraft ? undefined : t.createdAt;
  const requests = new Map<string, Request>();
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
  return { readyAt, requests, firstRequestAt, cycles, changesRequestedAt, changesBy, lastPushAt };
}

interface Wait {
  waitingOn: WaitingOn;
  since: number;
  waitingFor: string[];
}

/** Who the PR waits on and since when: the first case that applies wins. */
function currentWait(
  r: Replayed,
  readyAt: number,
  outstanding: readonly Request[],
  answeredOnce: boolean,
  now: number,
): Wait {
  const { changesRequestedAt, lastPushAt } = r;
  if (changesRequestedAt !== undefined && lastPushAt < changesRequestedAt)
    return { waitingOn: 'author', since: changesRequestedAt, waitingFor: [] };
  if (outstanding.length)
    return {
      waitingOn: 'reviewer',
      since: Math.min(...outstanding.map((q) => clockStart(readyAt, q))),
      waitingFor: outstanding.map((q) => label(q.reviewer)),
    };
  if (!answeredOnce) return { waitingOn: 'reviewer', since: readyAt, waitingFor: [] };
  if (changesRequestedAt !== undefined && lastPushAt >= changesRequestedAt)
    return { waitingOn: 'reviewer', since: lastPushAt, waitingFor: r.changesBy };
  return { waitingOn: 'nobody', since: now, waitingFor: [] };
}

export function pullLatency(t: PullTimeline, s: ReviewLatencySettings, now: number): PullLatency {
  const isResponse = (e: TimelineEvent): e is Review => e.kind === 'review' && !isSelfOrIgnored(e.author, t.author, s);
  const replayed = replayTimeline(t, isResponse);
  const { readyAt, firstRequestAt } = replayed;
  const draft = readyAt === undefined;
  const base = {
    number: t.number,
    title: t.title,
    url: t.url,
    author: t.author.login,
    draft,
    reviewCycles: replayed.cycles,
  };
  if (draft) return { ...base, waitingOn: 'author', waitingFor: [], waitingHours: 0, breached: false };

  const responses = t.events.filter(isResponse).filter((e) => e.at >= readyAt);
  const answered = (r: Request): boolean =>
    responses.some(
      (e) =>
        e.at >= clockStart(readyAt, r) &&
        (r.reviewer.kind === 'team' || e.author.login.toLowerCase() === r.reviewer.name.toLowerCase()),
    );
  // A request to a bot or an ignored user is nobody's human wait.
  const countsAsWait = (r: Reviewer): boolean =>
    r.kind === 'team' || !isSelfOrIgnored({ login: r.name, bot: r.name.endsWith('[bot]') }, t.author, s);
  const outstanding = [...replayed.requests.values()].filter((r) => countsAsWait(r.reviewer) && !answered(r));

  // The PR's own clock: ready for review, or the first request if that came later (re-requests don't move it).
  const firstStart = firstRequestAt === undefined ? readyAt : Math.max(readyAt, firstRequestAt);
  const first = responses[0];
  const firstReviewHours = first
    ? round1(workingHours(Math.min(firstStart, first.at), first.at, s.calendar))
    : undefined;

  const { waitingOn, since, waitingFor } = currentWait(replayed, readyAt, outstanding, first !== undefined, now);
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
    summary: pullSummary(p, s),
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
  return {
    check: 'review-latency',
    conclusion: breached.length && s.failOnBreach ? 'failure' : 'success',
    annotations: latencyReportAnnotations(breached, s, incomplete),
    labels: noLabelChanges(),
    outputs: {
      'breached-count': String(breached.length),
      'open-prs': String(pulls.length),
      incomplete: String(incomplete !== undefined),
    },
    summary: latencyReportSummary(pulls, breached.length, s, incomplete),
    details: { pulls, breached: breached.length, ...(incomplete ? { incomplete } : {}) },
  };
}
