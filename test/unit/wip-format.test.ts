import { describe, expect, it } from 'vitest';
import { count, date, dateTime, duration, percent, workingDuration } from '../../src/report/format.ts';
import { headlineCards } from '../../src/report/headline-cards.ts';
import { buildWipReport } from '../../src/report/wip-report.ts';
import { facts, H, merged, NOW, pull, settings } from '../helpers/wip-fixtures.ts';

describe('how the report writes figures', () => {
  it('thousands separators, one decimal, percent', () => {
    expect([count(12345), count(2.25), count(null), percent(66.7), percent(null)]).toEqual([
      '12,345',
      '2.3',
      '–',
      '66.7%',
      '–',
    ]);
  });

  it('durations in hours up to two days, then days; waits in working hours, then working days', () => {
    expect([duration(5.5), duration(47.9), duration(72), duration(null)]).toEqual(['5.5 h', '47.9 h', '3 days', '–']);
    expect([workingDuration(3, 8), workingDuration(15.9, 8), workingDuration(40, 8)]).toEqual([
      '3 working h',
      '15.9 working h',
      '5 working days',
    ]);
  });

  it('dates and times in the report\u2019s time zone, with the zone', () => {
    expect(dateTime('2026-11-23T08:00:00Z', 'UTC')).toBe('2026-11-23 08:00 UTC');
    expect(dateTime('2026-07-01T23:30:00Z', 'Europe/Berlin')).toBe('2026-07-02 01:30 GMT+2');
    expect(date('2026-11-23T23:30:00Z', 'Asia/Tokyo')).toBe('2026-11-24');
  });
});

describe('headline cards', () => {
  it('say better or worse per figure: fewer open PRs is better, more merges is better', () => {
    const last = buildWipReport(facts({ open: [pull(1), pull(2)] }), settings(), NOW - 7 * 24 * H);
    const r = buildWipReport(
      facts({ open: [pull(1), pull(2), pull(3)], merged: [merged(9, NOW - 5 * H, NOW - 2 * H)] }),
      settings(),
      NOW,
      last,
    );
    const byLabel = Object.fromEntries(headlineCards(r).map((c) => [c.label, c]));
    expect(byLabel['Open PRs']).toMatchObject({ value: '3', previous: '2', change: '+1', arrow: '▲', tone: 'worse' });
    expect(byLabel['Merged in the window']).toMatchObject({ change: '+1', arrow: '▲', tone: 'better' });
    expect(byLabel['Median time to merge']).toMatchObject({ value: '3 h', previous: '–', change: null, tone: 'none' });
    expect(byLabel['Open PRs']?.weeks).toEqual([2, 3]);
  });
});
