/** How the report writes numbers, durations, dates and sparklines, for every renderer alike. Pure. */

import { thousands } from '../number-format.ts';

/** At most one decimal. */
const NUMBER = { format: (n: number): string => thousands(n, 1) };

/** 12,345 and 2.5: thousands separators, at most one decimal; "–" for no data. */
export const count = (n: number | null): string => (n === null ? '–' : NUMBER.format(n));

export const percent = (p: number | null): string => (p === null ? '–' : `${NUMBER.format(p)}%`);

/** A wall-clock duration: hours up to two days, days beyond. */
export const duration = (hours: number | null): string =>
  hours === null ? '–' : hours < 48 ? `${NUMBER.format(hours)} h` : `${NUMBER.format(hours / 24)} days`;

/** A working-time duration: working hours up to two working days, working days beyond. */
export const workingDuration = (hours: number, dayHours: number): string =>
  hours < 2 * dayHours ? `${NUMBER.format(hours)} working h` : `${NUMBER.format(hours / dayHours)} working days`;

export const days = (d: number): string => `${NUMBER.format(d)} ${d === 1 ? 'day' : 'days'}`;

/** 2026-11-23 09:00 CET: the date and time in the report's time zone, with the zone's name. */
export function dateTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(new Date(iso));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${p.timeZoneName}`;
}

export const date = (iso: string, timeZone: string): string => dateTime(iso, timeZone).slice(0, 10);

const LEVELS = '▁▂▃▄▅▆▇█';

/** ▁▂▃▅▇: one character per week between the smallest and largest value; a space for no data. */
export function sparkline(values: readonly (number | null)[]): string {
  const known = values.filter((v): v is number => v !== null);
  if (!known.length) return values.map(() => ' ').join('');
  const [lo, hi] = [Math.min(...known), Math.max(...known)];
  return values
    .map((v) =>
      v === null ? ' ' : hi === lo ? LEVELS[3] : LEVELS[Math.round(((v - lo) / (hi - lo)) * (LEVELS.length - 1))],
    )
    .join('');
}
