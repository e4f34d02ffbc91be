export const id = 512;
export const ids = [512];
export const modules = {

/***/ 17411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ sizeColor),
/* harmony export */   Rf: () => (/* binding */ sizeFor),
/* harmony export */   cg: () => (/* binding */ sizeRank),
/* harmony export */   fU: () => (/* binding */ DEFAULT_SIZES),
/* harmony export */   uZ: () => (/* binding */ parseSizes)
/* harmony export */ });
/** Size buckets: a label applies at ≥ its threshold of counted lines. */
const DEFAULT_SIZES = 'XS=0,S=10,M=100,L=250,XL=500,XXL=1000';
/** Parses `XS=0,S=10,…` (commas or newlines). Returns an error sentence instead of throwing. */
function parseSizes(text) {
    const parts = text
        .split(/[,\n]/)
        .map((p) => p.trim())
        .filter((p) => p !== '');
    if (parts.length === 0)
        return 'no sizes given';
    const buckets = [];
    for (const part of parts) {
        const m = /^([A-Za-z0-9][A-Za-z0-9_.-]*)\s*=\s*(\d+)$/.exec(part);
        if (!m)
            return `"${part}" is not NAME=LINES with a whole number of lines`;
        const bucket = { name: m[1], minLines: Number(m[2]) };
        const prev = buckets.at(-1);
        if (prev && bucket.minLines <= prev.minLines)
            return `"${part}" must be larger than ${prev.name}=${prev.minLines}`;
        if (buckets.some((b) => b.name === bucket.name))
            return `"${bucket.name}" appears twice`;
        buckets.push(bucket);
    }
    if (buckets[0].minLines !== 0)
        return `the first size must start at 0 lines (got ${buckets[0].name}=${buckets[0].minLines})`;
    return buckets;
}
function sizeFor(lines, buckets) {
    let found = buckets[0];
    for (const b of buckets)
        if (lines >= b.minLines)
            found = b;
    return found;
}
function sizeRank(name, buckets) {
    return buckets.findIndex((b) => b.name === name);
}
/** Green for the smallest size through red for the largest, as hex without '#'. */
function sizeColor(index, count) {
    const from = [0x3c, 0xbf, 0x00];
    const to = [0xe5, 0x00, 0x09];
    const t = count <= 1 ? 0 : index / (count - 1);
    return from.map((f, i) => Math.round(f + (to[i] - f) * t).toString(16).padStart(2, '0')).join('');
}


/***/ }),

/***/ 65153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ prSizeInputs),
/* harmony export */   g: () => (/* binding */ parsePrSizeSettings)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88532);
/* harmony import */ var _checks_sizes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17411);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55940);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27026);




const sizes = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((s, ctx) => {
    const parsed = (0,_checks_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSizes */ .uZ)(s);
    if (typeof parsed === 'string') {
        ctx.addIssue({ code: 'custom', message: parsed });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return parsed;
});
const optionalName = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((s) => s.trim());
const prSizeInputs = {
    'github-token': (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenInput */ .e1)('Token to read the pull request and write size labels. The default job token is enough.'),
    sizes: {
        description: 'Size names and the counted lines at which each applies, smallest first, starting at 0.',
        default: _checks_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_SIZES */ .fU,
        allowed: `NAME=LINES pairs separated by commas, ascending from 0, e.g. "${_checks_sizes_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_SIZES */ .fU}"`,
        schema: sizes,
    },
    ignore: _shared_js__WEBPACK_IMPORTED_MODULE_0__/* .ignoreInput */ .Ln,
    'fail-at': {
        description: 'Fail the check at or above this size (e.g. XL). Empty never fails.',
        default: '',
        allowed: 'one of the size names, or empty to never fail',
        schema: optionalName,
    },
    'warn-at': {
        description: 'Add a warning annotation at or above this size. Empty never warns.',
        default: 'XL',
        whenEmpty: '',
        allowed: 'one of the size names, or empty to never warn',
        schema: optionalName,
    },
    'label-prefix': {
        description: 'Prefix of the size label (label = prefix + size name).',
        default: 'size/',
        allowed: 'up to 40 characters, e.g. "size/"',
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().trim().max(40, 'longer than 40 characters'),
    },
    'apply-labels': {
        description: 'Add the size label to the pull request (and remove the previous one).',
        default: 'true',
        allowed: 'true or false',
        schema: _spec_js__WEBPACK_IMPORTED_MODULE_1__/* .booleanInput */ .tE,
        actionOnly: true,
    },
};
function parsePrSizeSettings(read) {
    const { 'github-token': _token, ...specs } = prSizeInputs;
    const raw = (0,_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputs */ .TL)(specs, read);
    const names = raw.sizes.map((b) => b.name);
    const sizeName = (input, value) => {
        if (value === '')
            return undefined;
        if (!names.includes(value))
            throw (0,_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(input, value, 'not a size name', `one of ${names.join(', ')}, or empty`);
        return value;
    };
    return {
        sizes: raw.sizes,
        ignore: raw.ignore,
        failAt: sizeName('fail-at', raw['fail-at']),
        warnAt: sizeName('warn-at', raw['warn-at']),
        labelPrefix: raw['label-prefix'],
        applyLabels: raw['apply-labels'],
    };
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
            : [{ name: wanted, color: (0,sizes/* sizeColor */.B1)(index, settings.sizes.length), description: `Pull request size ${sizeName} (pr-size)` }],
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
    const name = (d) => (d.directory === ROOT_FILES ? 'files at the root' : { code: d.directory });
    if (real.length >= 2) {
        const top = real.slice(0, 3).flatMap((d, i) => [i ? ', ' : '', name(d), ` (${d.lines} lines)`]);
        hints.push(['Split by area: the largest are ', ...top, '. Each could be a PR of its own.']);
    }
    else if (real[0]) {
        hints.push(['All counted changes are in ', name(real[0]), ': split by feature or layer inside it.']);
    }
    const moves = counted.filter((f) => f.status === 'renamed' && lineCount(f) <= 5).length;
    if (moves > 0)
        hints.push([`Land the ${moves} renamed/moved file${moves === 1 ? '' : 's'} in a PR of their own first: a pure move reviews in minutes.`]);
    hints.push(['Separate mechanical changes (renames, formatting, dependency bumps) from behaviour changes.']);
    hints.push([`Ship the smallest slice behind a feature flag (handbook ${handbook/* HANDBOOK */.L.featureFlags.section}): "${handbook/* HANDBOOK */.L.featureFlags.quote}"`]);
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
                ignored.length ? ` (${ignored.length} ignored file${ignored.length === 1 ? '' : 's'}, ${ignoredLines} lines, not counted).` : '.',
                conclusion === 'failure' ? ` Fails at ${settings.failAt} and above.` : '',
            ],
        },
        { kind: 'quote', text: `Handbook ${handbook/* HANDBOOK */.L.prSize.section}: "${handbook/* HANDBOOK */.L.prSize.quote}"` },
    ];
    if (changes.incomplete) {
        summary.push({
            kind: 'paragraph',
            text: [{ strong: 'Approximate:' }, ` ${changes.incomplete.reason} The count uses GitHub's totals for the whole PR minus the ignored files that are known, so it may be high but is never low.`],
        });
    }
    if (dirs.length) {
        summary.push({
            kind: 'table',
            header: ['Directory', 'Files', 'Lines'],
            align: ['left', 'right', 'right'],
            rows: dirs.map((d) => [d.directory === UNLISTED || d.directory === ROOT_FILES ? d.directory : { code: d.directory }, String(d.files), String(d.lines)]),
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



const runPrSizeAction = (env) => (0,pull_request_check/* runPullRequestCheck */.c)({ name: 'pr-size', token: pr_size/* prSizeInputs */.D['github-token'], settings: pr_size/* parsePrSizeSettings */.g, decide: prSizeVerdict }, env);


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

// EXTERNAL MODULE: ./src/facts/github/octokit.ts
var github_octokit = __webpack_require__(36038);
// EXTERNAL MODULE: ./src/facts/github/pull-request.ts
var pull_request = __webpack_require__(51364);
// EXTERNAL MODULE: ./src/facts/pull-change-set.ts + 3 modules
var pull_change_set = __webpack_require__(29062);
// EXTERNAL MODULE: ./src/inputs/read-action-inputs.ts
var read_action_inputs = __webpack_require__(63056);
// EXTERNAL MODULE: ./src/inputs/spec.ts
var spec = __webpack_require__(27026);
// EXTERNAL MODULE: ./src/runtime/run-action.ts + 1 modules
var run_action = __webpack_require__(87885);
;// CONCATENATED MODULE: ./src/runtime/pull-request-check.ts








/** A check of one PR's changed files inside GitHub Actions: facts (API or checkout) → rule → effects. */
function runPullRequestCheck(check, env) {
    return (0,run_action/* runAction */.C)(check.name, env, async (ctx) => {
        const { 'github-token': token } = (0,spec/* parseInputs */.TL)({ 'github-token': check.token }, read_action_inputs/* readActionInput */.L);
        (0,actions/* setSecret */.Pq)(token);
        const settings = check.settings(read_action_inputs/* readActionInput */.L);
        const pr = (0,pull_request/* pullRequestFromPayload */.r)(ctx.payload);
        if (!pr)
            return (0,actions/* notice */.lm)(`${check.name}: the ${ctx.eventName} event has no pull request in its payload, so it is skipped.`);
        const octokit = (0,github_octokit/* createOctokit */.Q)({ token, baseUrl: ctx.apiUrl, retryBaseMs: ctx.retryBaseMs, log: actions/* logLine */.BP });
        const changes = await (0,pull_change_set/* pullChangeSet */.y)({ octokit, repo: ctx.repo, pr, workspace: ctx.workspace });
        const verdict = check.decide({ pr, changes }, settings);
        await (0,actions/* writeVerdict */.P1)(verdict, { env, labels: (changes) => applyLabelChanges(octokit, ctx.repo, pr.number, changes) });
    });
}


/***/ })

};
