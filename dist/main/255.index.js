export const id = 255;
export const ids = [255];
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

/***/ 9439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ partitionFiles),
/* harmony export */   Vp: () => (/* binding */ makeFileFilter)
/* harmony export */ });
/* unused harmony exports LOCKFILES, noAttributes */
/* harmony import */ var _globs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82070);

/**
 * Which changed files don't count towards a PR's size (and, later, docs-required): lockfiles,
 * files marked linguist-generated / linguist-vendored, and the user's `ignore` globs.
 * Pure: attributes are looked up through the function the facts layer provides.
 */
const LOCKFILES = [
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'bun.lockb',
    'bun.lock',
    'Cargo.lock',
    'Gemfile.lock',
    'composer.lock',
    'poetry.lock',
    'uv.lock',
    'Pipfile.lock',
    'go.sum',
    'mix.lock',
    'pubspec.lock',
    'Podfile.lock',
    'flake.lock',
];
const lockfileNames = new Set(LOCKFILES);
const baseName = (path) => path.slice(path.lastIndexOf('/') + 1);
/**
 * The user's globs have the last word: `!package-lock.json` counts a lockfile again,
 * `docs/generated/**` ignores more. Otherwise attributes, then lockfile names, decide.
 */
function makeFileFilter(userGlobs, attributes) {
    const user = (0,_globs_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlobs */ .tI)(userGlobs);
    return {
        reason(path) {
            const decided = user.decide(path);
            if (decided === true)
                return 'ignore input';
            if (decided === false)
                return undefined;
            const attrs = attributes(path);
            if (attrs.generated)
                return 'generated';
            if (attrs.vendored)
                return 'vendored';
            if (lockfileNames.has(baseName(path)))
                return 'lockfile';
            return undefined;
        },
    };
}
function partitionFiles(files, filter) {
    const counted = [];
    const ignored = [];
    for (const f of files) {
        const reason = filter.reason(f.path);
        if (reason)
            ignored.push({ ...f, reason });
        else
            counted.push(f);
    }
    return { counted, ignored };
}
const noAttributes = () => ({ generated: false, vendored: false });


/***/ }),

/***/ 84988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ changeSetFromGit),
  W: () => (/* binding */ checkoutCanDiff)
});

// EXTERNAL MODULE: ./src/facts/git/run-git.ts
var run_git = __webpack_require__(2204);
;// CONCATENATED MODULE: ./src/facts/git/attributes.ts

const isSet = (value) => value === 'set' || value === 'true';
/** linguist-generated / linguist-vendored for each path, from every .gitattributes in the checkout. */
async function gitAttributes(cwd, paths) {
    const map = new Map();
    if (paths.length > 0) {
        const out = await (0,run_git/* runGit */.EO)(cwd, ['check-attr', '-z', '--stdin', 'linguist-generated', 'linguist-vendored'], paths.join('\0') + '\0');
        const t = out.split('\0');
        for (let i = 0; i + 2 < t.length; i += 3) {
            const path = t[i];
            const entry = map.get(path) ?? { generated: false, vendored: false };
            if (t[i + 1] === 'linguist-generated')
                entry.generated = isSet(t[i + 2]);
            else
                entry.vendored = isSet(t[i + 2]);
            map.set(path, entry);
        }
    }
    return (path) => map.get(path) ?? { generated: false, vendored: false };
}

;// CONCATENATED MODULE: ./src/facts/git/diff.ts

const STATUS = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed', U: 'modified' };
/**
 * Parses `git diff -z --raw --numstat -M` output: the raw records (status) come first, then the
 * numstat records (line counts), both NUL-separated; renames carry two paths. Binary files count 0.
 */
function parseRawNumstat(output) {
    const tokens = output.split('\0');
    const byPath = new Map();
    let i = 0;
    while (i < tokens.length) {
        const t = tokens[i];
        if (t === '') {
            i++;
            continue;
        }
        if (t.startsWith(':')) {
            const letter = t.split(' ').at(-1)[0];
            const twoPaths = letter === 'R' || letter === 'C';
            const path = twoPaths ? tokens[i + 2] : tokens[i + 1];
            byPath.set(path, {
                path,
                ...(twoPaths ? { previousPath: tokens[i + 1] } : {}),
                status: STATUS[letter] ?? 'modified',
                additions: 0,
                deletions: 0,
            });
            i += twoPaths ? 3 : 2;
            continue;
        }
        // Only the first two tabs separate fields: a path may contain tabs itself.
        const m = /^([^\t]*)\t([^\t]*)\t([\s\S]*)$/.exec(t);
        if (!m) {
            i++;
            continue;
        }
        const [, add, del, inline] = m;
        const path = inline === '' ? tokens[i + 2] : inline;
        i += inline === '' ? 3 : 1;
        const file = byPath.get(path);
        if (!file)
            continue;
        file.additions = add === '-' ? 0 : Number(add);
        file.deletions = del === '-' ? 0 : Number(del);
    }
    return [...byPath.values()];
}
/** Files changed between the merge base of `base` and `head`, as GitHub's PR files API counts them. */
async function gitChangedFiles(cwd, base, head) {
    const out = await (0,run_git/* runGit */.EO)(cwd, ['diff', '-z', '--raw', '--numstat', '-M', '--no-ext-diff', '--no-textconv', '--no-color', '--end-of-options', `${base}...${head}`]);
    return parseRawNumstat(out);
}

;// CONCATENATED MODULE: ./src/facts/git/change-set.ts



/** A ChangeSet from a local checkout: exact line counts, every file, attributes from `git check-attr`. */
async function changeSetFromGit(cwd, base, head) {
    const files = await gitChangedFiles(cwd, base, head);
    return { files, attributes: await gitAttributes(cwd, files.map((f) => f.path)), source: 'git' };
}
/** True when `cwd` is a checkout holding both commits and the history between them. */
async function checkoutCanDiff(cwd, base, head) {
    if (!cwd)
        return false;
    if (!(await (0,run_git/* hasCommit */.QE)(cwd, base)) || !(await (0,run_git/* hasCommit */.QE)(cwd, head)))
        return false;
    return (await (0,run_git/* mergeBase */.wu)(cwd, base, head)) !== undefined;
}


/***/ }),

/***/ 2204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   QE: () => (/* binding */ hasCommit),
/* harmony export */   wu: () => (/* binding */ mergeBase)
/* harmony export */ });
/* unused harmony export GitError */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

class GitError extends Error {
    name = 'GitError';
}
/** Runs git read-only in `cwd`; resolves stdout, rejects with git's first stderr line. */
function runGit(cwd, args, stdin) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['-c', 'core.quotepath=off', ...args], { cwd, stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', (e) => reject(new GitError(`git could not be started: ${e.message}`)));
        child.on('close', (code) => {
            if (code === 0)
                resolve(Buffer.concat(out).toString('utf8'));
            else {
                const first = Buffer.concat(err).toString('utf8').trim().split('\n')[0] ?? '';
                reject(new GitError(first || `git ${args[0]} exited with ${code}`));
            }
        });
        if (child.stdin) {
            // git may exit (e.g. on a bad ref) before reading its input; the exit status tells that story.
            child.stdin.on('error', () => undefined);
            child.stdin.end(stdin);
        }
    });
}
/** True when `ref` names a commit present in the repository at `cwd`. */
async function hasCommit(cwd, ref) {
    try {
        await runGit(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
        return true;
    }
    catch {
        return false;
    }
}
/** The merge base of two commits, or undefined when the history to find it is missing (shallow clone). */
async function mergeBase(cwd, a, b) {
    try {
        return (await runGit(cwd, ['merge-base', '--end-of-options', a, b])).trim() || undefined;
    }
    catch {
        return undefined;
    }
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

/***/ 29062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ pullChangeSet)
});

// EXTERNAL MODULE: ./src/facts/git/change-set.ts + 2 modules
var change_set = __webpack_require__(84988);
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
var esm = __webpack_require__(91138);
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

;// CONCATENATED MODULE: ./src/facts/pull-change-set.ts




/**
 * The changed files of a PR, for every check that needs them. A checkout with both commits gives
 * exact counts with no API calls; otherwise the files API (≤ 3,000 files) plus the root
 * .gitattributes at the head commit. When the
 * listed line counts don't reach GitHub's totals (file cap, oversized diffs reported as 0), the change
 * set is marked incomplete and carries the totals, so the rule can approximate without undercounting.
 */
async function pullChangeSet(src) {
    const { pr } = src;
    if (await (0,change_set/* checkoutCanDiff */.W)(src.workspace, pr.baseSha, pr.headSha)) {
        return (0,change_set/* changeSetFromGit */.j)(src.workspace, pr.baseSha, pr.headSha);
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
    return changes;
}


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
