export const id = 934;
export const ids = [934];
export const modules = {

/***/ 17301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ issueRefs),
/* harmony export */   K: () => (/* binding */ closingReferences)
/* harmony export */ });
/**
 * Closing references — handbook §4 "Creating a PR": "To make sure our issues are linked correctly to
 * the PRs, you can tag the issue in your commit." (`git commit -m "Closes #289 …"`). Pure.
 */
const CLOSING = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+(?:([\w.-]+\/[\w.-]+)?#(\d+)|https:\/\/github\.com\/([\w.-]+\/[\w.-]+)\/issues\/(\d+))\b/gi;
/**
 * Issues a PR text says it closes, as `owner/repo#N` ("Fixes #12" is an issue of `repo`, "closes
 * octo/app#3" and "Resolves https://github.com/octo/app/issues/3" name theirs). Pure.
 */
function closingReferences(text, repo) {
    return [...text.matchAll(CLOSING)].map((m) => `${m[1] ?? m[3] ?? repo}#${m[2] ?? m[4]}`);
}
/** `owner/repo#N` refs, deduplicated and in a stable order. */
const issueRefs = (xs) => [...new Set(xs)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));


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
    const answered = (r) => responses.some((e) => e.at >= clockOf(r) &&
        (r.reviewer.kind === 'team' || e.author.login.toLowerCase() === r.reviewer.name.toLowerCase()));
    // A request to a bot or an ignored user is nobody's human wait.
    const countsAsWait = (r) => r.kind === 'team' || !isSelfOrIgnored({ login: r.name, bot: r.name.endsWith('[bot]') }, t.author, s);
    const outstanding = [...requests.values()].filter((r) => countsAsWait(r.reviewer) && !answered(r));
    // The PR's own clock: ready for review, or the first request if that came later (re-requests don't move it).
    const firstStart = firstRequestAt === undefined ? readyAt : Math.max(readyAt, firstRequestAt);
    const first = responses[0];
    const firstReviewHours = first
        ? round1((0,_working_time_js__WEBPACK_IMPORTED_MODULE_1__/* .workingHours */ .ND)(Math.min(firstStart, first.at), first.at, s.calendar))
        : undefined;
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
const whoText = (p) => p.waitingFor.length ? p.waitingFor.join(', ') : 'any reviewer (nobody requested)';
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
            {
                kind: 'heading',
                level: 2,
                text: [
                    'Review latency: ',
                    { strong: p.draft ? 'draft' : p.breached ? 'over SLA' : `waiting on ${p.waitingOn}` },
                ],
            },
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
        {
            kind: 'heading',
            level: 2,
            text: ['Review latency: ', { strong: `${breached.length} of ${pulls.length} ready PRs over SLA` }],
        },
        { kind: 'quote', text: `Handbook ${_handbook_js__WEBPACK_IMPORTED_MODULE_0__/* .HANDBOOK */ .L.reviews.section}: "${_handbook_js__WEBPACK_IMPORTED_MODULE_0__/* .HANDBOOK */ .L.reviews.quote}"` },
    ];
    if (incomplete)
        summary.push({ kind: 'paragraph', text: [{ strong: 'Incomplete:' }, ` ${incomplete}`] });
    summary.push({
        kind: 'paragraph',
        text: `SLA: ${s.slaHours} working hours, counted ${calendarText(s)}. Longest wait first; drafts are left out.`,
    }, { kind: 'table', header: HEADER, align: ALIGN, rows: pulls.map(row) });
    return {
        check: 'review-latency',
        conclusion: breached.length && s.failOnBreach ? 'failure' : 'success',
        annotations,
        labels: { add: [], remove: [] },
        outputs: {
            'breached-count': String(breached.length),
            'open-prs': String(pulls.length),
            incomplete: String(incomplete !== undefined),
        },
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
const reviewer = (r) => !r
    ? undefined
    : r.__typename === 'Team'
        ? { kind: 'team', name: r.slug ?? '' }
        : r.login
            ? { kind: 'user', name: r.login }
            : undefined;
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
            return {
                kind: n.__typename === 'ReviewRequestedEvent' ? 'requested' : 'unrequested',
                at: at(n.createdAt),
                reviewer: r,
            };
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
    const data = await octokit.graphql(_review_queries_js__WEBPACK_IMPORTED_MODULE_0__/* .PULL_TIMELINE_QUERY */ .ns, {
        owner: repo.owner,
        name: repo.repo,
        number,
    });
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
            return {
                pulls,
                total,
                incomplete: `page ${page} of open pull requests could not be read (${e.message.split('\n')[0]}); ${pulls.length} of ${total} were evaluated.`,
            };
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

/***/ 21934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runWipReportAction: () => (/* binding */ runWipReportAction)
});

// EXTERNAL MODULE: ./src/effects/actions.ts
var actions = __webpack_require__(78081);
// EXTERNAL MODULE: ./src/effects/markdown.ts
var markdown = __webpack_require__(545);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(43759);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/iso.js



function datetime(params) {
    return api/* _isoDateTime */.G1(schemas/* ZodISODateTime */.You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}

;// CONCATENATED MODULE: ./src/report/schema.ts

/**
 * The weekly WIP report as JSON: this zod schema is the source of truth (README documents it, the
 * report is validated against it before it is written, and a previous report is read through it).
 */
const SCHEMA_VERSION = 1;
const num = schemas/* number */.aig().finite();
const nullableNum = num.nullable();
const OUTCOMES = ['Nailed it', 'Scraped it', 'Failed it', 'In progress'];
/** Who and where a PR is: the start of every PR row. */
const pullRef = { repo: schemas/* string */.YjP(), number: num, title: schemas/* string */.YjP(), url: schemas/* string */.YjP(), author: schemas/* string */.YjP() };
const reportSchema = schemas/* strictObject */.rej({
    schemaVersion: schemas/* literal */.euz(SCHEMA_VERSION),
    generatedAt: datetime(),
    repositories: schemas/* array */.YOg(schemas/* string */.YjP()),
    window: schemas/* strictObject */.rej({ start: datetime(), end: datetime(), days: num }),
    /** The settings the figures depend on; reports merge only when these are equal. */
    settings: schemas/* strictObject */.rej({
        wipLimit: num,
        staleDays: num,
        scrapedThreshold: num,
        slaHours: num,
        workingDayHours: num,
        timezone: schemas/* string */.YjP(),
        sizes: schemas/* array */.YOg(schemas/* string */.YjP()),
    }),
    /** Why the report may be missing data; empty when everything was read. */
    incomplete: schemas/* array */.YOg(schemas/* string */.YjP()),
    headline: schemas/* strictObject */.rej({
        openPrs: num,
        openReady: num,
        wipPerAuthorMax: num,
        wipPerAuthorMedian: num,
        waitingOnReviewers: num,
        waitingOnAuthors: num,
        oldestPrAgeDays: num,
        mergedInWindow: num,
        medianTimeToMergeHours: nullableNum,
        mergedWithinOneWorkingDayPercent: nullableNum,
        unreviewedOverOneWorkingDay: num,
    }),
    /** Each headline figure next to last week's (from previous-report); null without one. */
    trend: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* strictObject */.rej({ previous: nullableNum, delta: nullableNum })).nullable(),
    openPrs: schemas/* array */.YOg(schemas/* strictObject */.rej({
        ...pullRef,
        ageDays: num,
        size: schemas/* string */.YjP(),
        draft: schemas/* boolean */.zMY(),
        waitingOn: schemas/* enum */.k5n(['reviewer', 'author', 'nobody']),
        waitingFor: schemas/* array */.YOg(schemas/* string */.YjP()),
        waitingHours: num,
        reviewCycles: num,
        /** Whether anyone but the author has reviewed it yet. */
        reviewed: schemas/* boolean */.zMY(),
        /** Issues it closes, as owner/repo#N. */
        linkedIssues: schemas/* array */.YOg(schemas/* string */.YjP()),
        stale: schemas/* boolean */.zMY(),
    })),
    wipPerAuthor: schemas/* array */.YOg(schemas/* strictObject */.rej({ author: schemas/* string */.YjP(), open: num, overLimit: schemas/* boolean */.zMY() })),
    duplicates: schemas/* array */.YOg(schemas/* strictObject */.rej({
        reason: schemas/* string */.YjP(),
        pulls: schemas/* array */.YOg(schemas/* strictObject */.rej(pullRef)),
    })),
    merged: schemas/* strictObject */.rej({
        count: num,
        previousCount: num,
        bySize: schemas/* record */.g1P(schemas/* string */.YjP(), num),
        timeToMergeHours: schemas/* strictObject */.rej({ median: nullableNum, p90: nullableNum, max: nullableNum }),
        byWeekday: schemas/* array */.YOg(num).length(7),
        byHour: schemas/* array */.YOg(num).length(24),
        /** The merged PRs themselves (so reports can be merged exactly), oldest merge first. */
        prs: schemas/* array */.YOg(schemas/* strictObject */.rej({
            ...pullRef,
            size: schemas/* string */.YjP(),
            mergedAt: datetime(),
            hoursToMerge: num,
            withinOneWorkingDay: schemas/* boolean */.zMY(),
        })),
    }),
    sprintGoals: schemas/* array */.YOg(schemas/* strictObject */.rej({
        repo: schemas/* string */.YjP(),
        title: schemas/* string */.YjP(),
        url: schemas/* string */.YjP(),
        dueOn: datetime().nullable(),
        closedByDue: num,
        total: num,
        percent: num,
        outcome: schemas/* enum */.k5n(OUTCOMES),
    })),
});

// EXTERNAL MODULE: ./src/checks/working-time.ts
var working_time = __webpack_require__(51942);
;// CONCATENATED MODULE: ./src/report/duplicates.ts
/**
 * Duplicate work — handbook §2: "we will end up with three different PRs, all for the same thing."
 * Groups open PRs that close the same issue, or whose titles share ≥ 80% of their words (Jaccard).
 * Pure. Title pairs are found with a prefix filter (words ordered rarest first; two sets that reach
 * the threshold must share a word among their first few), so 5,000 titles are not 12.5M comparisons.
 */
const TITLE_SIMILARITY = 0.8;
const STOP = new Set(['a', 'an', 'the', 'and', 'or', 'to', 'of', 'for', 'in', 'on', 'with', 'wip', 'draft']);
const titleWords = (title) => [
    ...new Set(title
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => (w.length > 1 || /\d/.test(w)) && !STOP.has(w))),
];
function jaccard(a, b) {
    const set = new Set(a);
    const shared = b.filter((w) => set.has(w)).length;
    const union = a.length + b.length - shared;
    return union === 0 ? 0 : shared / union;
}
function duplicateGroups(pulls, threshold = TITLE_SIMILARITY) {
    const groups = [];
    const grouped = new Set();
    const byIssue = new Map();
    for (const p of pulls)
        for (const n of p.closingIssues)
            byIssue.set(n, [...(byIssue.get(n) ?? []), p.key]);
    for (const [issue, keys] of [...byIssue].sort((a, b) => a[0].localeCompare(b[0], 'en', { numeric: true }))) {
        if (keys.length < 2 || keys.every((k) => grouped.has(k)))
            continue;
        groups.push({ issue, keys });
        for (const k of keys)
            grouped.add(k);
    }
    // Titles: union-find over pairs that pass the prefix filter and the threshold.
    const words = pulls.map((p) => titleWords(p.title));
    const freq = new Map();
    for (const ws of words)
        for (const w of ws)
            freq.set(w, (freq.get(w) ?? 0) + 1);
    const parent = pulls.map((_, i) => i);
    const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const index = new Map();
    words.forEach((ws, i) => {
        if (ws.length < 2 || grouped.has(pulls[i].key))
            return;
        const sorted = [...ws].sort((a, b) => freq.get(a) - freq.get(b) || a.localeCompare(b));
        const prefix = sorted.slice(0, ws.length - Math.ceil(threshold * ws.length) + 1);
        const seen = new Set();
        for (const w of prefix) {
            for (const j of index.get(w) ?? []) {
                if (seen.has(j))
                    continue;
                seen.add(j);
                if (jaccard(ws, words[j]) >= threshold)
                    parent[find(i)] = find(j);
            }
            index.set(w, [...(index.get(w) ?? []), i]);
        }
    });
    const byRoot = new Map();
    pulls.forEach((p, i) => {
        if (words[i].length < 2 || grouped.has(p.key))
            return;
        byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), p.key]);
    });
    for (const keys of byRoot.values())
        if (keys.length > 1)
            groups.push({ keys });
    return groups;
}

;// CONCATENATED MODULE: ./src/report/stats.ts
/** Small order statistics for the report. Pure. */
const sorted = (xs) => [...xs].sort((a, b) => a - b);
/** Nearest-rank percentile (p in 0..100); null for no data. */
function percentile(xs, p) {
    if (xs.length === 0)
        return null;
    const s = sorted(xs);
    return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
function median(xs) {
    if (xs.length === 0)
        return null;
    const s = sorted(xs);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
const round1 = (n) => Math.round(n * 10) / 10;
const round1OrNull = (n) => (n === null ? null : round1(n));

;// CONCATENATED MODULE: ./src/report/assemble.ts
/**
 * The report's figures from its rows — shared by one run (`buildWipReport`) and by `merge-reports`,
 * so a report over N repositories and the merge of N one-repository reports are the same. Pure.
 */




const byNumber = (a, b) => a.repo.localeCompare(b.repo) || a.number - b.number;
/** `#5` for an issue of the PR's own repository, `owner/repo#5` otherwise. */
const issueLabel = (ref, repo) => ref.startsWith(`${repo}#`) ? ref.slice(repo.length) : ref;
function duplicatesOf(openPrs) {
    const key = (p) => `${p.repo}#${p.number}`;
    const byKey = new Map(openPrs.map((p) => [key(p), p]));
    const oneRepo = new Set(openPrs.map((p) => p.repo)).size <= 1;
    return duplicateGroups(openPrs.map((p) => ({ key: key(p), title: p.title, closingIssues: p.linkedIssues }))).map((g) => ({
        reason: g.issue
            ? `all close ${oneRepo ? issueLabel(g.issue, openPrs[0].repo) : g.issue}`
            : 'near-identical titles',
        pulls: g.keys
            .map((k) => byKey.get(k))
            .sort(byNumber)
            .map((p) => ({ repo: p.repo, number: p.number, title: p.title, url: p.url, author: p.author })),
    }));
}
function headlineOf(open, merged, settings, perAuthor) {
    const ready = open.filter((p) => !p.draft);
    const counts = [...perAuthor.values()];
    return {
        openPrs: open.length,
        openReady: ready.length,
        wipPerAuthorMax: counts.length ? Math.max(...counts) : 0,
        wipPerAuthorMedian: median(counts) ?? 0,
        waitingOnReviewers: ready.filter((p) => p.waitingOn === 'reviewer').length,
        waitingOnAuthors: ready.filter((p) => p.waitingOn === 'author').length,
        oldestPrAgeDays: open.length ? Math.max(...open.map((p) => p.ageDays)) : 0,
        mergedInWindow: merged.length,
        medianTimeToMergeHours: round1OrNull(median(merged.map((m) => m.hoursToMerge))),
        mergedWithinOneWorkingDayPercent: merged.length
            ? round1((merged.filter((m) => m.withinOneWorkingDay).length / merged.length) * 100)
            : null,
        unreviewedOverOneWorkingDay: ready.filter((p) => !p.reviewed && p.waitingOn === 'reviewer' && p.waitingHours > settings.workingDayHours).length,
    };
}
function trendOf(headline, previous) {
    if (!previous)
        return null;
    return Object.fromEntries(Object.keys(headline).map((k) => {
        const before = previous.headline[k];
        const after = headline[k];
        return [k, { previous: before, delta: before === null || after === null ? null : round1(after - before) }];
    }));
}
function assembleReport(rows, settings, window, previous) {
    const openPrs = [...rows.openPrs].sort((a, b) => b.ageDays - a.ageDays || byNumber(a, b));
    const mergedPrs = [...rows.mergedPrs].sort((a, b) => a.mergedAt.localeCompare(b.mergedAt) || byNumber(a, b));
    const sprintGoals = [...rows.sprintGoals].sort((a, b) => (a.dueOn ?? '~').localeCompare(b.dueOn ?? '~') || a.repo.localeCompare(b.repo)); // stable: a repository's own order otherwise
    const perAuthor = new Map();
    for (const p of openPrs)
        if (!p.draft)
            perAuthor.set(p.author, (perAuthor.get(p.author) ?? 0) + 1);
    const wipPerAuthor = [...perAuthor]
        .map(([author, open]) => ({ author, open, overLimit: open > settings.wipLimit }))
        .sort((a, b) => b.open - a.open || a.author.localeCompare(b.author));
    const byWeekday = Array(7).fill(0);
    const byHour = Array(24).fill(0);
    const bySize = Object.fromEntries(settings.sizes.map((name) => [name, 0]));
    for (const m of mergedPrs) {
        const { weekday, hour } = (0,working_time/* localWeekdayHour */.uO)(Date.parse(m.mergedAt), settings.timezone);
        byWeekday[weekday]++;
        byHour[hour]++;
        bySize[m.size] = (bySize[m.size] ?? 0) + 1;
    }
    const ttm = mergedPrs.map((m) => m.hoursToMerge);
    const headline = headlineOf(openPrs, mergedPrs, settings, perAuthor);
    return reportSchema.parse({
        schemaVersion: SCHEMA_VERSION,
        generatedAt: window.end,
        repositories: rows.repositories,
        window,
        settings,
        incomplete: rows.incomplete,
        headline,
        trend: trendOf(headline, previous),
        openPrs,
        wipPerAuthor,
        duplicates: duplicatesOf(openPrs),
        merged: {
            count: mergedPrs.length,
            previousCount: rows.previousMergedCount,
            bySize,
            timeToMergeHours: {
                median: round1OrNull(median(ttm)),
                p90: round1OrNull(percentile(ttm, 90)),
                max: ttm.length ? round1(Math.max(...ttm)) : null,
            },
            byWeekday,
            byHour,
            prs: mergedPrs,
        },
        sprintGoals,
    });
}

// EXTERNAL MODULE: ./src/handbook.ts
var handbook = __webpack_require__(53755);
;// CONCATENATED MODULE: ./src/report/wip-summary.ts
/** The weekly report as summary blocks (plain text; src/effects renders and escapes them). Pure. */


const HEADLINE_LABELS = {
    openPrs: 'Open PRs',
    openReady: 'Open PRs ready for review (not draft)',
    wipPerAuthorMax: 'WIP per author, max',
    wipPerAuthorMedian: 'WIP per author, median',
    waitingOnReviewers: 'Waiting on reviewers',
    waitingOnAuthors: 'Waiting on authors',
    oldestPrAgeDays: 'Oldest open PR (days)',
    mergedInWindow: 'Merged in the window',
    medianTimeToMergeHours: 'Median time to merge (hours)',
    mergedWithinOneWorkingDayPercent: 'Merged within one working day (%)',
    unreviewedOverOneWorkingDay: 'Ready PRs over one working day without a review',
};
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
const value = (v) => (v === null ? '–' : String(v));
const delta = (d) => d === null || d === undefined ? '' : d > 0 ? `+${d}` : String(d);
const prLink = (p, repos) => ({
    link: `${repos > 1 ? p.repo : ''}#${p.number} ${p.title}`,
    href: p.url,
});
function wipSummary(r) {
    const repos = r.repositories.length;
    const blocks = [
        { kind: 'heading', level: 2, text: `Weekly WIP report: ${r.repositories.join(', ')}` },
        {
            kind: 'paragraph',
            text: `${r.window.start.slice(0, 10)} to ${r.window.end.slice(0, 10)} (${r.window.days} days), generated ${r.generatedAt}.`,
        },
    ];
    for (const reason of r.incomplete)
        blocks.push({ kind: 'paragraph', text: [{ strong: 'Incomplete:' }, ` ${reason}`] });
    blocks.push({
        kind: 'quote',
        text: `Handbook §2: "Efficient engineering organizations actively reduce Work In Progress (WIP)." ${handbook/* HANDBOOK */.L.reviews.quote}`,
    });
    blocks.push({
        kind: 'table',
        header: ['Headline', 'This week', ...(r.trend ? ['Last week', 'Change'] : [])],
        align: ['left', 'right', 'right', 'right'],
        rows: Object.keys(HEADLINE_LABELS).map((k) => [
            HEADLINE_LABELS[k],
            value(r.headline[k]),
            ...(r.trend ? [value(r.trend[k]?.previous ?? null), delta(r.trend[k]?.delta)] : []),
        ]),
    });
    blocks.push({ kind: 'heading', level: 3, text: `Open pull requests (${r.openPrs.length}), oldest first` });
    blocks.push({
        kind: 'table',
        header: [
            'Pull request',
            'Author',
            'Age (days)',
            'Size',
            'Draft',
            'Waiting on',
            'For (working h)',
            'Cycles',
            'Issues',
            'Stale',
        ],
        align: ['left', 'left', 'right', 'left', 'left', 'left', 'right', 'right', 'left', 'left'],
        rows: r.openPrs.map((p) => [
            prLink(p, repos),
            { code: p.author },
            String(p.ageDays),
            p.size,
            p.draft ? 'draft' : '',
            p.waitingOn === 'reviewer'
                ? `reviewer${p.waitingFor.length ? ` (${p.waitingFor.join(', ')})` : ''}`
                : p.waitingOn,
            p.waitingOn === 'nobody' ? '' : String(p.waitingHours),
            String(p.reviewCycles),
            p.linkedIssues.map((n) => issueLabel(n, p.repo)).join(' '),
            p.stale ? 'stale' : '',
        ]),
    });
    blocks.push({ kind: 'heading', level: 3, text: 'WIP per author (open, ready PRs)' });
    blocks.push({
        kind: 'table',
        header: ['Author', 'Open', 'Over the WIP limit'],
        align: ['left', 'right', 'left'],
        rows: r.wipPerAuthor.map((a) => [{ code: a.author }, String(a.open), a.overLimit ? 'yes' : '']),
    });
    blocks.push({ kind: 'heading', level: 3, text: 'Duplicate work' });
    blocks.push(r.duplicates.length
        ? {
            kind: 'list',
            items: r.duplicates.map((d) => [
                `${d.reason}: `,
                ...d.pulls.flatMap((p, i) => [i ? ', ' : '', prLink(p, repos), ' by ', { code: p.author }]),
            ]),
        }
        : { kind: 'paragraph', text: 'No open PRs close the same issue or have near-identical titles.' });
    const m = r.merged;
    blocks.push({ kind: 'heading', level: 3, text: `Merged: ${m.count} (previous window: ${m.previousCount})` });
    blocks.push({
        kind: 'paragraph',
        text: `Time to merge: median ${value(m.timeToMergeHours.median)} h, 90th percentile ${value(m.timeToMergeHours.p90)} h, max ${value(m.timeToMergeHours.max)} h. Handbook §6: "Merge anytime. Friday afternoon? Merge."`,
    });
    blocks.push({
        kind: 'table',
        header: ['Size', ...Object.keys(m.bySize)],
        rows: [['Merged', ...Object.values(m.bySize).map(String)]],
    });
    blocks.push({ kind: 'table', header: ['Weekday', ...WEEKDAYS], rows: [['Merges', ...m.byWeekday.map(String)]] });
    blocks.push({
        kind: 'table',
        header: [`Hour (${r.settings.timezone})`, ...HOURS],
        rows: [['Merges', ...m.byHour.map(String)]],
    });
    blocks.push({ kind: 'heading', level: 3, text: 'Sprint goals (milestones)' });
    if (r.sprintGoals.length) {
        const count = (o) => r.sprintGoals.filter((g) => g.outcome === o).length;
        blocks.push({
            kind: 'paragraph',
            text: `Nailed it: ${count('Nailed it')}, Scraped it: ${count('Scraped it')}, Failed it: ${count('Failed it')}, in progress: ${count('In progress')}.`,
        });
        blocks.push({
            kind: 'table',
            header: ['Milestone', 'Due', 'Closed by due date', '%', 'Outcome'],
            align: ['left', 'left', 'right', 'right', 'left'],
            rows: r.sprintGoals.map((g) => [
                { link: g.title, href: g.url },
                g.dueOn ? g.dueOn.slice(0, 10) : '',
                `${g.closedByDue} of ${g.total}`,
                String(g.percent),
                g.outcome,
            ]),
        });
    }
    else
        blocks.push({ kind: 'paragraph', text: 'No milestone is due in the window or open.' });
    return blocks;
}

// EXTERNAL MODULE: ./src/effects/escape.ts
var effects_escape = __webpack_require__(8171);
;// CONCATENATED MODULE: ./src/effects/svg-charts.ts

function barChart(title, bars, o = {}) {
    const width = o.width ?? 560;
    const barHeight = o.barHeight ?? 18;
    const labelWidth = 150;
    const gap = 6;
    const max = Math.max(1, ...bars.map((b) => b.value));
    const height = 30 + bars.length * (barHeight + gap);
    const plot = width - labelWidth - 50;
    const rows = bars
        .map((b, i) => {
        const y = 30 + i * (barHeight + gap);
        const w = Math.round((b.value / max) * plot);
        const label = (0,effects_escape/* escapeHtml */.ZD)(b.label.length > 22 ? `${b.label.slice(0, 21)}…` : b.label);
        return (`<text x="${labelWidth - 6}" y="${y + barHeight - 5}" text-anchor="end">${label}</text>` +
            `<rect x="${labelWidth}" y="${y}" width="${w}" height="${barHeight}" class="${b.flag ? 'bar flag' : 'bar'}"/>` +
            `<text x="${labelWidth + w + 4}" y="${y + barHeight - 5}">${b.value}</text>`);
    })
        .join('');
    const t = (0,effects_escape/* escapeHtml */.ZD)(title);
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${t}"><title>${t}</title><text x="0" y="16" class="chart-title">${t}</text>${rows}</svg>`;
}

;// CONCATENATED MODULE: ./src/effects/report-html.ts




/** The weekly report as one self-contained HTML file: inline CSS, SVG charts, no scripts, all text escaped. */
const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1f2328}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top}td.n{text-align:right}
.warn{background:#fff8c5;border:1px solid #d4a72c;padding:.5rem}.charts{display:flex;flex-wrap:wrap;gap:1.5rem}
.bar{fill:#2da44e}.bar.flag{fill:#cf222e}svg text{font:12px system-ui,sans-serif;fill:#1f2328}.chart-title{font-weight:600}`;
const e = effects_escape/* escapeHtml */.ZD;
const report_html_num = (v) => (v === null || v === undefined ? '–' : String(v));
const report_html_link = (text, href) => /^https?:\/\//.test(href) ? `<a href="${e(href)}">${e(text)}</a>` : e(text);
function table(header, rows, numeric = []) {
    const head = `<tr>${header.map((h) => `<th>${e(h)}</th>`).join('')}</tr>`;
    const body = rows
        .map((r) => `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="n"' : ''}>${c}</td>`).join('')}</tr>`)
        .join('');
    return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
}
const AGE_BUCKETS = [
    ['< 1 day', 1],
    ['1–2 days', 2],
    ['2–3 days', 3],
    ['3–7 days', 7],
    ['1–2 weeks', 14],
    ['2–4 weeks', 28],
    ['> 4 weeks', Infinity],
];
function renderReportHtml(r) {
    const ages = AGE_BUCKETS.map(([label, upTo], i) => ({
        label,
        value: r.openPrs.filter((p) => p.ageDays < upTo && (i === 0 || p.ageDays >= AGE_BUCKETS[i - 1][1])).length,
        flag: upTo > 7,
    }));
    const wip = r.wipPerAuthor.slice(0, 25).map((a) => ({ label: a.author, value: a.open, flag: a.overLimit }));
    const weekdays = WEEKDAYS.map((d, i) => ({ label: d, value: r.merged.byWeekday[i] }));
    const hours = HOURS.map((h, i) => ({ label: `${h}:00`, value: r.merged.byHour[i] }));
    const keys = Object.keys(HEADLINE_LABELS);
    const parts = [
        `<!DOCTYPE html>`,
        `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(`WIP report ${r.repositories.join(', ')} ${r.window.end.slice(0, 10)}`)}</title><style>${CSS}</style></head><body>`,
        `<h1>Weekly WIP report: ${e(r.repositories.join(', '))}</h1>`,
        `<p>${e(`${r.window.start.slice(0, 10)} to ${r.window.end.slice(0, 10)} (${r.window.days} days), generated ${r.generatedAt}.`)}</p>`,
        ...r.incomplete.map((w) => `<p class="warn"><strong>Incomplete:</strong> ${e(w)}</p>`),
        `<h2>Headline</h2>`,
        table(['Figure', 'This week', ...(r.trend ? ['Last week', 'Change'] : [])], keys.map((k) => [
            e(HEADLINE_LABELS[k]),
            report_html_num(r.headline[k]),
            ...(r.trend ? [report_html_num(r.trend[k]?.previous), report_html_num(r.trend[k]?.delta)] : []),
        ]), [1, 2, 3]),
        `<div class="charts">${barChart('Open PRs by age', ages)}${barChart('WIP per author (open, ready PRs)', wip)}${barChart('Merges by weekday', weekdays)}${barChart(`Merges by hour (${r.settings.timezone})`, hours)}</div>`,
        `<h2>Open pull requests (${r.openPrs.length})</h2>`,
        table([
            'Pull request',
            'Author',
            'Age (days)',
            'Size',
            'Draft',
            'Waiting on',
            'For (working h)',
            'Cycles',
            'Issues',
            'Stale',
        ], r.openPrs.map((p) => [
            report_html_link(`${p.repo}#${p.number} ${p.title}`, p.url),
            e(p.author),
            String(p.ageDays),
            e(p.size),
            p.draft ? 'draft' : '',
            e(p.waitingOn === 'reviewer' && p.waitingFor.length ? `reviewer (${p.waitingFor.join(', ')})` : p.waitingOn),
            p.waitingOn === 'nobody' ? '' : String(p.waitingHours),
            String(p.reviewCycles),
            e(p.linkedIssues.map((n) => issueLabel(n, p.repo)).join(' ')),
            p.stale ? 'stale' : '',
        ]), [2, 6, 7]),
        `<h2>Duplicate work</h2>`,
        r.duplicates.length
            ? `<ul>${r.duplicates.map((d) => `<li>${e(d.reason)}: ${d.pulls.map((p) => `${report_html_link(`#${p.number} ${p.title}`, p.url)} by ${e(p.author)}`).join(', ')}</li>`).join('')}</ul>`
            : `<p>No open PRs close the same issue or have near-identical titles.</p>`,
        `<h2>Merged: ${r.merged.count} (previous window: ${r.merged.previousCount})</h2>`,
        `<p>${e(`Time to merge: median ${report_html_num(r.merged.timeToMergeHours.median)} h, 90th percentile ${report_html_num(r.merged.timeToMergeHours.p90)} h, max ${report_html_num(r.merged.timeToMergeHours.max)} h.`)}</p>`,
        table(['Size', ...Object.keys(r.merged.bySize).map(e)], [['Merged', ...Object.values(r.merged.bySize).map(String)]]),
        `<h2>Sprint goals</h2>`,
        r.sprintGoals.length
            ? table(['Milestone', 'Due', 'Closed by due date', '%', 'Outcome'], r.sprintGoals.map((g) => [
                report_html_link(g.title, g.url),
                e(g.dueOn ? g.dueOn.slice(0, 10) : ''),
                `${g.closedByDue} of ${g.total}`,
                String(g.percent),
                e(g.outcome),
            ]), [2, 3])
            : `<p>No milestone is due in the window or open.</p>`,
        `</body></html>`,
    ];
    return `${parts.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/effects/report-files.ts




/** Writes report.md, report.json (validated against the schema first) and report.html. */
function writeReportFiles(dir, report, markdown) {
    const abs = (0,external_node_path_.resolve)(dir);
    (0,external_node_fs_.mkdirSync)(abs, { recursive: true });
    const files = {
        dir: abs,
        markdown: (0,external_node_path_.join)(abs, 'report.md'),
        json: (0,external_node_path_.join)(abs, 'report.json'),
        html: (0,external_node_path_.join)(abs, 'report.html'),
    };
    (0,external_node_fs_.writeFileSync)(files.markdown, markdown);
    (0,external_node_fs_.writeFileSync)(files.json, `${JSON.stringify(reportSchema.parse(report), null, 2)}\n`);
    (0,external_node_fs_.writeFileSync)(files.html, renderReportHtml(report));
    return files;
}
/** Uploads the files as one artifact; returns a warning sentence instead of failing the run. */
async function uploadReport(name, files) {
    try {
        const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 252).then(__webpack_require__.bind(__webpack_require__, 91252));
        await new DefaultArtifactClient().uploadArtifact(name, [files.markdown, files.json, files.html], files.dir);
        return undefined;
    }
    catch (e) {
        return `The report was written to ${files.dir} but could not be uploaded as artifact "${name}" (${e.message.split('\n')[0]}). Set upload: false to skip the upload, or upload the folder with actions/upload-artifact.`;
    }
}

// EXTERNAL MODULE: ./src/checks/closing-references.ts
var closing_references = __webpack_require__(17301);
// EXTERNAL MODULE: ./src/facts/github/review-timelines.ts
var review_timelines = __webpack_require__(31486);
// EXTERNAL MODULE: ./src/facts/github/review-queries.ts
var review_queries = __webpack_require__(76834);
;// CONCATENATED MODULE: ./src/facts/github/wip-queries.ts
/** GraphQL for the weekly WIP report, validated against GitHub's schema in test/unit/wip-queries.test.ts. */

const OPEN_PULLS_WIP_QUERY = (0,review_queries/* openPullsQuery */.FI)('OpenPullsForReport', `additions deletions changedFiles body
   labels(first: 20) { nodes { name } }
   closingIssuesReferences(first: 10) { nodes { number repository { nameWithOwner } } }
   commits(last: 20) { nodes { commit { message } } }`);
/** Merged PRs in a date range (search: at most 1,000 results, 50 a page). */
const MERGED_PULLS_QUERY = `query MergedPulls($q: String!, $cursor: String) {
  search(query: $q, type: ISSUE, first: 50, after: $cursor) {
    issueCount
    pageInfo { hasNextPage endCursor }
    nodes {
      ... on PullRequest {
        number title url createdAt mergedAt additions deletions
        author { __typename login }
        labels(first: 20) { nodes { name } }
      }
    }
  }
}`;
/** Milestones (sprint goals) with their issues and PRs, latest due date first. */
const MILESTONES_QUERY = `query Milestones($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    milestones(first: 50, states: [OPEN, CLOSED], orderBy: { field: DUE_DATE, direction: DESC }) {
      nodes {
        number title url dueOn state
        issues(first: 100) { totalCount nodes { closedAt } }
        pullRequests(first: 100) { totalCount nodes { closedAt } }
      }
    }
  }
}`;

;// CONCATENATED MODULE: ./src/facts/github/wip-facts.ts



const SEARCH_CAP = 1000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
async function fetchWipFacts(octokit, repo, since, now) {
    const name = `${repo.owner}/${repo.repo}`;
    const incomplete = [];
    const open = await (0,review_timelines/* fetchOpenPulls */.BG)(octokit, repo, OPEN_PULLS_WIP_QUERY, (raw, timeline) => {
        const r = raw;
        const body = r.body ?? '';
        const texts = [timeline.title, body, ...r.commits.nodes.map((c) => c.commit.message)].join('\n');
        return {
            ...timeline,
            repo: name,
            additions: r.additions,
            deletions: r.deletions,
            changedFiles: r.changedFiles,
            labels: r.labels.nodes.map((l) => l.name),
            closingIssues: (0,closing_references/* issueRefs */.A)([
                ...r.closingIssuesReferences.nodes.map((n) => `${n.repository.nameWithOwner}#${n.number}`),
                ...(0,closing_references/* closingReferences */.K)(texts, name),
            ]),
            body,
        };
    });
    if (open.incomplete)
        incomplete.push(`${name}: ${open.incomplete}`);
    const merged = [];
    const q = `repo:${name} is:pr is:merged merged:${iso(since)}..${iso(now)}`;
    try {
        let cursor = null;
        for (;;) {
            const data = await octokit.graphql(MERGED_PULLS_QUERY, { q, cursor });
            for (const n of data.search.nodes) {
                if (!n.mergedAt)
                    continue;
                merged.push({
                    repo: name,
                    number: n.number,
                    title: n.title,
                    url: n.url,
                    author: (0,review_timelines/* gqlActor */.aW)(n.author).login,
                    createdAt: Date.parse(n.createdAt),
                    mergedAt: Date.parse(n.mergedAt),
                    additions: n.additions,
                    deletions: n.deletions,
                    labels: n.labels.nodes.map((l) => l.name),
                });
            }
            if (data.search.issueCount > SEARCH_CAP)
                incomplete.push(`${name}: ${data.search.issueCount} merged PRs in the window; GitHub's search returns at most ${SEARCH_CAP}.`);
            if (!data.search.pageInfo.hasNextPage)
                break;
            cursor = data.search.pageInfo.endCursor;
        }
    }
    catch (e) {
        incomplete.push(`${name}: merged pull requests could not be read (${e.message.split('\n')[0]}); ${merged.length} were.`);
    }
    const milestones = [];
    try {
        const data = await octokit.graphql(MILESTONES_QUERY, {
            owner: repo.owner,
            name: repo.repo,
        });
        for (const m of data.repository.milestones.nodes) {
            const items = [...m.issues.nodes, ...m.pullRequests.nodes].map((i) => i.closedAt ? Date.parse(i.closedAt) : undefined);
            milestones.push({
                repo: name,
                title: m.title,
                url: m.url,
                ...(m.dueOn ? { dueOn: Date.parse(m.dueOn) } : {}),
                open: m.state === 'OPEN',
                items,
                total: m.issues.totalCount + m.pullRequests.totalCount,
            });
        }
    }
    catch (e) {
        incomplete.push(`${name}: milestones could not be read (${e.message.split('\n')[0]}).`);
    }
    return { repos: [name], open: open.pulls, merged, milestones, incomplete };
}
/** The facts of several repositories, read one after the other, as one set. */
async function fetchWipFactsFor(octokit, repos, since, now) {
    const all = { repos: [...repos], open: [], merged: [], milestones: [], incomplete: [] };
    for (const name of repos) {
        const [owner, repo] = name.split('/');
        const f = await fetchWipFacts(octokit, { owner, repo }, since, now);
        all.open.push(...f.open);
        all.merged.push(...f.merged);
        all.milestones.push(...f.milestones);
        all.incomplete.push(...f.incomplete);
    }
    return all;
}

;// CONCATENATED MODULE: ./src/facts/previous-report.ts


/** A report.json from disk, or why it can't be used ("is not JSON (…)"), to be prefixed with what named it. */
function readReportJson(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        return { reason: `cannot be read (${e.code ?? e.message})` };
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        return { reason: `is not JSON (${e.message})` };
    }
    const parsed = reportSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return { reason: `is not a report of schemaVersion 1 (${issue.path.join('.') || '(root)'}: ${issue.message})` };
    }
    return { report: parsed.data };
}
/** Last week's report.json: the report, or why it can't be used (the run goes on without a trend). */
function readPreviousReport(path) {
    if (!path)
        return {};
    const r = readReportJson(path);
    return 'report' in r ? r : { problem: `previous-report ${JSON.stringify(path)} ${r.reason}; no trend this week.` };
}

// EXTERNAL MODULE: ./src/inputs/wip-report.ts
var wip_report = __webpack_require__(59252);
// EXTERNAL MODULE: ./src/checks/review-latency.ts
var review_latency = __webpack_require__(54918);
// EXTERNAL MODULE: ./src/checks/sizes.ts
var sizes = __webpack_require__(17411);
;// CONCATENATED MODULE: ./src/report/wip-report.ts
/**
 * wip-report — handbook §2 "Sizing a task and reducing WIP": "Efficient engineering organizations
 * actively reduce Work In Progress (WIP) to avoid negative feedback loops that drive down
 * productivity." Also §1 (goals reviewed as Nailed it / Scraped it / Failed it) and §6 ("Merge
 * anytime. Friday afternoon? Merge.").
 *
 * Pure: (facts, settings, now, previous report?) -> WipReport. Facts become rows here (reusing
 * pr-size's size buckets and review-latency's per-PR rules, no copies); assemble.ts turns rows into
 * the figures.
 */





const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const isoSecond = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
function sizeOf(p, s) {
    const names = new Set(s.sizes.map((b) => b.name));
    const label = p.labels.find((l) => l.startsWith(s.labelPrefix) && names.has(l.slice(s.labelPrefix.length)));
    return label ? label.slice(s.labelPrefix.length) : (0,sizes/* sizeFor */.Rf)(p.additions + p.deletions, s.sizes).name;
}
const lastActivity = (p) => Math.max(p.createdAt, ...p.events.map((e) => e.at));
const reportSettings = (s) => ({
    wipLimit: s.wipLimit,
    staleDays: s.staleDays,
    scrapedThreshold: s.scrapedThreshold,
    slaHours: s.latency.slaHours,
    workingDayHours: (s.latency.calendar.endMinute - s.latency.calendar.startMinute) / 60,
    timezone: s.latency.calendar.timeZone,
    sizes: s.sizes.map((b) => b.name),
});
function reportRows(facts, s, now) {
    const start = now - s.windowDays * DAY;
    const previousStart = start - s.windowDays * DAY;
    const dayHours = reportSettings(s).workingDayHours;
    const openPrs = facts.open.map((p) => {
        const l = (0,review_latency/* pullLatency */.oD)(p, s.latency, now);
        return {
            repo: p.repo,
            number: p.number,
            title: p.title,
            url: p.url,
            author: p.author.login,
            ageDays: round1((now - p.createdAt) / DAY),
            size: sizeOf(p, s),
            draft: l.draft,
            waitingOn: l.waitingOn,
            waitingFor: l.waitingFor,
            waitingHours: l.waitingHours,
            reviewCycles: l.reviewCycles,
            reviewed: l.firstReviewHours !== undefined,
            linkedIssues: p.closingIssues,
            stale: now - lastActivity(p) > s.staleDays * DAY,
        };
    });
    const mergedPrs = facts.merged
        .filter((m) => m.mergedAt >= start && m.mergedAt <= now)
        .map((m) => ({
        repo: m.repo,
        number: m.number,
        title: m.title,
        url: m.url,
        author: m.author,
        size: sizeOf(m, s),
        mergedAt: isoSecond(m.mergedAt),
        hoursToMerge: round1((m.mergedAt - m.createdAt) / HOUR),
        withinOneWorkingDay: (0,working_time/* workingHours */.ND)(m.createdAt, m.mergedAt, s.latency.calendar) <= dayHours,
    }));
    const sprintGoals = facts.milestones
        .filter((m) => (m.dueOn !== undefined && m.dueOn >= start && m.dueOn <= now) ||
        (m.open && (m.dueOn === undefined || m.dueOn > now)))
        .map((m) => {
        const due = m.dueOn !== undefined && m.dueOn <= now ? m.dueOn : undefined;
        const closedByDue = m.items.filter((c) => c !== undefined && (due === undefined || c <= due)).length;
        const percent = m.total ? round1((closedByDue / m.total) * 100) : 100;
        const outcome = due === undefined
            ? 'In progress'
            : percent >= 100
                ? 'Nailed it'
                : percent >= s.scrapedThreshold
                    ? 'Scraped it'
                    : 'Failed it';
        return {
            repo: m.repo,
            title: m.title,
            url: m.url,
            dueOn: m.dueOn === undefined ? null : isoSecond(m.dueOn),
            closedByDue,
            total: m.total,
            percent,
            outcome,
        };
    });
    const incomplete = [...facts.incomplete];
    for (const m of facts.milestones)
        if (m.total > m.items.length)
            incomplete.push(`${m.repo}: milestone "${m.title}" has ${m.total} items; the first ${m.items.length} were counted.`);
    return {
        repositories: facts.repos,
        openPrs,
        mergedPrs,
        previousMergedCount: facts.merged.filter((m) => m.mergedAt >= previousStart && m.mergedAt < start).length,
        sprintGoals,
        incomplete,
    };
}
/** The earliest merge the report needs: this window and the previous one (for the trend). */
const reportSince = (s, now) => now - 2 * s.windowDays * DAY;
function buildWipReport(facts, s, now, previous) {
    const window = { start: isoSecond(now - s.windowDays * DAY), end: isoSecond(now), days: s.windowDays };
    return assembleReport(reportRows(facts, s, now), reportSettings(s), window, previous);
}

;// CONCATENATED MODULE: ./src/report/wip-verdict.ts

/** The report as a Verdict: summary, outputs, and a warning per reason the data is incomplete. Pure. */
function wipReportVerdict(report, paths, notes = []) {
    return {
        check: 'wip-report',
        conclusion: 'success',
        annotations: [
            ...report.incomplete.map((message) => ({
                level: 'warning',
                title: 'wip-report: incomplete data',
                message,
            })),
            ...notes,
        ],
        labels: { add: [], remove: [] },
        outputs: {
            'report-path': paths.markdown,
            'json-path': paths.json,
            'html-path': paths.html,
            'open-prs': String(report.headline.openPrs),
            incomplete: String(report.incomplete.length > 0),
        },
        summary: wipSummary(report),
        details: report,
    };
}

// EXTERNAL MODULE: ./src/inputs/config-file.ts
var config_file = __webpack_require__(58566);
// EXTERNAL MODULE: ./src/runtime/configured.ts + 1 modules
var configured = __webpack_require__(78747);
// EXTERNAL MODULE: ./src/runtime/client.ts + 1 modules
var client = __webpack_require__(67792);
// EXTERNAL MODULE: ./src/runtime/run-action.ts + 1 modules
var run_action = __webpack_require__(87885);
;// CONCATENATED MODULE: ./src/runtime/wip-report.ts













function runWipReportAction(env) {
    return (0,run_action/* runAction */.C)('wip-report', env, async (ctx) => {
        const octokit = (0,client/* actionClient */._)(ctx, wip_report/* wipReportInputs */.G['github-token']);
        const { settings: s, sources } = await (0,configured/* configuredSettings */.u)('wip-report', wip_report/* wipReportInputs */.G, wip_report/* parseWipReportSettings */.$, {
            octokit,
            repo: ctx.repo,
        });
        const now = Date.now();
        const since = reportSince(s, now);
        const repos = s.repositories.length ? s.repositories : [`${ctx.repo.owner}/${ctx.repo.repo}`];
        const all = await fetchWipFactsFor(octokit, repos, since, now);
        const previous = readPreviousReport(s.previousReport);
        const report = buildWipReport(all, s, now, previous.report);
        const summary = [...wipSummary(report), ...(0,config_file/* settingsNote */.O_)(sources)]; // report.md is the job summary
        const files = writeReportFiles(s.outputDir, report, (0,markdown/* renderMarkdown */.Gc)(summary));
        const notes = previous.problem ? [{ level: 'notice', message: previous.problem }] : [];
        if (s.upload) {
            const problem = await uploadReport(s.artifactName || `wip-report-${report.window.end.slice(0, 10)}`, files);
            if (problem)
                notes.push({ level: 'warning', message: problem });
        }
        await (0,actions/* writeVerdict */.P1)({ ...wipReportVerdict(report, files, notes), summary }, { env });
    });
}


/***/ })

};
