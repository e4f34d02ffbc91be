export const id = 196;
export const ids = [196];
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

/***/ 51364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ pullRequestFromPayload)
/* harmony export */ });
/** The PR of a pull_request / pull_request_target event, or undefined when the payload has none. */
function pullRequestFromPayload(payload) {
    const pr = payload?.pull_request;
    if (!pr || typeof pr.number !== 'number' || !pr.base?.sha || !pr.head?.sha)
        return undefined;
    return {
        number: pr.number,
        title: pr.title ?? '',
        draft: pr.draft === true,
        baseSha: pr.base.sha,
        headSha: pr.head.sha,
        additions: pr.additions ?? 0,
        deletions: pr.deletions ?? 0,
        changedFiles: pr.changed_files ?? 0,
        labels: (pr.labels ?? []).map((l) => l.name),
        // A deleted fork has head.repo null: treat it as a fork (read-only token).
        fromFork: pr.head.repo?.full_name !== pr.base.repo.full_name,
    };
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

/***/ 25815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runIssueLinkedAction: () => (/* binding */ runIssueLinkedAction)
});

// EXTERNAL MODULE: ./src/handbook.ts
var handbook = __webpack_require__(53755);
// EXTERNAL MODULE: ./src/verdict.ts
var verdict = __webpack_require__(53138);
// EXTERNAL MODULE: ./src/checks/closing-references.ts
var closing_references = __webpack_require__(17301);
;// CONCATENATED MODULE: ./src/checks/issue-linked.ts



const quote = `Handbook ${handbook/* HANDBOOK */.L.issueLink.section}: "${handbook/* HANDBOOK */.L.issueLink.quote}"`;
const HOW = 'Add "Closes #N" to the PR description or a commit message (git commit -m "Closes #289 add posthog logo to website"), or link the issue in the PR\u2019s Development sidebar.';
function issueLinkedVerdict(f, s) {
    const issues = (0,closing_references/* issueRefs */.A)([...f.closing, ...(0,closing_references/* closingReferences */.K)([f.title, f.body, ...f.commitMessages].join('\n'), f.repo)]);
    const base = { check: 'issue-linked', labels: (0,verdict/* noLabelChanges */.L)(), outputs: { issues: JSON.stringify(issues) } };
    const head = (text) => [{ kind: 'heading', level: 2, text }, { kind: 'quote', text: `${handbook/* HANDBOOK */.L.issueLink.section}: "${handbook/* HANDBOOK */.L.issueLink.quote}"` }];
    if (issues.length) {
        return { ...base, conclusion: 'success', annotations: [], summary: [...head(`Issue linked: ${issues.join(', ')}`)], details: { issues } };
    }
    if (f.author.bot)
        return { ...base, conclusion: 'success', annotations: [], summary: [...head('Issue link: skipped for a bot author'), { kind: 'paragraph', text: `${f.author.login} is a bot; its PRs need no issue.` }], details: { issues, skipped: 'bot' } };
    if (s.skipLabel && f.labels.includes(s.skipLabel)) {
        return { ...base, conclusion: 'success', annotations: [], summary: [...head('Issue link: skipped by label'), { kind: 'paragraph', text: ['No issue needed: the PR has the ', { code: s.skipLabel }, ' label.'] }], details: { issues, skipped: 'label' } };
    }
    const annotation = { level: s.failIfMissing ? 'error' : 'notice', title: 'No linked issue', message: `This PR links no issue. ${HOW} ${quote}` };
    return {
        ...base,
        conclusion: s.failIfMissing ? 'failure' : 'success',
        annotations: [annotation],
        summary: [
            ...head('Issue link: none found'),
            { kind: 'paragraph', text: HOW },
            ...(f.commitsUnread ? [{ kind: 'paragraph', text: `Only the last ${f.commitMessages.length} commit messages were read; ${f.commitsUnread} older ones were not.` }] : []), ...(s.skipLabel ? [{ kind: 'paragraph', text: ['A PR that needs no issue can get the ', { code: s.skipLabel }, ' label.'] }] : [])
        ],
        details: { issues },
    };
}

// EXTERNAL MODULE: ./src/effects/actions.ts
var actions = __webpack_require__(78081);
// EXTERNAL MODULE: ./src/facts/github/review-timelines.ts
var review_timelines = __webpack_require__(31486);
;// CONCATENATED MODULE: ./src/facts/github/issue-link-facts.ts

/** Validated against GitHub's schema in test/unit/issue-link-query.test.ts. Commits: the last 100. */
const PULL_LINKS_QUERY = `query PullLinks($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      title body
      author { __typename login }
      labels(first: 50) { nodes { name } }
      closingIssuesReferences(first: 20) { nodes { number repository { nameWithOwner } } }
      commits(last: 100) { totalCount nodes { commit { message } } }
    }
  }
}`;
async function fetchIssueLinkFacts(octokit, repo, number) {
    const data = await octokit.graphql(PULL_LINKS_QUERY, { owner: repo.owner, name: repo.repo, number });
    const pr = data.repository?.pullRequest;
    if (!pr)
        throw new Error(`pull request #${number} of ${repo.owner}/${repo.repo} was not found`);
    return {
        repo: `${repo.owner}/${repo.repo}`,
        title: pr.title,
        body: pr.body ?? '',
        author: (0,review_timelines/* gqlActor */.aW)(pr.author),
        labels: pr.labels.nodes.map((l) => l.name),
        closing: pr.closingIssuesReferences.nodes.map((n) => `${n.repository.nameWithOwner}#${n.number}`),
        commitMessages: pr.commits.nodes.map((c) => c.commit.message),
        ...(pr.commits.totalCount > pr.commits.nodes.length ? { commitsUnread: pr.commits.totalCount - pr.commits.nodes.length } : {}),
    };
}

// EXTERNAL MODULE: ./src/facts/github/octokit.ts
var github_octokit = __webpack_require__(36038);
// EXTERNAL MODULE: ./src/facts/github/pull-request.ts
var pull_request = __webpack_require__(51364);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/inputs/shared.ts
var shared = __webpack_require__(55940);
// EXTERNAL MODULE: ./src/inputs/spec.ts
var spec = __webpack_require__(27026);
;// CONCATENATED MODULE: ./src/inputs/issue-linked.ts



const issueLinkedInputs = {
    'github-token': (0,shared/* tokenInput */.e1)('Token to read the PR\u2019s closing references and commit messages (read-only is enough).'),
    'fail-if-missing': { description: 'Fail when the PR links no issue (default: a notice only).', default: 'false', allowed: 'true or false', schema: spec/* booleanInput */.tE },
    'skip-label': { description: 'A PR with this label needs no issue. Default: no-issue.', default: '', allowed: 'a label name', schema: schemas/* string */.YjP().trim().max(100, 'longer than GitHub allows for a label') },
};
function parseIssueLinkedSettings(read) {
    const { 'github-token': _t, ...specs } = issueLinkedInputs;
    const raw = (0,spec/* parseInputs */.TL)(specs, read);
    return { failIfMissing: raw['fail-if-missing'], skipLabel: raw['skip-label'] || 'no-issue' };
}

// EXTERNAL MODULE: ./src/inputs/read-action-inputs.ts
var read_action_inputs = __webpack_require__(63056);
// EXTERNAL MODULE: ./src/runtime/run-action.ts + 1 modules
var run_action = __webpack_require__(87885);
;// CONCATENATED MODULE: ./src/runtime/issue-linked.ts









function runIssueLinkedAction(env) {
    return (0,run_action/* runAction */.C)('issue-linked', env, async (ctx) => {
        const { 'github-token': token } = (0,spec/* parseInputs */.TL)({ 'github-token': issueLinkedInputs['github-token'] }, read_action_inputs/* readActionInput */.L);
        (0,actions/* setSecret */.Pq)(token);
        const settings = parseIssueLinkedSettings(read_action_inputs/* readActionInput */.L);
        const pr = (0,pull_request/* pullRequestFromPayload */.r)(ctx.payload);
        if (!pr)
            return (0,actions/* notice */.lm)(`issue-linked: the ${ctx.eventName} event has no pull request in its payload, so it is skipped.`);
        const octokit = (0,github_octokit/* createOctokit */.Q)({ token, baseUrl: ctx.apiUrl, retryBaseMs: ctx.retryBaseMs, log: actions/* logLine */.BP });
        const facts = await fetchIssueLinkFacts(octokit, ctx.repo, pr.number);
        // The payload's labels are the event's own (a `labeled` event carries the new label); the query's may lag.
        await (0,actions/* writeVerdict */.P1)(issueLinkedVerdict({ ...facts, labels: [...new Set([...facts.labels, ...pr.labels])] }, settings), { env });
    });
}


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


/***/ }),

/***/ 53138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ noLabelChanges)
/* harmony export */ });
/**
 * The data every check returns. Rules build it (pure); effects write it (the only code that does).
 * All text in here is plain and untrusted: escaping happens once, in src/effects/.
 */
const noLabelChanges = () => ({ add: [], remove: [] });


/***/ })

};
