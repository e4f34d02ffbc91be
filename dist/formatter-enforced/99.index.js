export const id = 99;
export const ids = [99];
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

/***/ 78081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   P1: () => (/* binding */ writeVerdict),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   QQ: () => (/* binding */ failRun),
/* harmony export */   lm: () => (/* binding */ notice)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_LEVEL, SUMMARY_MAX_BYTES */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8171);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(545);



/** GitHub shows at most 10 annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
/** GitHub's step summary limit. */
const SUMMARY_MAX_BYTES = 1024 * 1024;
/** Log a line of text that may contain untrusted parts: it can never start a workflow command. */
const logLine = (text) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCommandData */ .V9)(text)}`);
function capAnnotations(list) {
    const out = [];
    for (const level of ['error', 'warning', 'notice']) {
        const of = list.filter((a) => a.level === level);
        if (of.length <= ANNOTATIONS_PER_LEVEL)
            out.push(...of);
        else {
            out.push(...of.slice(0, ANNOTATIONS_PER_LEVEL - 1));
            out.push({ level, message: `${of.length - ANNOTATIONS_PER_LEVEL + 1} more ${level}s are listed in the job summary (GitHub shows ${ANNOTATIONS_PER_LEVEL} per step).` });
        }
    }
    return out;
}
const writers = { error: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3, warning: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e, notice: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm };
/** The one writer for a verdict inside GitHub Actions: outputs, labels, annotations, summary, exit status. */
async function writeVerdict(v, io) {
    for (const [name, value] of Object.entries(v.outputs))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
    const warnings = io.labels && (v.labels.add.length || v.labels.remove.length) ? await io.labels(v.labels) : [];
    const annotations = [...v.annotations, ...warnings.map((message) => ({ level: 'warning', message }))];
    for (const a of capAnnotations(annotations)) {
        writers[a.level](a.message, { ...(a.title ? { title: a.title } : {}), ...(a.file ? { file: a.file } : {}), ...(a.line ? { startLine: a.line } : {}) });
    }
    if (io.env.GITHUB_STEP_SUMMARY)
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdown */ .Gc)(v.summary, SUMMARY_MAX_BYTES)).write();
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('No GITHUB_STEP_SUMMARY file: the summary is not written.');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${v.check}: ${v.conclusion}`);
    if (v.conclusion === 'failure')
        process.exitCode = 1;
}
/** One error line for a run that could not decide (bad input, API failure), and exit 1. */
function failRun(message, detail) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
    if (detail)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(detail);
}
const notice = (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message);
const setSecret = (secret) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);


/***/ }),

/***/ 545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* unused harmony exports MAX_CELL_CHARS, renderText, renderBlock */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8171);

/** Longest cell text before it is cut with "…" (a 10 kB file name must not blow up a table). */
const MAX_CELL_CHARS = 300;
const cut = (s, max) => (s.length > max ? `${s.slice(0, max)}…` : s);
function inline(i, max) {
    if (typeof i === 'string')
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(cut(i, max));
    if ('code' in i)
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(cut(i.code, max));
    if ('strong' in i)
        return `**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(cut(i.strong, max))}**`;
    const href = /^https?:\/\//.test(i.href) ? i.href.replace(/[()\s<>"]/g, encodeURIComponent) : '#';
    return `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(cut(i.link, max))}](${href})`;
}
const renderText = (t, max = Number.POSITIVE_INFINITY) => (Array.isArray(t) ? t : [t]).map((i) => inline(i, max)).join('');
function table(b) {
    const head = `| ${b.header.map((h) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(h)).join(' | ')} |`;
    const rule = `| ${b.header.map((_, i) => (b.align?.[i] === 'right' ? '---:' : '---')).join(' | ')} |`;
    const rows = b.rows.map((r) => `| ${r.map((c) => renderText(c, MAX_CELL_CHARS)).join(' | ')} |`);
    return [head, rule, ...rows].join('\n');
}
function renderBlock(b) {
    switch (b.kind) {
        case 'heading':
            return `${'#'.repeat(b.level)} ${renderText(b.text)}`;
        case 'paragraph':
            return renderText(b.text);
        case 'quote':
            return `> ${renderText(b.text)}`;
        case 'list':
            return b.items.map((i) => `- ${renderText(i)}`).join('\n');
        case 'table':
            return table(b);
    }
}
/** Markdown for a job summary; cut at a block boundary with a note when over `maxBytes`. */
function renderMarkdown(blocks, maxBytes = Number.POSITIVE_INFINITY) {
    const note = '\n\n_Summary cut here: it is over GitHub\u2019s 1 MiB step-summary limit. The full data is in the outputs and the log._\n';
    let out = '';
    for (const b of blocks) {
        const next = `${out}${out ? '\n\n' : ''}${renderBlock(b)}`;
        if (Buffer.byteLength(next) + Buffer.byteLength(note) > maxBytes)
            return out + note;
        out = next;
    }
    return `${out}\n`;
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

/***/ 63056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readActionInput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);

/** The one place action inputs are read. The runner passes every input, defaults included. */
const readActionInput = (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);


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

/***/ 27026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mn: () => (/* binding */ lines),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony export quoteValue */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88532);

class InputError extends Error {
    name = 'InputError';
}
/** Quotes a user value for an error line: one line, bounded length. */
function quoteValue(value) {
    const shown = value.length > 120 ? `${value.slice(0, 120)}…` : value;
    return JSON.stringify(shown);
}
function inputError(name, value, problem, allowed) {
    return new InputError(`Input '${name}' is ${quoteValue(value)}: ${problem}. Allowed: ${allowed}.`);
}
function parseInputs(specs, read) {
    const out = {};
    for (const [name, spec] of Object.entries(specs)) {
        const given = read(name);
        const value = given === undefined ? spec.default : given.trim() === '' ? (spec.whenEmpty ?? spec.default) : given;
        const result = spec.schema.safeParse(value);
        if (!result.success) {
            const problem = result.error.issues[0]?.message ?? 'invalid value';
            throw inputError(name, given ?? value, problem, spec.allowed);
        }
        out[name] = result.data;
    }
    return out;
}
/** Newline-separated list; blank lines and surrounding spaces dropped. */
const lines = (text) => text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
const booleanInput = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .transform((s, ctx) => {
    const v = s.trim().toLowerCase();
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    ctx.addIssue({ code: 'custom', message: 'not a boolean' });
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
});


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
