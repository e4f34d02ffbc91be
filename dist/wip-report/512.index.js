export const id = 512;
export const ids = [512];
export const modules = {

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

const STATUS = {
    A: 'added',
    M: 'modified',
    D: 'removed',
    R: 'renamed',
    C: 'copied',
    T: 'changed',
    U: 'modified',
};
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
    const out = await (0,run_git/* runGit */.EO)(cwd, [
        'diff',
        '-z',
        '--raw',
        '--numstat',
        '-M',
        '--no-ext-diff',
        '--no-textconv',
        '--no-color',
        '--end-of-options',
        `${base}...${head}`,
    ]);
    return parseRawNumstat(out);
}

;// CONCATENATED MODULE: ./src/facts/git/change-set.ts



/** A ChangeSet from a local checkout: exact line counts, every file, attributes from `git check-attr`. */
async function changeSetFromGit(cwd, base, head) {
    const files = await gitChangedFiles(cwd, base, head);
    return {
        files,
        attributes: await gitAttributes(cwd, files.map((f) => f.path)),
        source: 'git',
    };
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

/***/ 17047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ pullChangeSet)
});

// EXTERNAL MODULE: ./src/facts/git/change-set.ts + 2 modules
var change_set = __webpack_require__(84988);
// EXTERNAL MODULE: ./src/facts/github/file-content.ts
var file_content = __webpack_require__(95061);
;// CONCATENATED MODULE: ./src/facts/github/pull-files.ts
/** GitHub's PR files API lists at most this many files. */
const API_FILE_CAP = 3000;
/** Every file of a PR the API will list (100 a page, up to 3,000). */
async function listPullFiles(octokit, repo, pullNumber) {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        ...repo,
        pull_number: pullNumber,
        per_page: 100,
    });
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
        (0,file_content/* readRepoFile */.v)(src.octokit, src.repo, '.gitattributes', pr.headSha),
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

/***/ 66512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPrSizeAction: () => (/* binding */ runPrSizeAction)
});

// EXTERNAL MODULE: ./src/handbook.ts
var handbook = __webpack_require__(53755);
// EXTERNAL MODULE: ./src/checks/ignore.ts
var ignore = __webpack_require__(9439);
// EXTERNAL MODULE: ./src/checks/sizes.ts
var sizes = __webpack_require__(17411);
;// CONCATENATED MODULE: ./src/checks/pr-size.ts
/**
 * pr-size — handbook §2 "Sizing a task and reducing WIP":
 *   "Your PRs should ideally be sized to be doable in one day, including code review and QA.
 *    If it's not, you should break it down into smaller chunks until it fits into a day."
 *
 * Pure: (facts, settings) -> Verdict. Counts changed lines (additions + deletions) of every file
 * that isn't ignored, picks the size bucket, and says how to split a big PR.
 */



/** Rows shown in the summary's ignored-files table before "and N more". */
const IGNORED_ROWS_SHOWN = 50;
const UNLISTED = '(files GitHub did not list)';
const ROOT_FILES = '(root)';
const lineCount = (f) => f.additions + f.deletions;
const topDirectory = (path) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : ROOT_FILES);
function byDirectory(files) {
    const map = new Map();
    for (const f of files) {
        const dir = topDirectory(f.path);
        const row = map.get(dir) ?? { directory: dir, files: 0, lines: 0 };
        row.files++;
        row.lines += lineCount(f);
        map.set(dir, row);
    }
    return [...map.values()].sort((a, b) => b.lines - a.lines || a.directory.localeCompare(b.directory));
}
function labelChanges(settings, pr, sizeName) {
    if (!pr || !settings.applyLabels)
        return { add: [], remove: [] };
    const wanted = settings.labelPrefix + sizeName;
    const sizeLabels = new Set(settings.sizes.map((b) => settings.labelPrefix + b.name));
    const index = (0,sizes/* sizeRank */.cg)(sizeName, settings.sizes);
    return {
        add: pr.labels.includes(wanted)
            ? []
            : [
                {
                    name: wanted,
                    color: (0,sizes/* sizeColor */.B1)(index, settings.sizes.length),
                    description: `Pull request size ${sizeName} (pr-size)`,
                },
            ],
        remove: pr.labels.filter((l) => sizeLabels.has(l) && l !== wanted),
    };
}
/** ", e.g. by area: api (400 lines), web (200 lines)" for messages that can't hold markup. */
function largestAreas(dirs) {
    const real = dirs.filter((d) => d.directory !== UNLISTED && d.directory !== ROOT_FILES).slice(0, 3);
    return real.length >= 2 ? `, e.g. by area: ${real.map((d) => `${d.directory} (${d.lines} lines)`).join(', ')}` : '';
}
function splitHints(counted, dirs) {
    const hints = [];
    const real = dirs.filter((d) => d.directory !== UNLISTED);
    const name = (d) => d.directory === ROOT_FILES ? 'files at the root' : { code: d.directory };
    if (real.length >= 2) {
        const top = real.slice(0, 3).flatMap((d, i) => [i ? ', ' : '', name(d), ` (${d.lines} lines)`]);
        hints.push(['Split by area: the largest are ', ...top, '. Each could be a PR of its own.']);
    }
    else if (real[0]) {
        hints.push(['All counted changes are in ', name(real[0]), ': split by feature or layer inside it.']);
    }
    const moves = counted.filter((f) => f.status === 'renamed' && lineCount(f) <= 5).length;
    if (moves > 0)
        hints.push([
            `Land the ${moves} renamed/moved file${moves === 1 ? '' : 's'} in a PR of their own first: a pure move reviews in minutes.`,
        ]);
    hints.push(['Separate mechanical changes (renames, formatting, dependency bumps) from behaviour changes.']);
    hints.push([
        `Ship the smallest slice behind a feature flag (handbook ${handbook/* HANDBOOK */.L.featureFlags.section}): "${handbook/* HANDBOOK */.L.featureFlags.quote}"`,
    ]);
    return hints;
}
function prSizeVerdict(facts, settings) {
    const { changes, pr } = facts;
    const { counted, ignored } = (0,ignore/* partitionFiles */.I$)(changes.files, (0,ignore/* makeFileFilter */.Vp)(settings.ignore, changes.attributes));
    const knownLines = counted.reduce((n, f) => n + lineCount(f), 0);
    const ignoredLines = ignored.reduce((n, f) => n + lineCount(f), 0);
    let changedLines = knownLines;
    let changedFiles = counted.length;
    const dirs = byDirectory(counted);
    if (changes.incomplete) {
        // GitHub's totals cover every file; subtract only what we know is ignored, so we never undercount.
        changedLines = Math.max(knownLines, changes.incomplete.totals.lines - ignoredLines);
        changedFiles = Math.max(counted.length, changes.incomplete.totals.files - ignored.length);
        const rest = changedLines - knownLines;
        if (rest > 0)
            dirs.push({ directory: UNLISTED, files: changedFiles - counted.length, lines: rest });
    }
    const size = (0,sizes/* sizeFor */.Rf)(changedLines, settings.sizes);
    const label = settings.labelPrefix + size.name;
    const rank = (0,sizes/* sizeRank */.cg)(size.name, settings.sizes);
    const atLeast = (name) => name !== undefined && rank >= (0,sizes/* sizeRank */.cg)(name, settings.sizes);
    const hintAt = settings.sizes.some((b) => b.name === 'L') ? 'L' : settings.warnAt;
    const approximate = changes.incomplete !== undefined;
    const tally = `${approximate ? '~' : ''}${changedLines} changed lines in ${changedFiles} files`;
    const annotations = [];
    let conclusion = 'success';
    if (atLeast(settings.failAt)) {
        conclusion = 'failure';
        annotations.push({
            level: 'error',
            title: `PR size ${size.name} (fail-at: ${settings.failAt})`,
            message: `This PR is ${size.name}: ${tally}. Handbook ${handbook/* HANDBOOK */.L.prSize.section}: "${handbook/* HANDBOOK */.L.prSize.quote}" Split it into smaller PRs${largestAreas(dirs)}; the job summary lists more ways.`,
        });
    }
    else if (atLeast(settings.warnAt)) {
        annotations.push({
            level: 'warning',
            title: `PR size ${size.name}`,
            message: `This PR is ${size.name}: ${tally}. Handbook ${handbook/* HANDBOOK */.L.prSize.section}: PRs should be doable in one day, including review. Consider splitting it; the job summary suggests where.`,
        });
    }
    const summary = [
        { kind: 'heading', level: 2, text: ['PR size: ', { strong: size.name }] },
        ...(pr ? [{ kind: 'paragraph', text: [`Pull request #${pr.number}: `, pr.title] }] : []),
        {
            kind: 'paragraph',
            text: [
                { strong: `${approximate ? '~' : ''}${changedLines}` },
                ` changed lines in `,
                { strong: String(changedFiles) },
                ` files counted`,
                ignored.length
                    ? ` (${ignored.length} ignored file${ignored.length === 1 ? '' : 's'}, ${ignoredLines} lines, not counted).`
                    : '.',
                conclusion === 'failure' ? ` Fails at ${settings.failAt} and above.` : '',
            ],
        },
        { kind: 'quote', text: `Handbook ${handbook/* HANDBOOK */.L.prSize.section}: "${handbook/* HANDBOOK */.L.prSize.quote}"` },
    ];
    if (changes.incomplete) {
        summary.push({
            kind: 'paragraph',
            text: [
                { strong: 'Approximate:' },
                ` ${changes.incomplete.reason} The count uses GitHub's totals for the whole PR minus the ignored files that are known, so it may be high but is never low.`,
            ],
        });
    }
    if (dirs.length) {
        summary.push({
            kind: 'table',
            header: ['Directory', 'Files', 'Lines'],
            align: ['left', 'right', 'right'],
            rows: dirs.map((d) => [
                d.directory === UNLISTED || d.directory === ROOT_FILES ? d.directory : { code: d.directory },
                String(d.files),
                String(d.lines),
            ]),
        });
    }
    if (atLeast(hintAt)) {
        summary.push({ kind: 'heading', level: 3, text: 'How to split it' }, { kind: 'list', items: splitHints(counted, dirs) });
    }
    if (ignored.length) {
        summary.push({ kind: 'heading', level: 3, text: 'Ignored files' });
        summary.push({
            kind: 'table',
            header: ['File', 'Why', 'Lines'],
            align: ['left', 'left', 'right'],
            rows: ignored.slice(0, IGNORED_ROWS_SHOWN).map((f) => [{ code: f.path }, f.reason, String(lineCount(f))]),
        });
        if (ignored.length > IGNORED_ROWS_SHOWN)
            summary.push({ kind: 'paragraph', text: `…and ${ignored.length - IGNORED_ROWS_SHOWN} more ignored files.` });
    }
    return {
        check: 'pr-size',
        conclusion,
        annotations,
        labels: labelChanges(settings, pr, size.name),
        outputs: {
            size: size.name,
            label,
            'changed-lines': String(changedLines),
            'changed-files': String(changedFiles),
            'ignored-files': String(ignored.length),
            approximate: String(approximate),
        },
        summary,
        details: {
            size: size.name,
            label,
            changedLines,
            changedFiles,
            approximate,
            ...(changes.incomplete ? { approximateReason: changes.incomplete.reason } : {}),
            source: changes.source,
            byDirectory: dirs,
            ignored: ignored.map((f) => ({ path: f.path, reason: f.reason, lines: lineCount(f) })),
        },
    };
}

// EXTERNAL MODULE: ./src/inputs/pr-size.ts
var pr_size = __webpack_require__(65153);
// EXTERNAL MODULE: ./src/runtime/pull-request-check.ts + 1 modules
var pull_request_check = __webpack_require__(21565);
;// CONCATENATED MODULE: ./src/runtime/pr-size.ts



const runPrSizeAction = (env) => (0,pull_request_check/* runPullRequestCheck */.c)({
    name: 'pr-size',
    token: pr_size/* prSizeInputs */.D['github-token'],
    specs: pr_size/* prSizeInputs */.D,
    settings: pr_size/* parsePrSizeSettings */.g,
    decide: prSizeVerdict,
}, env);


/***/ }),

/***/ 21565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ runPullRequestCheck)
});

// EXTERNAL MODULE: ./src/effects/actions.ts
var actions = __webpack_require__(78081);
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
                await octokit.rest.issues.createLabel({
                    ...repo,
                    name: label.name,
                    color: label.color,
                    description: label.description,
                });
            }
            catch (e) {
                if (labels_status(e) !== 422)
                    throw e;
            }
        }
        if (changes.add.length)
            await octokit.rest.issues.addLabels({
                ...repo,
                issue_number: issueNumber,
                labels: changes.add.map((l) => l.name),
            });
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

// EXTERNAL MODULE: ./src/facts/github/pull-request.ts
var pull_request = __webpack_require__(51364);
// EXTERNAL MODULE: ./src/facts/pull-change-set.ts + 2 modules
var pull_change_set = __webpack_require__(17047);
// EXTERNAL MODULE: ./src/runtime/configured.ts + 1 modules
var configured = __webpack_require__(78747);
// EXTERNAL MODULE: ./src/runtime/client.ts + 1 modules
var client = __webpack_require__(67792);
// EXTERNAL MODULE: ./src/runtime/run-action.ts + 1 modules
var run_action = __webpack_require__(87885);
;// CONCATENATED MODULE: ./src/runtime/pull-request-check.ts







/** A check of one PR's changed files inside GitHub Actions: facts (API or checkout) → rule → effects. */
function runPullRequestCheck(check, env) {
    return (0,run_action/* runAction */.C)(check.name, env, async (ctx) => {
        const octokit = (0,client/* actionClient */._)(ctx, check.token);
        const pr = (0,pull_request/* pullRequestFromPayload */.r)(ctx.payload);
        if (!pr)
            return (0,actions/* notice */.lm)(`${check.name}: the ${ctx.eventName} event has no pull request in its payload, so it is skipped.`);
        const { settings, note } = await (0,configured/* configuredSettings */.u)(check.name, check.specs, check.settings, {
            octokit,
            repo: ctx.repo,
            ref: pr.baseSha,
            workspace: ctx.workspace,
        });
        const changes = await (0,pull_change_set/* pullChangeSet */.y)({ octokit, repo: ctx.repo, pr, workspace: ctx.workspace });
        const verdict = note(check.decide({ pr, changes }, settings));
        await (0,actions/* writeVerdict */.P1)(verdict, { env, labels: (changes) => applyLabelChanges(octokit, ctx.repo, pr.number, changes) });
    });
}


/***/ })

};
