import { describe, expect, it } from 'vitest';
import { pullLatency, reviewLatencyForPull, reviewLatencyReport } from '../../src/checks/review-latency.ts';
import type { PullTimeline, TimelineEvent } from '../../src/facts/types.ts';
import { parseReviewLatencySettings } from '../../src/inputs/review-latency.ts';

const settings = (raw: Record<string, string> = {}) => parseReviewLatencySettings((n) => raw[n]);
const t = (iso: string): number => Date.parse(iso);
const alice = { login: 'alice', bot: false };
const bob = { login: 'bob', bot: false };
const author = { login: 'author', bot: false };
const bot = { login: 'ci-helper[bot]', bot: true };

const timeline = (events: TimelineEvent[], o: Partial<PullTimeline> = {}): PullTimeline => ({
  number: 1,
  title: 'A PR',
  url: 'https://github.com/o/r/pull/1',
  author,
  createdAt: t('2026-11-23T09:00:00Z'),
  draft: false,
  events,
  ...o,
});
const req = (at: string, name: string, kind: 'user' | 'team' = 'user'): TimelineEvent => ({
  kind: 'requested',
  at: t(at),
  reviewer: { kind, name },
});
const review = (at: string, who = alice, state = 'COMMENTED'): TimelineEvent => ({
  kind: 'review',
  at: t(at),
  author: who,
  state,
});
const push = (at: string): TimelineEvent => ({ kind: 'push', at: t(at) });

// Monday 2026-11-23 is a working day; business hours 09:00-17:00 UTC by default.
describe('review-latency rules', () => {
  it.each<[string, TimelineEvent[], Partial<PullTimeline>, string, Partial<ReturnType<typeof pullLatency>>]>([
    [
      'draft → ready → request → bot comment → human review: clock from the request, bot ignored',
      [
        { kind: 'ready', at: t('2026-11-23T10:00:00Z') },
        req('2026-11-23T11:00:00Z', 'alice'),
        review('2026-11-23T11:30:00Z', bot),
        review('2026-11-23T14:00:00Z', alice, 'APPROVED'),
      ],
      { draft: false },
      '2026-11-23T16:00:00Z',
      { firstReviewHours: 3, firstResponder: 'alice', waitingOn: 'nobody', waitingHours: 0, breached: false },
    ],
    [
      'request still open after 6 working hours: over the 4 h SLA',
      [req('2026-11-23T09:00:00Z', 'alice')],
      {},
      '2026-11-23T15:00:00Z',
      { waitingOn: 'reviewer', waitingFor: ['@alice'], waitingHours: 6, breached: true },
    ],
    [
      're-request restarts that reviewer\u2019s clock',
      [req('2026-11-23T09:00:00Z', 'alice'), review('2026-11-23T10:00:00Z'), req('2026-11-23T14:00:00Z', 'alice')],
      {},
      '2026-11-23T16:00:00Z',
      { waitingOn: 'reviewer', waitingFor: ['@alice'], waitingHours: 2, firstReviewHours: 1 },
    ],
    [
      'team request: any human response answers it',
      [req('2026-11-23T09:00:00Z', 'web', 'team'), review('2026-11-23T09:30:00Z', bob)],
      {},
      '2026-11-23T16:00:00Z',
      { waitingOn: 'nobody', firstReviewHours: 0.5 },
    ],
    [
      'open team request is named as team:slug',
      [req('2026-11-23T09:00:00Z', 'web', 'team')],
      {},
      '2026-11-23T10:00:00Z',
      { waitingOn: 'reviewer', waitingFor: ['team:web'], waitingHours: 1, breached: false },
    ],
    [
      'review outside hours: Friday 18:00 request answered Monday 10:00 is 1 working hour',
      [req('2026-11-20T18:00:00Z', 'alice'), review('2026-11-23T10:00:00Z')],
      { createdAt: t('2026-11-20T17:30:00Z') },
      '2026-11-23T12:00:00Z',
      { firstReviewHours: 1, waitingOn: 'nobody' },
    ],
    [
      'across a weekend the wait stops',
      [req('2026-11-20T15:00:00Z', 'alice')],
      { createdAt: t('2026-11-20T15:00:00Z') },
      '2026-11-23T11:00:00Z',
      { waitingOn: 'reviewer', waitingHours: 4, breached: false },
    ],
    [
      'changes requested and no push since: waiting on the author, not a breach',
      [req('2026-11-23T09:00:00Z', 'alice'), review('2026-11-23T10:00:00Z', alice, 'CHANGES_REQUESTED')],
      {},
      '2026-11-24T16:00:00Z',
      { waitingOn: 'author', waitingHours: 14, breached: false, reviewCycles: 0 },
    ],
    [
      'changes requested → push → re-review is one cycle; a second push waits on the reviewer again',
      [
        review('2026-11-23T10:00:00Z', alice, 'CHANGES_REQUESTED'),
        push('2026-11-23T11:00:00Z'),
        review('2026-11-23T12:00:00Z', alice, 'CHANGES_REQUESTED'),
        push('2026-11-23T13:00:00Z'),
      ],
      {},
      '2026-11-23T16:00:00Z',
      { reviewCycles: 1, waitingOn: 'reviewer', waitingFor: ['@alice'], waitingHours: 3 },
    ],
    [
      'the author reviewing their own PR, and ignored users, are not responses',
      [
        req('2026-11-23T09:00:00Z', 'alice'),
        review('2026-11-23T09:10:00Z', author),
        review('2026-11-23T09:20:00Z', { login: 'Lurker', bot: false }),
      ],
      {},
      '2026-11-23T11:00:00Z',
      { waitingOn: 'reviewer', waitingHours: 2, firstReviewHours: undefined },
    ],
    [
      'nobody requested and nobody reviewed: waiting on any reviewer since ready',
      [],
      {},
      '2026-11-23T14:00:00Z',
      { waitingOn: 'reviewer', waitingFor: [], waitingHours: 5, breached: true },
    ],
    [
      'time in draft does not count: the clock starts at ready for review',
      [
        { kind: 'draft', at: t('2026-11-23T09:05:00Z') },
        { kind: 'ready', at: t('2026-11-23T15:00:00Z') },
      ],
      {},
      '2026-11-23T16:00:00Z',
      { waitingOn: 'reviewer', waitingHours: 1 },
    ],
    [
      'a PR opened as a draft and still draft: not waiting on reviewers',
      [],
      { draft: true },
      '2026-11-25T16:00:00Z',
      { draft: true, waitingOn: 'author', breached: false },
    ],
    [
      'removed review request no longer waits',
      [
        req('2026-11-23T09:00:00Z', 'alice'),
        { kind: 'unrequested', at: t('2026-11-23T09:30:00Z'), reviewer: { kind: 'user', name: 'alice' } },
        review('2026-11-23T10:00:00Z', bob),
      ],
      {},
      '2026-11-23T16:00:00Z',
      { waitingOn: 'nobody' },
    ],
    [
      'a holiday is not waited',
      [req('2026-12-24T09:00:00Z', 'alice')],
      { createdAt: t('2026-12-24T09:00:00Z') },
      '2026-12-28T10:00:00Z',
      { waitingHours: 1 },
    ],
  ])('%s', (_name, events, extra, now, expected) => {
    const s = settings({ 'ignore-users': 'lurker', holidays: '2026-12-24,2026-12-25' });
    expect(pullLatency(timeline(events, extra), s, t(now))).toMatchObject(expected);
  });

  it('DST week in Europe/Berlin: 5 days of waiting are 40 working hours', () => {
    const s = settings({ timezone: 'Europe/Berlin' });
    const p = pullLatency(
      timeline([req('2026-03-26T00:00:00Z', 'alice')], { createdAt: t('2026-03-26T00:00:00Z') }),
      s,
      t('2026-04-02T00:00:00Z'),
    );
    expect(p.waitingHours).toBe(40);
  });

  it('a PR event verdict: outputs, warning naming reviewers as text, no failure unless fail-on-breach', () => {
    const tl = timeline([req('2026-11-23T09:00:00Z', 'alice'), req('2026-11-23T09:00:00Z', 'web', 'team')]);
    const v = reviewLatencyForPull(tl, settings(), t('2026-11-23T15:00:00Z'));
    expect(v.outputs).toEqual({
      'first-review-hours': '',
      'waiting-on': 'reviewer',
      'waiting-hours': '6',
      'review-cycles': '0',
      breached: 'true',
    });
    expect(v.conclusion).toBe('success');
    expect(v.annotations[0]!.message).toContain('has waited 6 working hours for @alice, team:web');
    expect(v.annotations[0]!.message).toContain('start your own day by responding to review requests');
    expect(reviewLatencyForPull(tl, settings({ 'fail-on-breach': 'true' }), t('2026-11-23T15:00:00Z')).conclusion).toBe(
      'failure',
    );
  });

  it('the schedule report: drafts left out, longest wait first, breached count, incomplete flagged', () => {
    const tls = [
      timeline([req('2026-11-23T13:00:00Z', 'a')], { number: 1 }),
      timeline([req('2026-11-23T09:00:00Z', 'b')], { number: 2 }),
      timeline([], { number: 3, draft: true }),
    ];
    const v = reviewLatencyReport(tls, settings(), t('2026-11-23T15:00:00Z'), 'page 3 failed');
    expect(v.details.pulls.map((p) => p.number)).toEqual([2, 1]);
    expect(v.outputs).toEqual({ 'breached-count': '1', 'open-prs': '2', incomplete: 'true' });
    expect(v.annotations.map((a) => a.level)).toEqual(['warning', 'warning']);
    expect(JSON.stringify(v.summary)).toContain('Incomplete:');
  });
});
