/**
 * Working time between two instants: only the hours inside business hours, on business days, in the
 * team's time zone, outside holidays. Pure; DST-aware through Intl (no dependency, no clock reads).
 */

export interface WorkCalendar {
  /** Minutes after local midnight: start < end, both within one day. */
  startMinute: number;
  endMinute: number;
  /** 0 = Sunday … 6 = Saturday. */
  days: ReadonlySet<number>;
  timeZone: string;
  /** Local dates, YYYY-MM-DD. */
  holidays: ReadonlySet<string>;
}

const HOUR = 3_600_000;
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(ms: number, timeZone: string): LocalParts {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(ms))
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute!, second: p.second! };
}

/** The zone's offset from UTC at an instant, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const l = localParts(ms, timeZone);
  return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - Math.floor(ms / 1000) * 1000;
}

/** The instant a local wall-clock time happens; a time skipped by DST moves forward by the gap (as Temporal's 'compatible'). */
export function zonedToUtc(year: number, month: number, day: number, minuteOfDay: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  let ms = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(ms, timeZone);
  if (second !== ms) ms = Math.max(ms, second);
  return ms;
}

/** Local weekday (0 = Sunday) and hour of an instant. */
export function localWeekdayHour(ms: number, timeZone: string): { weekday: number; hour: number } {
  const l = localParts(ms, timeZone);
  return { weekday: new Date(Date.UTC(l.year, l.month - 1, l.day)).getUTCDay(), hour: l.hour };
}

export const isValidTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** Working milliseconds in [from, to); 0 when to <= from. */
export function workingMs(from: number, to: number, cal: WorkCalendar): number {
  if (!(to > from)) return 0;
  let total = 0;
  const first = localParts(from, cal.timeZone);
  // Walk local calendar dates (Date.UTC does the date arithmetic, never the time-zone arithmetic).
  for (let d = Date.UTC(first.year, first.month - 1, first.day); ; d += 24 * HOUR) {
    const date = new Date(d);
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth() + 1;
    const day = date.getUTCDate();
    const dayStart = zonedToUtc(y, m, day, 0, cal.timeZone);
    if (dayStart >= to) break;
    if (cal.days.has(date.getUTCDay()) && !cal.holidays.has(`${y}-${pad(m)}-${pad(day)}`)) {
      const open = zonedToUtc(y, m, day, cal.startMinute, cal.timeZone);
      const close = zonedToUtc(y, m, day, cal.endMinute, cal.timeZone);
      const a = Math.max(open, from);
      const b = Math.min(close, to);
      if (b > a) total += b - a;
    }
  }
  return total;
}

export const workingHours = (from: number, to: number, cal: WorkCalendar): number => workingMs(from, to, cal) / HOUR;

/** "09:00-17:00" → minutes, or an error sentence. */
export function parseBusinessHours(text: string): { startMinute: number; endMinute: number } | string {
  const m = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!m) return 'not HH:MM-HH:MM';
  const [h1, m1, h2, m2] = m.slice(1).map(Number) as [number, number, number, number];
  if (h1 > 23 || h2 > 24 || m1 > 59 || m2 > 59 || (h2 === 24 && m2 !== 0)) return 'not a time of day';
  const startMinute = h1 * 60 + m1;
  const endMinute = h2 * 60 + m2;
  if (endMinute <= startMinute) return 'the end must be later than the start on the same day';
  return { startMinute, endMinute };
}

/** "Mon-Fri", "Sun-Thu", "Mon,Wed,Fri" → day numbers, or an error sentence. */
export function parseBusinessDays(text: string): Set<number> | string {
  const days = new Set<number>();
  for (const part of text
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)) {
    const [a, b] = part.split('-').map((x) => DAY_NAMES.indexOf(x.trim().slice(0, 3)));
    if (
      a === undefined ||
      a < 0 ||
      (b !== undefined && b < 0) ||
      part.split('-').some((x) => !DAY_NAMES.includes(x.trim().slice(0, 3)) || x.trim().length < 3)
    ) {
      return `${JSON.stringify(part)} is not a day name or range`;
    }
    if (b === undefined) days.add(a);
    else
      for (let d = a; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === b) break;
      }
  }
  return days.size ? days : 'no days given';
}
