import { describe, expect, it } from 'vitest';
import {
  parseBusinessDays,
  parseBusinessHours,
  workingHours,
  zonedToUtc,
  type WorkCalendar,
} from '../../src/checks/working-time.ts';

const cal = (o: Partial<WorkCalendar> = {}): WorkCalendar => ({
  startMinute: 9 * 60,
  endMinute: 17 * 60,
  days: new Set([1, 2, 3, 4, 5]),
  timeZone: 'UTC',
  holidays: new Set(),
  ...o,
});
const t = (iso: string): number => Date.parse(iso);

describe('working time', () => {
  it('inside one day, and clipped to business hours', () => {
    expect(workingHours(t('2026-11-23T10:00:00Z'), t('2026-11-23T12:30:00Z'), cal())).toBe(2.5);
    expect(workingHours(t('2026-11-23T07:00:00Z'), t('2026-11-23T20:00:00Z'), cal())).toBe(8);
    expect(workingHours(t('2026-11-23T18:00:00Z'), t('2026-11-24T08:00:00Z'), cal())).toBe(0);
  });

  it('across a weekend only weekdays count (Fri 16:00 → Mon 10:00 = 2 h)', () => {
    expect(workingHours(t('2026-11-20T16:00:00Z'), t('2026-11-23T10:00:00Z'), cal())).toBe(2);
  });

  it('holidays do not count', () => {
    expect(
      workingHours(
        t('2026-12-24T09:00:00Z'),
        t('2026-12-28T09:00:00Z'),
        cal({ holidays: new Set(['2026-12-24', '2026-12-25']) }),
      ),
    ).toBe(0);
  });

  it('a time zone shifts the window (09:00-17:00 in Tokyo is 00:00-08:00 UTC)', () => {
    expect(workingHours(t('2026-11-23T00:00:00Z'), t('2026-11-23T23:59:00Z'), cal({ timeZone: 'Asia/Tokyo' }))).toBe(8);
    expect(workingHours(t('2026-11-23T08:00:00Z'), t('2026-11-23T23:59:00Z'), cal({ timeZone: 'Asia/Tokyo' }))).toBe(0);
  });

  it('a week across the spring DST switch in Europe/Berlin is still 40 working hours', () => {
    // DST starts Sunday 2026-03-29 02:00 local; 09:00 local is 08:00Z before and 07:00Z after.
    const c = cal({ timeZone: 'Europe/Berlin' });
    expect(workingHours(t('2026-03-26T00:00:00Z'), t('2026-04-02T00:00:00Z'), c)).toBe(40);
    expect(zonedToUtc(2026, 3, 27, 9 * 60, 'Europe/Berlin')).toBe(t('2026-03-27T08:00:00Z'));
    expect(zonedToUtc(2026, 3, 30, 9 * 60, 'Europe/Berlin')).toBe(t('2026-03-30T07:00:00Z'));
    // Mon 30 March 07:30Z is 09:30 local: half an hour of work has passed.
    expect(workingHours(t('2026-03-30T07:00:00Z'), t('2026-03-30T07:30:00Z'), c)).toBe(0.5);
  });

  it('a week across the autumn DST switch in America/New_York', () => {
    // DST ends Sunday 2026-11-01 02:00 local; 09:00 local is 13:00Z before and 14:00Z after.
    const c = cal({ timeZone: 'America/New_York' });
    expect(workingHours(t('2026-10-29T00:00:00Z'), t('2026-11-05T00:00:00Z'), c)).toBe(40);
    expect(zonedToUtc(2026, 10, 30, 9 * 60, 'America/New_York')).toBe(t('2026-10-30T13:00:00Z'));
    expect(zonedToUtc(2026, 11, 2, 9 * 60, 'America/New_York')).toBe(t('2026-11-02T14:00:00Z'));
  });

  it('a wall time inside the spring gap moves forward by the gap, as Temporal\'s "compatible" does', () => {
    // 02:30 does not exist in Berlin on 2026-03-29 (02:00 → 03:00): it is taken as 03:30 CEST.
    expect(zonedToUtc(2026, 3, 29, 2 * 60 + 30, 'Europe/Berlin')).toBe(t('2026-03-29T01:30:00Z'));
  });

  it('reversed or empty ranges are 0', () => {
    expect(workingHours(t('2026-11-24T12:00:00Z'), t('2026-11-23T12:00:00Z'), cal())).toBe(0);
  });
});

describe('calendar inputs', () => {
  it.each([
    ['09:00-17:00', { startMinute: 540, endMinute: 1020 }],
    ['8:30 - 18:00', { startMinute: 510, endMinute: 1080 }],
    ['00:00-24:00', { startMinute: 0, endMinute: 1440 }],
    ['25:00-3', 'not HH:MM-HH:MM'],
    ['25:00-26:00', 'not a time of day'],
    ['17:00-09:00', 'the end must be later than the start on the same day'],
  ])('business hours %j', (text, expected) => {
    expect(parseBusinessHours(text)).toEqual(expected);
  });

  it.each([
    ['Mon-Fri', [1, 2, 3, 4, 5]],
    ['Sun-Thu', [0, 1, 2, 3, 4]],
    ['mon, wed,Friday', [1, 3, 5]],
    ['Fri-Mon', [5, 6, 0, 1]],
    ['Funday', '"funday" is not a day name or range'],
    ['Mo-Fr', '"mo-fr" is not a day name or range'],
  ])('business days %j', (text, expected) => {
    const got = parseBusinessDays(text);
    expect(typeof got === 'string' ? got : [...got]).toEqual(expected);
  });
});
