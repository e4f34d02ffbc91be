export const id = 573;
export const ids = [573];
export const modules = {

/***/ 54918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X8: () => (/* binding */ reviewLatencyReport),
/* harmony export */   oD: () => (/* binding */ pullLatency),
/* harmony export */   vq: () => (/* binding */ reviewLatencyForPull)
/* harmony export */ });
/* harmony import */ var _handbook_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53755);
/* harmony import */ var _working_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51942);


const key = (r) => `${r.kind}:${r.name.toLowerCase()}`;
const label = (r) => (r.kind === 'team' ? `team:${r.name}` : `@${r.name}`);
const round1 = (h) => Math.round(h * 10) / 10;
function pullLatency(t, s, now) {
    const isResponse = (e) => e.kind === 'review' && !isSelfOrIgnored(e.author, t.author, s);
    // Readiness: a PR whose first draft/ready event is "ready" was opened as a draft.
    const firstToggle = t.events.find((e) => e.kind === 'ready' || e.kind === 'draft');
    const openedAsDraft = firstToggle ? firstToggle.kind === 'ready' : t.draft;
    let readyAt = openedAsDraft ? undefined : t.createdAt;
    const requests = new Map();
    let phase = 'none';
    let cycles = 0;
    let changesRequestedAt;
    let changesBy = [];
    let lastPushAt = -Infinity;
    let firstRequestAt;
    for (const e of t.events) {
        if (e.kind === 'ready')
            readyAt = e.at;
        else if (e.kind === 'draft')
            readyAt = undefined;
        else if (e.kind === 'requested') {
            requests.set(key(e.reviewer), { reviewer: e.reviewer, at: e.at });
            firstRequestAt ??= e.at;
        }
        else if (e.kind === 'unrequested')
            requests.delete(key(e.reviewer));
        else if (e.kind === 'push') {
            lastPushAt = e.at;
            if (phase === 'changes requested')
                phase = 'updated';
        }
        else if (isResponse(e)) {
            if (phase === 'updated') {
                cycles++;
                phase = 'none';
            }
            if (e.state === 'CHANGES_REQUESTED') {
                phase = 'changes requested';
                changesRequestedAt = e.at;
                changesBy = [`@${e.author.login}`];
            }
            else if (e.state === 'APPROVED' && changesRequestedAt !== undefined && e.at > changesRequestedAt)
                changesRequestedAt = undefined;
        }
    }
    const draft = readyAt === undefined;
    const base = { number: t.number, title: t.title, url: t.url, author: t.author.login, draft, reviewCycles: cycles };
    if (draft)
        return { ...base, waitingOn: 'author', waitingFor: [], waitingHours: 0, breached: false };
    const responses = t.events.filter(isResponse).filter((e) => e.at >= readyAt);
    const clockOf = (r) => Math.max(readyAt, r.at);
    const answered = (r) => responses.some((e) => e.at >= clockOf(r) && (r.reviewer.kind === 'team' || e.author.login.toLowerCase() === r.reviewer.name.toLowerCase()));
    // A request to a bot or an ignored user is nobody's human wait.
    const countsAsWait = (r) => r.kind === 'team' || !isSelfOrIgnored({ login: r.name, bot: r.name.endsWith('[bot]') }, t.author, s);
    const outstanding = [...requests.values()].filter((r) => countsAsWait(r.reviewer) && !answered(r));
    // The PR's own clock: ready for review, or the first request if that came later (re-requests don't move it).
    const firstStart = firstRequestAt === undefined ? readyAt : Math.max(readyAt, firstRequestAt);
    const first = responses[0];
    const firstReviewHours = first ? round1((0,_working_time_js__WEBPACK_IMPORTED_MODULE_1__/* .workingHours */ .ND)(Math.min(firstStart, first.at), first.at, s.calendar)) : undefined;
    let waitingOn = 'nobody';
    let since = now;
    let waitingFor = [];
    if (changesRequestedAt !== undefined && lastPushAt < changesRequestedAt) {
        waitingOn = 'author';
        since = changesRequestedAt;
    }
    else if (outstanding.length) {
        waitingOn = 'reviewer';
        since = Math.min(...outstanding.map(clockOf));
        waitingFor = outstanding.map((r) => label(r.reviewer));
    }
    else if (!first) {
        waitingOn = 'reviewer';
        since = readyAt;
    }
    else if (changesRequestedAt !== undefined && lastPushAt >= changesRequestedAt) {
        waitingOn = 'reviewer';
        since = lastPushAt;
        waitingFor = changesBy;
    }
    const waitingHours = waitingOn === 'nobody' ? 0 : round1((0,_working_time_js__WEBPACK_IMPORTED_MODULE_1__/* .workingHours */ .ND)(since, now, s.calendar));
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
function isSelfOrIgnored(a, author, s) {
    return a.bot || a.login.toLowerCase() === author.login.toLowerCase() || s.ignoreUsers.has(a.login.toLowerCase());
}
const whoText = (p) => (p.waitingFor.length ? p.waitingFor.join(', ') : 'any reviewer (nobody requested)');
function breachAnnotation(p, s) {
    return {
        level: 'warning',
        title: `PR #${p.number} waits for review (${p.waitingHours} working h > SLA ${s.slaHours} h)`,
        message: `PR #${p.number} "${p.title}" has waited ${p.waitingHours} working hours for ${whoText(p)}. Handbook ${_handbook_js__WEBPACK_IMPORTED_MODULE_0__/* .HANDBOOK */ .L.reviews.section}: "${_handbook_js__WEBPACK_IMPORTED_MODULE_0__/* .HANDBOOK */ .L.reviews.quote}"`,
    };
}
const row = (p) => [
    [{ link: `#${p.number} ${p.title}`, href: p.url }],
    [{ code: p.author }],
    [p.waitingOn],
    [p.waitingOn === 'reviewer' ? whoText(p) : p.waitingOn === 'author' ? 'the author' : ''],
    [p.waitingOn === 'nobody' ? '' : String(p.waitingHours)],
    [p.firstReviewHours === undefined ? 'none yet' : String(p.firstReviewHours)],
    [String(p.reviewCycles)],
    [p.breached ? 'over SLA' : ''],
];
const HEADER = ['Pull request', 'Author', 'Waiting on', 'Who', 'Waiting (working h)', 'First review (working h)', 'Review cycles', 'SLA'];
const ALIGN = ['left', 'left', 'left', 'left', 'right', 'right', 'right', 'left'];
/** One PR (pull_request / review events). */
function reviewLatencyForPull(t, s, now) {
    const p = pullLatency(t, s, now);
    return {
        check: 'review-latency',
        conclusion: p.breached && s.failOnBreach ? 'failure' : 'success',
        annotations: p.breached ? [breachAnnotation(p, s)] : [],
        labels: { add: [], remove: [] },
        outputs: {
            'first-review-hours': p.firstReviewHours === undefined ? '' : String(p.firstReviewHours),
            'waiting-on': p.waitingOn,
            'waiting-hours': String(p.waitingHours),
            'review-cycles': String(p.reviewCycles),
            breached: String(p.breached),
        },
        summary: [
            { kind: 'heading', level: 2, text: ['Review latency: ', { strong: p.draft ? 'draft' : p.breached ? 'over SLA' : `waiting on ${p.waitingOn}` }] },
            { kind: 'quote', text: `Handbook ${_handbook_js__WEBPACK_IMPORTED_MODULE_0__/* .HANDBOOK */ .L.reviews.section}: "${_handbook_js__WEBPACK_IMPORTED_MODULE_0__/* .HANDBOOK */ .L.reviews.quote}"` },
            { kind: 'table', header: HEADER, align: ALIGN, rows: [row(p)] },
            { kind: 'paragraph', text: `SLA: ${s.slaHours} working hours, counted ${calendarText(s)}.` },
        ],
        details: p,
    };
}
/** All open, ready PRs (schedule / workflow_dispatch): the morning nudge. */
function reviewLatencyReport(timelines, s, now, incomplete) {
    const pulls = timelines
        .map((t) => pullLatency(t, s, now))
        .filter((p) => !p.draft)
        .sort((a, b) => b.waitingHours - a.waitingHours || a.number - b.number);
    const breached = pulls.filter((p) => p.breached);
    const annotations = breached.map((p) => breachAnnotation(p, s));
    if (incomplete)
        annotations.unshift({ level: 'warning', title: 'review-latency: incomplete data', message: incomplete });
    const summary = [
        { kind: 'heading', level: 2, text: ['Review latency: ', { strong: `${breached.length} of ${pulls.length} ready PRs over SLA` }] },
        { kind: 'quote', text: `Handbook ${_handbook_js__WEBPACK_IMPORTED_MODULE_0__/* .HANDBOOK */ .L.reviews.section}: "${_handbook_js__WEBPACK_IMPORTED_MODULE_0__/* .HANDBOOK */ .L.reviews.quote}"` },
    ];
    if (incomplete)
        summary.push({ kind: 'paragraph', text: [{ strong: 'Incomplete:' }, ` ${incomplete}`] });
    summary.push({ kind: 'paragraph', text: `SLA: ${s.slaHours} working hours, counted ${calendarText(s)}. Longest wait first; drafts are left out.` }, { kind: 'table', header: HEADER, align: ALIGN, rows: pulls.map(row) });
    return {
        check: 'review-latency',
        conclusion: breached.length && s.failOnBreach ? 'failure' : 'success',
        annotations,
        labels: { add: [], remove: [] },
        outputs: { 'breached-count': String(breached.length), 'open-prs': String(pulls.length), incomplete: String(incomplete !== undefined) },
        summary,
        details: { pulls, breached: breached.length, ...(incomplete ? { incomplete } : {}) },
    };
}
function calendarText(s) {
    const hm = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].filter((_, i) => s.calendar.days.has(i)).join(', ');
    return `${hm(s.calendar.startMinute)}-${hm(s.calendar.endMinute)} ${s.calendar.timeZone} on ${days}${s.calendar.holidays.size ? `, except ${s.calendar.holidays.size} holidays` : ''}`;
}


/***/ }),

/***/ 51942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ isValidTimeZone),
/* harmony export */   Ll: () => (/* binding */ parseBusinessDays),
/* harmony export */   ND: () => (/* binding */ workingHours),
/* harmony export */   Rk: () => (/* binding */ parseBusinessHours),
/* harmony export */   uO: () => (/* binding */ localWeekdayHour)
/* harmony export */ });
/* unused harmony exports zonedToUtc, workingMs */
/**
 * Working time between two instants: only the hours inside business hours, on business days, in the
 * team's time zone, outside holidays. Pure; DST-aware through Intl (no dependency, no clock reads).
 */
const HOUR = 3_600_000;
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const formatters = new Map();
function formatter(timeZone) {
    let f = formatters.get(timeZone);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
        formatters.set(timeZone, f);
    }
    return f;
}
function localParts(ms, timeZone) {
    const p = {};
    for (const part of formatter(timeZone).formatToParts(ms))
        if (part.type !== 'literal')
            p[part.type] = Number(part.value);
    return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second };
}
/** The zone's offset from UTC at an instant, in ms. */
function offsetAt(ms, timeZone) {
    const l = localParts(ms, timeZone);
    return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - Math.floor(ms / 1000) * 1000;
}
/** The instant a local wall-clock time happens; a time skipped by DST moves forward by the gap (as Temporal's 'compatible'). */
function zonedToUtc(year, month, day, minuteOfDay, timeZone) {
    const wall = Date.UTC(year, month - 1, day, 0, minuteOfDay);
    let ms = wall - offsetAt(wall, timeZone);
    const second = wall - offsetAt(ms, timeZone);
    if (second !== ms)
        ms = Math.max(ms, second);
    return ms;
}
/** Local weekday (0 = Sunday) and hour of an instant. */
function localWeekdayHour(ms, timeZone) {
    const l = localParts(ms, timeZone);
    return { weekday: new Date(Date.UTC(l.year, l.month - 1, l.day)).getUTCDay(), hour: l.hour };
}
const isValidTimeZone = (tz) => {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
    }
    catch {
        return false;
    }
};
const pad = (n) => String(n).padStart(2, '0');
/** Working milliseconds in [from, to); 0 when to <= from. */
function workingMs(from, to, cal) {
    if (!(to > from))
        return 0;
    let total = 0;
    const first = localParts(from, cal.timeZone);
    // Walk local calendar dates (Date.UTC does the date arithmetic, never the time-zone arithmetic).
    for (let d = Date.UTC(first.year, first.month - 1, first.day);; d += 24 * HOUR) {
        const date = new Date(d);
        const y = date.getUTCFullYear();
        const m = date.getUTCMonth() + 1;
        const day = date.getUTCDate();
        const dayStart = zonedToUtc(y, m, day, 0, cal.timeZone);
        if (dayStart >= to)
            break;
        if (cal.days.has(date.getUTCDay()) && !cal.holidays.has(`${y}-${pad(m)}-${pad(day)}`)) {
            const open = zonedToUtc(y, m, day, cal.startMinute, cal.timeZone);
            const close = zonedToUtc(y, m, day, cal.endMinute, cal.timeZone);
            const a = Math.max(open, from);
            const b = Math.min(close, to);
            if (b > a)
                total += b - a;
        }
    }
    return total;
}
const workingHours = (from, to, cal) => workingMs(from, to, cal) / HOUR;
/** "09:00-17:00" → minutes, or an error sentence. */
function parseBusinessHours(text) {
    const m = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
    if (!m)
        return 'not HH:MM-HH:MM';
    const [h1, m1, h2, m2] = m.slice(1).map(Number);
    if (h1 > 23 || h2 > 24 || m1 > 59 || m2 > 59 || (h2 === 24 && m2 !== 0))
        return 'not a time of day';
    const startMinute = h1 * 60 + m1;
    const endMinute = h2 * 60 + m2;
    if (endMinute <= startMinute)
        return 'the end must be later than the start on the same day';
    return { startMinute, endMinute };
}
/** "Mon-Fri", "Sun-Thu", "Mon,Wed,Fri" → day numbers, or an error sentence. */
function parseBusinessDays(text) {
    const days = new Set();
    for (const part of text.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean)) {
        const [a, b] = part.split('-').map((x) => DAY_NAMES.indexOf(x.trim().slice(0, 3)));
        if (a === undefined || a < 0 || (b !== undefined && b < 0) || part.split('-').some((x) => !DAY_NAMES.includes(x.trim().slice(0, 3)) || x.trim().length < 3)) {
            return `${JSON.stringify(part)} is not a day name or range`;
        }
        if (b === undefined)
            days.add(a);
        else
            for (let d = a;; d = (d + 1) % 7) {
                days.add(d);
                if (d === b)
                    break;
            }
    }
    return days.size ? days : 'no days given';
}


/***/ }),

/***/ 40058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ reviewLatencyInputs),
/* harmony export */   h: () => (/* binding */ parseReviewLatencySettings)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88532);
/* harmony import */ var _checks_working_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51942);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55940);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27026);




const list = (s) => s
    .split(/[\s,]+/)
    .map((x) => x.trim())
    .filter(Boolean);
/** A transform that turns a parser's error sentence into a zod issue. */
const parsed = (parse) => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform((s, ctx) => {
    const r = parse(s);
    if (typeof r === 'string') {
        ctx.addIssue({ code: 'custom', message: r });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return r;
});
function holidays(s) {
    const out = new Set();
    for (const d of list(s)) {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
        const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
        if (!date || date.toISOString().slice(0, 10) !== d)
            return `${JSON.stringify(d)} is not a date`;
        out.add(d);
    }
    return out;
}
const reviewLatencyInputs = {
    'github-token': (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenInput */ .e1)("Token to read pull requests and their reviews. Read access is enough."),
    'sla-hours': {
        description: 'Working hours a ready PR may wait for a reviewer before it is flagged (handbook §2: start your day with reviews).',
        default: '4',
        allowed: 'a number of working hours ≥ 0, e.g. 4 or 1.5',
        schema: parsed((s) => {
            const n = s.trim() === '' ? Number.NaN : Number(s);
            return Number.isNaN(n) ? 'not a number' : !Number.isFinite(n) || n < 0 ? 'must be a finite number ≥ 0' : n;
        }),
    },
    'business-hours': {
        description: 'Working hours of a day, local to timezone. Waiting is only counted inside them.',
        default: '09:00-17:00',
        allowed: 'HH:MM-HH:MM with the end later than the start, e.g. 09:00-17:00',
        schema: parsed(_checks_working_time_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBusinessHours */ .Rk),
    },
    'business-days': {
        description: 'Working days: ranges or lists of day names.',
        default: 'Mon-Fri',
        allowed: 'day names or ranges such as Mon-Fri, Sun-Thu or Mon,Wed,Fri',
        schema: parsed(_checks_working_time_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBusinessDays */ .Ll),
    },
    timezone: {
        description: 'IANA time zone of business-hours, e.g. Europe/Berlin.',
        default: 'UTC',
        allowed: 'an IANA time zone such as UTC, Europe/Berlin or America/New_York',
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().trim().refine(_checks_working_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidTimeZone */ .Aq, 'not a time zone'),
    },
    holidays: {
        description: 'Dates that are not working days (comma- or newline-separated YYYY-MM-DD).',
        default: '',
        allowed: 'dates as YYYY-MM-DD, separated by commas or newlines',
        schema: parsed(holidays),
    },
    'ignore-users': {
        description: 'Logins whose reviews do not count as a response (bots are never counted).',
        default: '',
        allowed: 'logins separated by commas or newlines',
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform(list),
    },
    'fail-on-breach': {
        description: 'Fail the check when a PR waits on reviewers longer than sla-hours. By default it only warns: a nudge, not a gate.',
        default: 'false',
        allowed: 'true or false',
        schema: _spec_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .tE,
    },
};
function parseReviewLatencySettings(read) {
    const { 'github-token': _token, ...specs } = reviewLatencyInputs;
    const raw = (0,_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInputs */ .TL)(specs, read);
    return {
        calendar: { ...raw['business-hours'], days: raw['business-days'], timeZone: raw.timezone, holidays: raw.holidays },
        slaHours: raw['sla-hours'],
        ignoreUsers: new Set(raw['ignore-users'].map((u) => u.toLowerCase())),
        failOnBreach: raw['fail-on-breach'],
    };
}


/***/ }),

/***/ 81573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PULL_EVENTS: () => (/* binding */ PULL_EVENTS),
/* harmony export */   runReviewLatencyAction: () => (/* binding */ runReviewLatencyAction)
/* harmony export */ });
/* harmony import */ var _checks_review_latency_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54918);
/* harmony import */ var _effects_actions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78081);
/* harmony import */ var _facts_github_octokit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36038);
/* harmony import */ var _facts_github_review_timelines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31486);
/* harmony import */ var _inputs_read_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63056);
/* harmony import */ var _inputs_review_latency_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40058);
/* harmony import */ var _inputs_spec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27026);
/* harmony import */ var _run_action_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(87885);








/** Events about one PR; the others (schedule, workflow_dispatch) evaluate every open PR. */
const PULL_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'];
function runReviewLatencyAction(env) {
    return (0,_run_action_js__WEBPACK_IMPORTED_MODULE_7__/* .runAction */ .C)('review-latency', env, async (ctx) => {
        const { 'github-token': token } = (0,_inputs_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .parseInputs */ .TL)({ 'github-token': _inputs_review_latency_js__WEBPACK_IMPORTED_MODULE_5__/* .reviewLatencyInputs */ .U['github-token'] }, _inputs_read_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readActionInput */ .L);
        (0,_effects_actions_js__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq)(token);
        const settings = (0,_inputs_review_latency_js__WEBPACK_IMPORTED_MODULE_5__/* .parseReviewLatencySettings */ .h)(_inputs_read_action_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readActionInput */ .L);
        const octokit = (0,_facts_github_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .createOctokit */ .Q)({ token, baseUrl: ctx.apiUrl, retryBaseMs: ctx.retryBaseMs, log: _effects_actions_js__WEBPACK_IMPORTED_MODULE_1__/* .logLine */ .BP });
        const now = Date.now();
        if (PULL_EVENTS.includes(ctx.eventName)) {
            const number = ctx.payload.pull_request?.number;
            if (typeof number !== 'number')
                return (0,_effects_actions_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm)(`review-latency: the ${ctx.eventName} event has no pull request in its payload, so it is skipped.`);
            return (0,_effects_actions_js__WEBPACK_IMPORTED_MODULE_1__/* .writeVerdict */ .P1)((0,_checks_review_latency_js__WEBPACK_IMPORTED_MODULE_0__/* .reviewLatencyForPull */ .vq)(await (0,_facts_github_review_timelines_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchPullTimeline */ .b6)(octokit, ctx.repo, number), settings, now), { env });
        }
        const open = await (0,_facts_github_review_timelines_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchOpenPullTimelines */ .aq)(octokit, ctx.repo);
        await (0,_effects_actions_js__WEBPACK_IMPORTED_MODULE_1__/* .writeVerdict */ .P1)((0,_checks_review_latency_js__WEBPACK_IMPORTED_MODULE_0__/* .reviewLatencyReport */ .X8)(open.pulls, settings, now, open.incomplete), { env });
    });
}


/***/ })

};
