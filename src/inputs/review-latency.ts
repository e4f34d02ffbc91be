import * as z from 'zod/mini';
import { isValidTimeZone, parseBusinessDays, parseBusinessHours, type WorkCalendar } from '../checks/working-time.ts';
import { tokenInput } from './shared.ts';
import { booleanInput, fromString, parseInputs, problem, type InputSpec } from './spec.ts';

const list = (s: string): string[] =>
  s
    .split(/[\s,]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/** A transform that turns a parser's error sentence into a zod issue. */
const parsed = <T>(parse: (s: string) => T | string) =>
  fromString((s, ctx): T => {
    const r = parse(s);
    return typeof r === 'string' ? problem(ctx, r) : r;
  });

function holidays(s: string): Set<string> | string {
  const out = new Set<string>();
  for (const d of list(s)) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
    const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!date || date.toISOString().slice(0, 10) !== d) return `${JSON.stringify(d)} is not a date`;
    out.add(d);
  }
  return out;
}

/** A GitHub login (letters, digits, hyphens, at most 39), optionally `name[bot]`. */
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/;

/** Logins as people write them: `@alice` or `alice`, compared case-insensitively later. */
function logins(s: string): string[] | string {
  const out: string[] = [];
  for (const item of list(s)) {
    const login = item.replace(/^@/, '');
    if (!LOGIN.test(login)) return `${JSON.stringify(item)} is not a GitHub login`;
    out.push(login);
  }
  return out;
}

export const reviewLatencyInputs = {
  'github-token': tokenInput('Token to read pull requests and their reviews. Read access is enough.'),
  'sla-hours': {
    description:
      'Working hours a ready PR may wait for a reviewer before it is flagged (handbook §2: start your day with reviews).',
    default: '4',
    allowed: 'a number of working hours ≥ 0, e.g. 4 or 1.5',
    schema: parsed((s) => {
      const n = s.trim() === '' ? Number.NaN : Number(s);
      return Number.isNaN(n) ? 'not a number' : !Number.isFinite(n) || n < 0 ? 'must be a finite number ≥ 0' : n;
    }),
  } satisfies InputSpec<number>,
  'business-hours': {
    description: 'Working hours of a day, local to timezone. Waiting is only counted inside them.',
    default: '09:00-17:00',
    allowed: 'HH:MM-HH:MM with the end later than the start, e.g. 09:00-17:00',
    schema: parsed(parseBusinessHours),
  } satisfies InputSpec<{ startMinute: number; endMinute: number }>,
  'business-days': {
    description: 'Working days: ranges or lists of day names.',
    default: 'Mon-Fri',
    allowed: 'day names or ranges such as Mon-Fri, Sun-Thu or Mon,Wed,Fri',
    schema: parsed(parseBusinessDays),
  } satisfies InputSpec<Set<number>>,
  timezone: {
    description: 'IANA time zone of business-hours, e.g. Europe/Berlin.',
    default: 'UTC',
    allowed: 'an IANA time zone such as UTC, Europe/Berlin or America/New_York',
    schema: z.string().check(z.trim(), z.refine(isValidTimeZone, 'not a time zone')),
  } satisfies InputSpec<string>,
  holidays: {
    description: 'Dates that are not working days (comma- or newline-separated YYYY-MM-DD).',
    default: '',
    allowed: 'dates as YYYY-MM-DD, separated by commas or newlines',
    schema: parsed(holidays),
  } satisfies InputSpec<Set<string>>,
  'ignore-users': {
    description: 'Logins whose reviews do not count as a response (bots are never counted).',
    default: '',
    allowed: 'logins (alice or @alice; bots as name[bot]) separated by commas or newlines',
    schema: parsed(logins),
  } satisfies InputSpec<string[]>,
  'fail-on-breach': {
    description:
      'Fail the check when a PR waits on reviewers longer than sla-hours. By default it only warns: a nudge, not a gate.',
    default: 'false',
    allowed: 'true or false',
    schema: booleanInput,
  } satisfies InputSpec<boolean>,
};

export interface ReviewLatencySettings {
  calendar: WorkCalendar;
  slaHours: number;
  ignoreUsers: ReadonlySet<string>;
  failOnBreach: boolean;
}

export function parseReviewLatencySettings(read: (name: string) => string | undefined): ReviewLatencySettings {
  const { 'github-token': _token, ...specs } = reviewLatencyInputs;
  const raw = parseInputs(specs, read);
  return {
    calendar: { ...raw['business-hours'], days: raw['business-days'], timeZone: raw.timezone, holidays: raw.holidays },
    slaHours: raw['sla-hours'],
    ignoreUsers: new Set(raw['ignore-users'].map((u) => u.toLowerCase())),
    failOnBreach: raw['fail-on-breach'],
  };
}
