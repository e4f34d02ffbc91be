export const id = 323;
export const ids = [323];
export const modules = {

/***/ 5323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPrSizeAction: () => (/* binding */ runPrSizeAction)
});

// EXTERNAL MODULE: ./src/checks/pr-size.ts + 2 modules
var pr_size = __webpack_require__(2307);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/effects/escape.ts
var effects_escape = __webpack_require__(8171);
;// CONCATENATED MODULE: ./src/effects/markdown.ts

/** Longest cell text before it is cut with "…" (a 10 kB file name must not blow up a table). */
const MAX_CELL_CHARS = 300;
const cut = (s, max) => (s.length > max ? `${s.slice(0, max)}…` : s);
function inline(i, max) {
    if (typeof i === 'string')
        return (0,effects_escape/* escapeMarkdown */.FV)(cut(i, max));
    if ('code' in i)
        return (0,effects_escape/* codeSpan */.SS)(cut(i.code, max));
    if ('strong' in i)
        return `**${(0,effects_escape/* escapeMarkdown */.FV)(cut(i.strong, max))}**`;
    const href = /^https?:\/\//.test(i.href) ? i.href.replace(/[()\s<>"]/g, encodeURIComponent) : '#';
    return `[${(0,effects_escape/* escapeMarkdown */.FV)(cut(i.link, max))}](${href})`;
}
const renderText = (t, max = Number.POSITIVE_INFINITY) => (Array.isArray(t) ? t : [t]).map((i) => inline(i, max)).join('');
function table(b) {
    const head = `| ${b.header.map((h) => (0,effects_escape/* escapeMarkdown */.FV)(h)).join(' | ')} |`;
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

;// CONCATENATED MODULE: ./src/effects/actions.ts



/** GitHub shows at most 10 annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
/** GitHub's step summary limit. */
const SUMMARY_MAX_BYTES = 1024 * 1024;
/** Log a line of text that may contain untrusted parts: it can never start a workflow command. */
const logLine = (text) => core/* info */.pq(`  ${(0,effects_escape/* escapeCommandData */.V9)(text)}`);
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
const writers = { error: core/* error */.z3, warning: core/* warning */.$e, notice: core/* notice */.lm };
/** The one writer for a verdict inside GitHub Actions: outputs, labels, annotations, summary, exit status. */
async function writeVerdict(v, io) {
    for (const [name, value] of Object.entries(v.outputs))
        core/* setOutput */.uH(name, value);
    const warnings = io.labels && (v.labels.add.length || v.labels.remove.length) ? await io.labels(v.labels) : [];
    const annotations = [...v.annotations, ...warnings.map((message) => ({ level: 'warning', message }))];
    for (const a of capAnnotations(annotations)) {
        writers[a.level](a.message, { ...(a.title ? { title: a.title } : {}), ...(a.file ? { file: a.file } : {}), ...(a.line ? { startLine: a.line } : {}) });
    }
    if (io.env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw(renderMarkdown(v.summary, SUMMARY_MAX_BYTES)).write();
    else
        core/* info */.pq('No GITHUB_STEP_SUMMARY file: the summary is not written.');
    core/* info */.pq(`${v.check}: ${v.conclusion}`);
    if (v.conclusion === 'failure')
        process.exitCode = 1;
}
/** One error line for a run that could not decide (bad input, API failure), and exit 1. */
function failRun(message, detail) {
    core/* setFailed */.C1(message);
    if (detail)
        core/* debug */.Yz(detail);
}
const notice = (message) => core/* notice */.lm(message);
const setSecret = (secret) => core/* setSecret */.Pq(secret);

;// CONCATENATED MODULE: ./src/effects/labels.ts
const labels_status = (e) => e.status;
/**
 * Applies label changes to a PR. Creates missing labels with their colour first (422 = exists).
 * A 403 (fork PR, read-only token) stops label writes and comes back as a warning sentence: the
 * check's result does not depend on labels.
 */
async function applyLabelChanges(octokit, repo, issueNumber, changes) {
    const readOnly = (what, e) => [
        `Could not ${what} (HTTP 403: the token can't write labels, as on pull requests from forks). The size, outputs and result are unaffected; give the job 'pull-requests: write' or run on pull_request_target to label forks.`,
        ...(labels_status(e) === 403 ? [] : [String(e)]),
    ];
    try {
        for (const label of changes.add) {
            try {
                await octokit.rest.issues.createLabel({ ...repo, name: label.name, color: label.color, description: label.description });
            }
            catch (e) {
                if (labels_status(e) !== 422)
                    throw e;
            }
        }
        if (changes.add.length)
            await octokit.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: changes.add.map((l) => l.name) });
        for (const name of changes.remove) {
            try {
                await octokit.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name });
            }
            catch (e) {
                if (labels_status(e) !== 404)
                    throw e;
            }
        }
        return [];
    }
    catch (e) {
        if (labels_status(e) === 403)
            return readOnly('update the size label', e);
        throw e;
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/facts/github/octokit.ts



/**
 * The one place an API client is made: REST + GraphQL, retried on 5xx with back-off
 * (@octokit/plugin-retry) and paced on primary/secondary rate limits (@octokit/plugin-throttling).
 */
function createOctokit(s) {
    const log = s.log ?? (() => undefined);
    return (0,github/* getOctokit */.Q)(s.token, {
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
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

;// CONCATENATED MODULE: ./src/facts/github/pull-request.ts
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

// EXTERNAL MODULE: ./src/facts/git/change-set.ts + 2 modules
var change_set = __webpack_require__(4988);
;// CONCATENATED MODULE: ./src/facts/github/file-content.ts
/** A text file at `ref`, or undefined when it doesn't exist (404). */
async function readRepoFile(octokit, repo, path, ref) {
    try {
        const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
        if (Array.isArray(data) || data.type !== 'file' || !('content' in data))
            return undefined;
        return Buffer.from(data.content, 'base64').toString('utf8');
    }
    catch (e) {
        if (e.status === 404)
            return undefined;
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/facts/github/pull-files.ts
/** GitHub's PR files API lists at most this many files. */
const API_FILE_CAP = 3000;
/** Every file of a PR the API will list (100 a page, up to 3,000). */
async function listPullFiles(octokit, repo, pullNumber) {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 });
    return files.map((f) => ({
        path: f.filename,
        ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
        status: f.status,
        additions: f.additions,
        deletions: f.deletions,
    }));
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
;// CONCATENATED MODULE: ./src/facts/gitattributes.ts

function attrValue(tokens, name) {
    let value;
    for (const t of tokens) {
        if (t === name || t === `${name}=true`)
            value = true;
        else if (t === `-${name}` || t === `${name}=false` || t === `!${name}`)
            value = false;
    }
    return value;
}
function unquote(pattern) {
    if (!pattern.startsWith('"') || !pattern.endsWith('"') || pattern.length < 2)
        return pattern;
    return pattern.slice(1, -1).replace(/\\(.)/g, '$1');
}
function splitLine(line) {
    const m = /^("(?:[^"\\]|\\.)*"|\S+)\s*(.*)$/.exec(line);
    if (!m)
        return [];
    return [unquote(m[1]), ...(m[2] ? m[2].split(/\s+/) : [])];
}
function parseGitattributes(text) {
    const lines = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const [pattern, ...tokens] = splitLine(line);
        if (!pattern || pattern.startsWith('!') || pattern.endsWith('/'))
            continue;
        const generated = attrValue(tokens, 'linguist-generated');
        const vendored = attrValue(tokens, 'linguist-vendored');
        if (generated === undefined && vendored === undefined)
            continue;
        const anchored = pattern.includes('/');
        const glob = anchored ? pattern.replace(/^\//, '') : `**/${pattern}`;
        lines.push({ matcher: new esm/* Minimatch */.VR(glob, { dot: true, nonegate: true, nocomment: true }), generated, vendored });
    }
    return (path) => {
        let generated;
        let vendored;
        for (let i = lines.length - 1; i >= 0 && (generated === undefined || vendored === undefined); i--) {
            const l = lines[i];
            if (!l.matcher.match(path))
                continue;
            if (generated === undefined)
                generated = l.generated;
            if (vendored === undefined)
                vendored = l.vendored;
        }
        return { generated: generated === true, vendored: vendored === true };
    };
}

;// CONCATENATED MODULE: ./src/facts/pr-size-facts.ts




/**
 * pr-size facts for a PR. A checkout with both commits gives exact counts with no API calls;
 * otherwise the files API (≤ 3,000 files) plus the root .gitattributes at the head commit. When the
 * listed line counts don't reach GitHub's totals (file cap, oversized diffs reported as 0), the change
 * set is marked incomplete and carries the totals, so the rule can approximate without undercounting.
 */
async function prSizeFactsFromGitHub(src) {
    const { pr } = src;
    if (await (0,change_set/* checkoutCanDiff */.W)(src.workspace, pr.baseSha, pr.headSha)) {
        return { pr, changes: await (0,change_set/* changeSetFromGit */.j)(src.workspace, pr.baseSha, pr.headSha) };
    }
    const [files, attributesText] = await Promise.all([
        listPullFiles(src.octokit, src.repo, pr.number),
        readRepoFile(src.octokit, src.repo, '.gitattributes', pr.headSha),
    ]);
    const changes = { files, attributes: parseGitattributes(attributesText ?? ''), source: 'api' };
    const listedLines = files.reduce((n, f) => n + f.additions + f.deletions, 0);
    const totalLines = pr.additions + pr.deletions;
    if (pr.changedFiles > files.length || totalLines > listedLines) {
        const reason = pr.changedFiles > files.length
            ? `GitHub's API lists at most ${API_FILE_CAP.toLocaleString('en')} files of a pull request; this one changes ${pr.changedFiles.toLocaleString('en')}, and no checkout with both commits was available to count them all.`
            : `GitHub reported 0 lines for some oversized diffs (listed ${listedLines} of ${totalLines} changed lines), and no checkout with both commits was available to count them exactly.`;
        changes.incomplete = { reason, totals: { lines: totalLines, files: pr.changedFiles } };
    }
    return { pr, changes };
}

// EXTERNAL MODULE: ./src/inputs/pr-size.ts
var inputs_pr_size = __webpack_require__(5153);
;// CONCATENATED MODULE: ./src/inputs/read-action-inputs.ts

/** The one place action inputs are read. The runner passes every input, defaults included. */
const readActionInput = (name) => core/* getInput */.V4(name);

// EXTERNAL MODULE: ./src/inputs/spec.ts
var spec = __webpack_require__(7026);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
            return failRun(e.message);
        const stack = ctx?.debug ? e.stack : undefined;
        failRun(`${check} could not finish: ${explain(e)}${stack ? '' : ' (Re-run with debug logging for the stack trace.)'}`, stack);
    }
}

;// CONCATENATED MODULE: ./src/runtime/pr-size.ts










/** pr-size inside GitHub Actions: facts (API or checkout) → rule → effects. */
function runPrSizeAction(env) {
    return runAction('pr-size', env, async (ctx) => {
        const { 'github-token': token } = (0,spec/* parseInputs */.TL)({ 'github-token': inputs_pr_size/* prSizeInputs */.D['github-token'] }, readActionInput);
        setSecret(token);
        const settings = (0,inputs_pr_size/* parsePrSizeSettings */.g)(readActionInput);
        const pr = pullRequestFromPayload(ctx.payload);
        if (!pr)
            return notice(`pr-size: the ${ctx.eventName} event has no pull request in its payload, so it is skipped.`);
        const octokit = createOctokit({ token, baseUrl: ctx.apiUrl, retryBaseMs: ctx.retryBaseMs, log: logLine });
        const facts = await prSizeFactsFromGitHub({ octokit, repo: ctx.repo, pr, workspace: ctx.workspace });
        const verdict = (0,pr_size/* prSizeVerdict */.P)(facts, settings);
        await writeVerdict(verdict, { env, labels: (changes) => applyLabelChanges(octokit, ctx.repo, pr.number, changes) });
    });
}


/***/ })

};
