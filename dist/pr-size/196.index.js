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
