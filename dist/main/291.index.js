export const id = 291;
export const ids = [291];
export const modules = {

/***/ 82070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   tI: () => (/* binding */ compileGlobs),
/* harmony export */   vl: () => (/* binding */ compileGlobLists)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91138);

const OPTIONS = { dot: true, nocomment: true, nonegate: true };
/** Why a pattern can't be used, or undefined when it is fine. Pure, used by input validation. */
function globProblem(pattern) {
    const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    if (body.trim() === '')
        return 'the pattern is empty';
    if (body.includes('\0'))
        return 'the pattern contains a NUL character';
    let square = 0;
    let curly = 0;
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '[')
            square++;
        else if (c === ']' && square > 0)
            square--;
        else if (c === '{')
            curly++;
        else if (c === '}')
            curly--;
        if (curly < 0)
            return "a '}' closes no '{'";
    }
    if (square > 0)
        return "a '[' is never closed";
    if (curly > 0)
        return "a '{' is never closed";
    return undefined;
}
/** The distinct literal segments of each brace alternative of a parsed pattern. */
const literalRows = (m) => m.set.map((row) => [...new Set(row.filter((part) => typeof part === 'string' && part !== '' && part !== '.' && part !== '..'))]);
function compileGlobLists(lists) {
    const negated = [];
    const matchers = [];
    /** Patterns with an alternative that has no literal segment: always run the matcher. */
    const always = [];
    /** Flat pattern numbers of each list, in order. */
    const members = lists.map(() => []);
    const index = new Map();
    const pending = [];
    lists.forEach((list, l) => {
        for (const p of list) {
            const i = matchers.length;
            const neg = p.startsWith('!');
            const matcher = new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR((neg ? p.slice(1) : p).replace(/^\.?\//, ''), OPTIONS);
            negated.push(neg);
            matchers.push(matcher);
            members[l].push(i);
            const rows = literalRows(matcher);
            always.push(rows.some((r) => r.length === 0));
            if (!always[i])
                for (const literals of rows)
                    pending.push({ pattern: i, literals });
        }
    });
    // Each alternative is keyed by its rarest literal (fewest alternatives need it), so a common
    // segment such as `src` or `packages` doesn't make every path check every pattern.
    const uses = new Map();
    for (const { literals } of pending)
        for (const lit of literals)
            uses.set(lit, (uses.get(lit) ?? 0) + 1);
    for (const { pattern, literals } of pending) {
        const key = literals.reduce((a, b) => (uses.get(b) < uses.get(a) ? b : a));
        index.set(key, [...(index.get(key) ?? []), { pattern, rest: literals.filter((x) => x !== key) }]);
    }
    // Scratch buffers reused by every call (decide is synchronous, so calls never interleave).
    const candidate = new Uint8Array(matchers.length);
    const answers = lists.map(() => undefined);
    const decide = (path) => {
        for (let i = 0; i < always.length; i++)
            candidate[i] = always[i] ? 1 : 0;
        if (index.size) {
            const segments = path.split('/');
            for (let s = 0; s < segments.length; s++) {
                const entries = index.get(segments[s]);
                if (!entries || segments.indexOf(segments[s]) !== s)
                    continue;
                for (const e of entries)
                    if (!candidate[e.pattern] && e.rest.every((lit) => segments.includes(lit)))
                        candidate[e.pattern] = 1;
            }
        }
        for (let l = 0; l < members.length; l++) {
            const list = members[l];
            answers[l] = undefined;
            for (let k = list.length - 1; k >= 0; k--) {
                const i = list[k];
                if (candidate[i] && matchers[i].match(path)) {
                    answers[l] = !negated[i];
                    break;
                }
            }
        }
        return answers;
    };
    return { decide };
}
function compileGlobs(patterns) {
    const lists = compileGlobLists([patterns]);
    const decide = (path) => lists.decide(path)[0];
    return { patterns, decide, matches: (path) => decide(path) === true };
}


/***/ }),

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

/***/ 36038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ createOctokit)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86856);



/**
 * The one place an API client is made: REST + GraphQL, retried on 5xx with back-off
 * (@octokit/plugin-retry) and paced on primary/secondary rate limits (@octokit/plugin-throttling).
 */
function createOctokit(s) {
    const log = s.log ?? (() => undefined);
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(s.token, {
        baseUrl: s.baseUrl,
        retry: { retryAfterBaseValue: s.retryBaseMs ?? 1000 },
        throttle: {
            onRateLimit: (after, options, _o, retryCount) => {
                log(`Rate limit hit on ${options.method} ${options.url}; retrying in ${after}s.`);
                return retryCount < 2;
            },
            onSecondaryRateLimit: (after, options, _o, retryCount) => {
                log(`Secondary rate limit on ${options.method} ${options.url}; retrying in ${after}s.`);
                return retryCount < 2;
            },
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}


/***/ }),

/***/ 76834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ openPullsQuery),
/* harmony export */   nr: () => (/* binding */ OPEN_PULLS_QUERY),
/* harmony export */   ns: () => (/* binding */ PULL_TIMELINE_QUERY),
/* harmony export */   tG: () => (/* binding */ MORE_TIMELINE_QUERY)
/* harmony export */ });
/* unused harmony exports TIMELINE_NODES, PULL_FIELDS */
/**
 * GraphQL for review timelines: one query per page of PRs, the timeline nested, so a run over N open
 * PRs costs about N/50 requests instead of one or more REST calls per PR. Validated against GitHub's
 * published schema in test/unit/review-queries.test.ts.
 */
const TIMELINE_TYPES = '[READY_FOR_REVIEW_EVENT, CONVERT_TO_DRAFT_EVENT, REVIEW_REQUESTED_EVENT, REVIEW_REQUEST_REMOVED_EVENT, PULL_REQUEST_REVIEW, PULL_REQUEST_COMMIT, HEAD_REF_FORCE_PUSHED_EVENT]';
const REVIEWER = `requestedReviewer { __typename ... on User { login } ... on Team { slug } ... on Bot { login } ... on Mannequin { login } }`;
const TIMELINE_NODES = `
  __typename
  ... on ReadyForReviewEvent { createdAt }
  ... on ConvertToDraftEvent { createdAt }
  ... on ReviewRequestedEvent { createdAt ${REVIEWER} }
  ... on ReviewRequestRemovedEvent { createdAt ${REVIEWER} }
  ... on PullRequestReview { submittedAt createdAt state author { __typename login } }
  ... on PullRequestCommit { commit { committedDate } }
  ... on HeadRefForcePushedEvent { createdAt }
`;
const PULL_FIELDS = `
  number title url createdAt isDraft
  author { __typename login }
  timelineItems(first: 100, itemTypes: ${TIMELINE_TYPES}) {
    pageInfo { hasNextPage endCursor }
    nodes { ${TIMELINE_NODES} }
  }
`;
const PULL_TIMELINE_QUERY = `query PullTimeline($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) { pullRequest(number: $number) { ${PULL_FIELDS} } }
}`;
/** Open PRs, 50 a page, with their timelines and any `extra` fields (wip-report adds size, labels…). */
const openPullsQuery = (name, extra = '') => `query ${name}($owner: String!, $name: String!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    pullRequests(states: OPEN, first: 50, after: $cursor, orderBy: { field: CREATED_AT, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ${PULL_FIELDS} ${extra} }
    }
  }
}`;
const OPEN_PULLS_QUERY = openPullsQuery('OpenPullTimelines');
/** The rest of one PR's timeline when it has more than 100 items (rare). */
const MORE_TIMELINE_QUERY = `query MoreTimeline($owner: String!, $name: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      timelineItems(first: 100, after: $cursor, itemTypes: ${TIMELINE_TYPES}) {
        pageInfo { hasNextPage endCursor }
        nodes { ${TIMELINE_NODES} }
      }
    }
  }
}`;


/***/ }),

/***/ 31486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ fetchOpenPulls),
/* harmony export */   aW: () => (/* binding */ actor),
/* harmony export */   aq: () => (/* binding */ fetchOpenPullTimelines),
/* harmony export */   b6: () => (/* binding */ fetchPullTimeline)
/* harmony export */ });
/* harmony import */ var _review_queries_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76834);

const actor = (a) => a ? { login: a.login, bot: a.__typename === 'Bot' || a.login.endsWith('[bot]') } : { login: 'ghost', bot: false };
const reviewer = (r) => !r ? undefined : r.__typename === 'Team' ? { kind: 'team', name: r.slug ?? '' } : r.login ? { kind: 'user', name: r.login } : undefined;
function event(n) {
    const at = (s) => Date.parse(s ?? '');
    switch (n.__typename) {
        case 'ReadyForReviewEvent':
            return { kind: 'ready', at: at(n.createdAt) };
        case 'ConvertToDraftEvent':
            return { kind: 'draft', at: at(n.createdAt) };
        case 'ReviewRequestedEvent':
        case 'ReviewRequestRemovedEvent': {
            const r = reviewer(n.requestedReviewer);
            if (!r)
                return undefined; // a deleted user or team
            return { kind: n.__typename === 'ReviewRequestedEvent' ? 'requested' : 'unrequested', at: at(n.createdAt), reviewer: r };
        }
        case 'PullRequestReview':
            if (!n.submittedAt || n.state === 'PENDING')
                return undefined; // not submitted yet
            return { kind: 'review', at: at(n.submittedAt), author: actor(n.author), state: n.state ?? 'COMMENTED' };
        case 'PullRequestCommit':
            return n.commit ? { kind: 'push', at: at(n.commit.committedDate) } : undefined;
        case 'HeadRefForcePushedEvent':
            return { kind: 'push', at: at(n.createdAt) };
        default:
            return undefined;
    }
}
const events = (nodes) => nodes.flatMap((n) => {
    const e = n ? event(n) : undefined;
    return e && Number.isFinite(e.at) ? [e] : [];
});
async function timelineOf(octokit, repo, pull) {
    const all = events(pull.timelineItems.nodes);
    let page = pull.timelineItems.pageInfo;
    while (page.hasNextPage) {
        const more = await octokit.graphql(_review_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .MORE_TIMELINE_QUERY */ .tG, {
            owner: repo.owner,
            name: repo.repo,
            number: pull.number,
            cursor: page.endCursor,
        });
        all.push(...events(more.repository.pullRequest.timelineItems.nodes));
        page = more.repository.pullRequest.timelineItems.pageInfo;
    }
    return {
        number: pull.number,
        title: pull.title,
        url: pull.url,
        author: actor(pull.author),
        createdAt: Date.parse(pull.createdAt),
        draft: pull.isDraft,
        events: all.sort((a, b) => a.at - b.at),
    };
}
async function fetchPullTimeline(octokit, repo, number) {
    const data = await octokit.graphql(_review_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .PULL_TIMELINE_QUERY */ .ns, { owner: repo.owner, name: repo.repo, number });
    return timelineOf(octokit, repo, data.repository.pullRequest);
}
/**
 * Every open PR with its review timeline, 50 a request, plus whatever `query` adds (`extend` maps it).
 * A page that still fails after retries ends the list and is reported, not hidden.
 */
async function fetchOpenPulls(octokit, repo, query, extend) {
    const pulls = [];
    let cursor = null;
    let total = 0;
    for (let page = 1;; page++) {
        let data;
        try {
            data = await octokit.graphql(query, { owner: repo.owner, name: repo.repo, cursor });
        }
        catch (e) {
            if (page === 1)
                throw e;
            return { pulls, total, incomplete: `page ${page} of open pull requests could not be read (${e.message.split('\n')[0]}); ${pulls.length} of ${total} were evaluated.` };
        }
        const conn = data.repository.pullRequests;
        total = conn.totalCount;
        for (const p of conn.nodes)
            pulls.push(extend(p, await timelineOf(octokit, repo, p)));
        if (!conn.pageInfo.hasNextPage)
            return { pulls, total };
        cursor = conn.pageInfo.endCursor;
    }
}
const fetchOpenPullTimelines = (octokit, repo) => fetchOpenPulls(octokit, repo, _review_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .OPEN_PULLS_QUERY */ .nr, (_raw, timeline) => timeline);



/***/ }),

/***/ 53755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ HANDBOOK)
/* harmony export */ });
/**
 * The handbook rules each check enforces, quoted once (shared/handbook/development-process.md).
 * A newcomer looking for "which check enforces §N" starts here.
 */
const HANDBOOK = {
    prSize: {
        section: '§2 Sizing a task and reducing WIP',
        check: 'src/checks/pr-size.ts',
        quote: "Your PRs should ideally be sized to be doable in one day, including code review and QA. If it's not, you should break it down into smaller chunks until it fits into a day.",
    },
    featureFlags: {
        section: '§2 Sizing a task and reducing WIP',
        quote: "It's even better to develop partial features behind feature flags. As long as it's clear what needs to be done before a flag can be lifted, you can usually get the smallest bit of any new feature out in a day this way.",
    },
    reviews: {
        section: '§2 Sizing a task and reducing WIP',
        check: 'src/checks/review-latency.ts',
        quote: 'First, start your own day by responding to review requests from colleagues, and unblocking their work.',
    },
    docs: {
        section: '§7 Documenting',
        check: 'src/checks/docs-required.ts',
        quote: "If you built it, please document it. You're in the best position to do this, and it forces you to think things through from a user perspective.",
    },
    issueLink: {
        section: '§4 Creating a PR',
        check: 'src/checks/issue-linked.ts',
        quote: 'To make sure our issues are linked correctly to the PRs, you can tag the issue in your commit.',
    },
    syntax: {
        section: '§5 Code reviews',
        check: 'src/checks/formatter-enforced.ts',
        quote: "Things we do not care about during review: Syntax. If we're arguing about syntax, that means we should install a code formatter.",
    },
    tests: {
        section: '§3 Writing code',
        check: 'src/checks/docs-required.ts (mode: tests)',
        quote: "We're big fans of Test Driven Development (TDD).",
    },
};


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

/***/ 55940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ln: () => (/* binding */ ignoreInput),
/* harmony export */   e1: () => (/* binding */ tokenInput)
/* harmony export */ });
/* unused harmony export globList */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88532);
/* harmony import */ var _checks_globs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82070);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27026);



/** Newline-separated minimatch globs, each checked for problems. */
const globList = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((s, ctx) => {
    const patterns = (0,_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .lines */ .Mn)(s);
    for (const p of patterns) {
        const problem = (0,_checks_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .globProblem */ .AI)(p);
        if (problem) {
            ctx.addIssue({ code: 'custom', message: `pattern ${JSON.stringify(p)} is malformed (${problem})` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
    }
    return patterns;
});
const tokenInput = (description) => ({
    description,
    default: '${{ github.token }}',
    whenEmpty: '',
    allowed: 'a GitHub token, e.g. ${{ github.token }}',
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().trim().min(1, 'the token is empty'),
    secret: true,
    actionOnly: true,
});
/** Files no check counts, on top of lockfiles and linguist-generated/vendored files. */
const ignoreInput = {
    description: 'Extra files not to count: newline-separated minimatch globs (dot files match; `!` re-includes, the last matching line wins). Lockfiles and linguist-generated/vendored files are already ignored.',
    default: '',
    allowed: 'newline-separated minimatch globs such as "docs/generated/**" or "!package-lock.json"',
    schema: globList,
};


/***/ }),

/***/ 87885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./src/effects/actions.ts
var actions = __webpack_require__(78081);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/facts/context.ts

function readContext(env) {
    const eventPath = env.GITHUB_EVENT_PATH;
    const payload = eventPath ? JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8')) : {};
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const retry = Number(env.DEV_PROCESS_RETRY_BASE_MS);
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        repo: { owner, repo },
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        debug: env.RUNNER_DEBUG === '1' || env.ACTIONS_STEP_DEBUG === 'true',
        ...(Number.isFinite(retry) && retry >= 0 && env.DEV_PROCESS_RETRY_BASE_MS ? { retryBaseMs: retry } : {}),
    };
}

// EXTERNAL MODULE: ./src/inputs/spec.ts
var spec = __webpack_require__(27026);
;// CONCATENATED MODULE: ./src/runtime/run-action.ts



const oneLine = (s) => s.replace(/\s*\n\s*/g, ' ').trim();
function explain(e) {
    const err = e;
    if (typeof err.status === 'number' && err.request) {
        const hint = err.status === 401 ? ' Check the github-token input.' : err.status === 403 ? " Check the job's permissions: block." : err.status >= 500 ? ' GitHub had an error; it was retried. Re-run the job later.' : '';
        return `GitHub API ${err.request.method} ${err.request.url} answered ${err.status}: ${oneLine(err.message ?? '')}.${hint}`;
    }
    return oneLine(err.message ?? String(e));
}
/**
 * Runs an action's main with the suite's error policy: bad input is one error line naming the input;
 * anything else is one line plus a hint, with the stack only in debug mode. Both exit 1.
 */
async function runAction(check, env, main) {
    let ctx;
    try {
        ctx = readContext(env);
        await main(ctx);
    }
    catch (e) {
        if (e instanceof spec/* InputError */.dz)
            return (0,actions/* failRun */.QQ)(e.message);
        const stack = ctx?.debug ? e.stack : undefined;
        (0,actions/* failRun */.QQ)(`${check} could not finish: ${explain(e)}${stack ? '' : ' (Re-run with debug logging for the stack trace.)'}`, stack);
    }
}


/***/ })

};
