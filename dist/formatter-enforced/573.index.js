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

/***/ 81573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PULL_EVENTS: () => (/* binding */ PULL_EVENTS),
/* harmony export */   runReviewLatencyAction: () => (/* binding */ runReviewLatencyAction)
/* harmony export */ });
/* harmony import */ var _checks_review_latency_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54918);
/* harmony import */ var _effects_actions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78081);
/* harmony import */ var _facts_github_review_timelines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31486);
/* harmony import */ var _inputs_review_latency_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40058);
/* harmony import */ var _configured_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78747);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67792);
/* harmony import */ var _run_action_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(87885);







/** Events about one PR; the others (schedule, workflow_dispatch) evaluate every open PR. */
const PULL_EVENTS = [
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
];
function runReviewLatencyAction(env) {
    return (0,_run_action_js__WEBPACK_IMPORTED_MODULE_6__/* .runAction */ .C)('review-latency', env, async (ctx) => {
        const octokit = (0,_client_js__WEBPACK_IMPORTED_MODULE_5__/* .actionClient */ ._)(ctx, _inputs_review_latency_js__WEBPACK_IMPORTED_MODULE_3__/* .reviewLatencyInputs */ .U['github-token']);
        const { settings, note } = await (0,_configured_js__WEBPACK_IMPORTED_MODULE_4__/* .configuredSettings */ .u)('review-latency', _inputs_review_latency_js__WEBPACK_IMPORTED_MODULE_3__/* .reviewLatencyInputs */ .U, _inputs_review_latency_js__WEBPACK_IMPORTED_MODULE_3__/* .parseReviewLatencySettings */ .h, { octokit, repo: ctx.repo, ref: (0,_configured_js__WEBPACK_IMPORTED_MODULE_4__/* .baseShaOf */ .L)(ctx.payload), workspace: ctx.workspace });
        const now = Date.now();
        if (PULL_EVENTS.includes(ctx.eventName)) {
            const number = ctx.payload.pull_request?.number;
            if (typeof number !== 'number')
                return (0,_effects_actions_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm)(`review-latency: the ${ctx.eventName} event has no pull request in its payload, so it is skipped.`);
            return (0,_effects_actions_js__WEBPACK_IMPORTED_MODULE_1__/* .writeVerdict */ .P1)(note((0,_checks_review_latency_js__WEBPACK_IMPORTED_MODULE_0__/* .reviewLatencyForPull */ .vq)(await (0,_facts_github_review_timelines_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchPullTimeline */ .b6)(octokit, ctx.repo, number), settings, now)), { env });
        }
        const open = await (0,_facts_github_review_timelines_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchOpenPullTimelines */ .aq)(octokit, ctx.repo);
        await (0,_effects_actions_js__WEBPACK_IMPORTED_MODULE_1__/* .writeVerdict */ .P1)(note((0,_checks_review_latency_js__WEBPACK_IMPORTED_MODULE_0__/* .reviewLatencyReport */ .X8)(open.pulls, settings, now, open.incomplete)), { env });
    });
}


/***/ })

};
