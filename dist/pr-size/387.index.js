export const id = 387;
export const ids = [387];
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

/***/ 98387:
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
    const issues = (0,closing_references/* issueRefs */.A)([
        ...f.closing,
        ...(0,closing_references/* closingReferences */.K)([f.title, f.body, ...f.commitMessages].join('\n'), f.repo),
    ]);
    const base = { check: 'issue-linked', labels: (0,verdict/* noLabelChanges */.L)(), outputs: { issues: JSON.stringify(issues) } };
    const head = (text) => [
        { kind: 'heading', level: 2, text },
        { kind: 'quote', text: `${handbook/* HANDBOOK */.L.issueLink.section}: "${handbook/* HANDBOOK */.L.issueLink.quote}"` },
    ];
    if (issues.length) {
        return {
            ...base,
            conclusion: 'success',
            annotations: [],
            summary: [...head(`Issue linked: ${issues.join(', ')}`)],
            details: { issues },
        };
    }
    if (f.author.bot)
        return {
            ...base,
            conclusion: 'success',
            annotations: [],
            summary: [
                ...head('Issue link: skipped for a bot author'),
                { kind: 'paragraph', text: `${f.author.login} is a bot; its PRs need no issue.` },
            ],
            details: { issues, skipped: 'bot' },
        };
    if (s.skipLabel && f.labels.includes(s.skipLabel)) {
        return {
            ...base,
            conclusion: 'success',
            annotations: [],
            summary: [
                ...head('Issue link: skipped by label'),
                { kind: 'paragraph', text: ['No issue needed: the PR has the ', { code: s.skipLabel }, ' label.'] },
            ],
            details: { issues, skipped: 'label' },
        };
    }
    const annotation = {
        level: s.failIfMissing ? 'error' : 'notice',
        title: 'No linked issue',
        message: `This PR links no issue. ${HOW} ${quote}`,
    };
    return {
        ...base,
        conclusion: s.failIfMissing ? 'failure' : 'success',
        annotations: [annotation],
        summary: [
            ...head('Issue link: none found'),
            { kind: 'paragraph', text: HOW },
            ...(f.commitsUnread
                ? [
                    {
                        kind: 'paragraph',
                        text: `Only the last ${f.commitMessages.length} commit messages were read; ${f.commitsUnread} older ones were not.`,
                    },
                ]
                : []),
            ...(s.skipLabel
                ? [
                    {
                        kind: 'paragraph',
                        text: ['A PR that needs no issue can get the ', { code: s.skipLabel }, ' label.'],
                    },
                ]
                : []),
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
    const data = await octokit.graphql(PULL_LINKS_QUERY, {
        owner: repo.owner,
        name: repo.repo,
        number,
    });
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
        ...(pr.commits.totalCount > pr.commits.nodes.length
            ? { commitsUnread: pr.commits.totalCount - pr.commits.nodes.length }
            : {}),
    };
}

// EXTERNAL MODULE: ./src/facts/github/pull-request.ts
var pull_request = __webpack_require__(51364);
// EXTERNAL MODULE: ./src/inputs/issue-linked.ts
var issue_linked = __webpack_require__(24386);
// EXTERNAL MODULE: ./src/runtime/configured.ts + 1 modules
var configured = __webpack_require__(78747);
// EXTERNAL MODULE: ./src/runtime/client.ts + 1 modules
var client = __webpack_require__(67792);
// EXTERNAL MODULE: ./src/runtime/run-action.ts + 1 modules
var run_action = __webpack_require__(87885);
;// CONCATENATED MODULE: ./src/runtime/issue-linked.ts








function runIssueLinkedAction(env) {
    return (0,run_action/* runAction */.C)('issue-linked', env, async (ctx) => {
        const octokit = (0,client/* actionClient */._)(ctx, issue_linked/* issueLinkedInputs */.y['github-token']);
        const pr = (0,pull_request/* pullRequestFromPayload */.r)(ctx.payload);
        if (!pr)
            return (0,actions/* notice */.lm)(`issue-linked: the ${ctx.eventName} event has no pull request in its payload, so it is skipped.`);
        const { settings, note } = await (0,configured/* configuredSettings */.u)('issue-linked', issue_linked/* issueLinkedInputs */.y, issue_linked/* parseIssueLinkedSettings */.j, {
            octokit,
            repo: ctx.repo,
            ref: pr.baseSha,
            workspace: ctx.workspace,
        });
        const facts = await fetchIssueLinkFacts(octokit, ctx.repo, pr.number);
        // The payload's labels are the event's own (a `labeled` event carries the new label); the query's may lag.
        await (0,actions/* writeVerdict */.P1)(note(issueLinkedVerdict({ ...facts, labels: [...new Set([...facts.labels, ...pr.labels])] }, settings)), { env });
    });
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
