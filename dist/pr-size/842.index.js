export const id = 842;
export const ids = [842];
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

/***/ 59842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UnsafeEventError: () => (/* binding */ UnsafeEventError),
  runFormatterEnforcedAction: () => (/* binding */ runFormatterEnforcedAction)
});

// EXTERNAL MODULE: ./src/handbook.ts
var handbook = __webpack_require__(53755);
// EXTERNAL MODULE: ./src/verdict.ts
var verdict = __webpack_require__(53138);
// EXTERNAL MODULE: ./src/checks/formatters/registry.ts
var registry = __webpack_require__(19434);
;// CONCATENATED MODULE: ./src/checks/formatters/syntax-nits.ts
/**
 * Syntax nits in review — handbook §5 "Code reviews": "Things we do not care about during review:
 * Syntax. If we're arguing about syntax, that means we should install a code formatter."
 *
 * A small, pure classifier: a review comment is a syntax nit when it talks about what a formatter
 * decides (semicolons, quotes, commas, whitespace, indentation, line length, import order, blank
 * lines, "run prettier") and not about behaviour (bugs, logic, tests, performance, security).
 * Quoted text and code blocks are left out: they are what is commented on, not the comment.
 */
const FORMATTING = new RegExp([
    String.raw `semi-?colons?`,
    String.raw `trailing (?:commas?|white-?space|spaces?)`,
    String.raw `white-?space`,
    String.raw `indent(?:ation|ed|ing|s)?`,
    String.raw `\d+-space`,
    String.raw `tabs? (?:vs\.?|instead of|or|not) spaces?`,
    String.raw `spaces? (?:vs\.?|instead of|or|not) tabs?`,
    String.raw `line (?:length|is too long|too long)`,
    String.raw `too long(?:,| line)`,
    String.raw `(?:exceeds?|over|longer than|more than) \d+ (?:chars|characters|columns|cols)`,
    String.raw `(?:single|double|back) ?quotes?`,
    String.raw `quote style`,
    String.raw `(?:import|include) (?:order|ordering|sorting)`,
    String.raw `(?:sort|order|reorder) (?:the |these |your )?(?:imports|includes)`,
    String.raw `(?:blank|empty) lines?`,
    String.raw `new ?line at (?:the )?end`,
    String.raw `final new ?line`,
    String.raw `re-?format(?:ted|ting)?`,
    String.raw `formatting`,
    String.raw `code style`,
    String.raw `braces? (?:should|on|placement|go)`,
    String.raw `spacing`,
    String.raw `(?:extra|missing|no) spaces? (?:before|after|around|here)?`,
    String.raw `(?:extra|remove the extra) spaces?`,
    String.raw `run (?:prettier|black|gofmt|rustfmt|ruff|biome|clang-format)`,
    String.raw `prettier|gofmt|rustfmt|clang-format`,
    String.raw `all black now`,
].join('|'), 'i');
/** Words of a behavioural review point: with these the comment is about more than syntax. */
const BEHAVIOUR = /\b(?:bug|crash|race|deadlock|n\+1|null|undefined|leaks?|secur|inject|xss|sql|perf|slow|o\(n|complex|breaks?|broken|logic|loop|test|exception|catch|await|promise|thread|concurren|off[- ]by[- ]one|overflow|validat|auth|token|compat|api\b|semantics?)/i;
/** The comment's own words: no fenced code, no inline code, no quoted lines. */
function ownWords(body) {
    return body
        .replace(/```[\s\S]*?(?:```|$)/g, ' ')
        .replace(/`[^`\n]*`/g, ' ')
        .split('\n')
        .filter((l) => !l.trimStart().startsWith('>'))
        .join('\n');
}
function isSyntaxNit(body) {
    const text = ownWords(body);
    return FORMATTING.test(text) && !BEHAVIOUR.test(text);
}

;// CONCATENATED MODULE: ./src/checks/formatter-enforced.ts




const quote = `Handbook ${handbook/* HANDBOOK */.L.syntax.section}: "${handbook/* HANDBOOK */.L.syntax.quote}"`;
function unformattedFiles(facts) {
    const out = [];
    for (const run of facts.runs) {
        const tool = (0,registry/* formatterNamed */.y$)(run.name);
        for (const [path, line] of run.findings)
            out.push({ path, formatter: run.name, ...(line !== undefined ? { line } : {}), fix: tool.fix(path) });
    }
    for (const e of facts.editorconfig) {
        const first = e.violations[0];
        out.push({
            path: e.path,
            formatter: 'editorconfig',
            line: first.line,
            fix: 'fix it in an editor with EditorConfig support',
            detail: e.violations.map((v) => `line ${v.line}: ${v.message}`).join('; '),
        });
    }
    return out.sort((a, b) => a.path.localeCompare(b.path));
}
function formatterVerdict(facts, s) {
    const unformatted = unformattedFiles(facts);
    const annotations = [];
    const level = s.failOnUnformatted ? 'error' : 'warning';
    for (const u of unformatted) {
        annotations.push({
            level,
            file: u.path,
            ...(u.line !== undefined ? { line: u.line } : {}),
            title: `Not formatted (${u.formatter})`,
            message: `${u.detail ? `${u.detail}. ` : ''}Fix locally: ${u.fix}. ${quote}`,
        });
    }
    /** What kept files from being checked; a timeout is an error (the check fails), the rest warnings. */
    const problems = [];
    const warn = (message) => void problems.push({ level: 'warning', message });
    for (const run of facts.runs) {
        const tool = (0,registry/* formatterNamed */.y$)(run.name);
        const why = facts.detected.find((d) => d.name === run.name)?.why ?? run.name;
        if (run.missing)
            warn(`${run.name} is configured (${why}) but not installed, so ${run.files.length} file(s) were not checked. Install it before this step: ${tool.install}.`);
        if (run.timedOut)
            problems.push({
                level: 'error',
                message: `${run.name} did not finish within timeout-seconds (${s.timeoutSeconds} s), so its files are not known to be formatted. Raise timeout-seconds or check fewer files.`,
            });
        if (run.error)
            warn(`${run.name} failed (${run.error}), so ${run.files.length} file(s) were not checked.`);
        if (run.skipped.length)
            warn(`${run.skipped.length} file(s) with a line break in the name were not checked by ${run.name}, which names files one per line.`);
    }
    annotations.push(...problems);
    const timedOut = facts.runs.some((r) => r.timedOut);
    const conclusion = (unformatted.length && s.failOnUnformatted) || timedOut ? 'failure' : 'success';
    const names = facts.detected.map((d) => d.name);
    const summary = [
        {
            kind: 'heading',
            level: 2,
            text: unformatted.length
                ? `Formatting: ${unformatted.length} changed file(s) not formatted`
                : 'Formatting: every checked file is formatted',
        },
        { kind: 'quote', text: `${handbook/* HANDBOOK */.L.syntax.section}: "${handbook/* HANDBOOK */.L.syntax.quote}"` },
        {
            kind: 'paragraph',
            text: facts.detected.length
                ? [
                    facts.fromInput ? 'Formatters from the input: ' : 'Formatters detected: ',
                    facts.detected.map((d) => `${d.name} (${d.why})`).join(', '),
                    '.',
                ]
                : 'No formatter detected (no .prettierrc, biome.json, pyproject [tool.black]/[tool.ruff], go.mod, Cargo.toml, .clang-format or .editorconfig). Install one: handbook §5.',
        },
    ];
    if (facts.formattingOnly !== undefined)
        summary.push({
            kind: 'paragraph',
            text: facts.formattingOnly
                ? 'This PR changes whitespace and formatting only: a safe, fast review.'
                : 'This PR changes more than formatting.',
        });
    if (unformatted.length) {
        summary.push({
            kind: 'table',
            header: ['File', 'Formatter', 'First line', 'Fix'],
            rows: unformatted.map((u) => [
                { code: u.path },
                u.formatter,
                u.line === undefined ? '' : String(u.line),
                { code: u.fix },
            ]),
        });
    }
    if (problems.length)
        summary.push({ kind: 'list', items: problems.map((p) => p.message) });
    if (facts.unchecked.length)
        summary.push({
            kind: 'paragraph',
            text: `${facts.unchecked.length} changed file(s) have no formatter here and were not checked.`,
        });
    return {
        check: 'formatter-enforced',
        conclusion,
        annotations,
        labels: (0,verdict/* noLabelChanges */.L)(),
        outputs: {
            'unformatted-files': JSON.stringify(unformatted.map((u) => u.path)),
            formatters: JSON.stringify(names),
            'formatting-only': facts.formattingOnly === undefined ? '' : String(facts.formattingOnly),
        },
        summary,
        details: { unformatted },
    };
}
/** A review (or review comment) body: a notice when it argues about syntax. */
function syntaxNitVerdict(body, where) {
    const nit = isSyntaxNit(body);
    const annotations = nit
        ? [
            {
                level: 'notice',
                title: 'Formatter territory',
                ...(where.file ? { file: where.file } : {}),
                ...(where.line ? { line: where.line } : {}),
                message: `This review comment is about syntax: formatter territory. ${quote}`,
            },
        ]
        : [];
    return {
        check: 'formatter-enforced',
        conclusion: 'success',
        annotations,
        labels: (0,verdict/* noLabelChanges */.L)(),
        outputs: { 'syntax-nits': nit ? '1' : '0' },
        summary: [
            {
                kind: 'heading',
                level: 2,
                text: nit ? 'A review comment argues about syntax' : 'The review comment is not about syntax',
            },
            ...(nit
                ? [{ kind: 'paragraph', text: `Let the formatter decide and review the behaviour instead. ${quote}` }]
                : []),
        ],
        details: { nit },
    };
}

// EXTERNAL MODULE: ./src/checks/ignore.ts
var ignore = __webpack_require__(9439);
// EXTERNAL MODULE: ./src/effects/actions.ts
var actions = __webpack_require__(78081);
;// CONCATENATED MODULE: ./src/checks/formatters/detect.ts
function packageJsonHasPrettier(text) {
    if (!text)
        return false;
    try {
        const json = JSON.parse(text);
        return json !== null && typeof json === 'object' && 'prettier' in json;
    }
    catch {
        return false;
    }
}
const tomlTable = (text, table) => !!text && new RegExp(`^\\s*\\[${table.replace(/\./g, '\\.')}(?:\\.[\\w-]+)*\\]\\s*$`, 'm').test(text);
/** Detected formatters, in the order they claim files (the first whose extensions match formats a file). */
function detectFormatters(repo) {
    const found = [];
    const first = (re) => [...repo.root].sort().find((n) => re.test(n));
    const add = (name, why) => {
        if (why)
            found.push({ name, why });
    };
    add('biome', first(/^biome\.jsonc?$/));
    add('prettier', first(/^(?:\.prettierrc(?:\.(?:json|json5|ya?ml|toml|js|cjs|mjs|ts|cts|mts))?|prettier\.config\.(?:js|cjs|mjs|ts|cts|mts))$/) ?? (packageJsonHasPrettier(repo.packageJson) ? '"prettier" in package.json' : undefined));
    add('ruff', first(/^\.?ruff\.toml$/) ?? (tomlTable(repo.pyproject, 'tool.ruff') ? '[tool.ruff] in pyproject.toml' : undefined));
    add('black', tomlTable(repo.pyproject, 'tool.black') ? '[tool.black] in pyproject.toml' : undefined);
    add('gofmt', first(/^go\.mod$/));
    add('rustfmt', first(/^\.?rustfmt\.toml$/) ?? first(/^Cargo\.toml$/));
    add('clang-format', first(/^[._]clang-format$/));
    add('editorconfig', first(/^\.editorconfig$/));
    return found;
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(91138);
;// CONCATENATED MODULE: ./src/checks/formatters/editorconfig.ts
/**
 * EditorConfig's whitespace rules, checked in-process (no tool): final newline, trailing whitespace,
 * indent style, end of line, charset. Pure: the .editorconfig texts along a path are passed in.
 */

function parseEditorConfig(text) {
    let root = false;
    const sections = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line || line.startsWith('#') || line.startsWith(';'))
            continue;
        const header = /^\[(.+)\]$/.exec(line);
        if (header) {
            sections.push({ glob: header[1], props: {} });
            continue;
        }
        const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line);
        if (!kv)
            continue;
        const key = kv[1].toLowerCase();
        const value = kv[2].replace(/\s+[#;].*$/, '').toLowerCase();
        if (sections.length)
            sections.at(-1).props[key] = value;
        else if (key === 'root')
            root = value === 'true';
    }
    return { root, sections };
}
function sectionMatches(glob, dir, path) {
    const rel = dir ? (path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : undefined) : path;
    if (rel === undefined)
        return false;
    const pattern = glob.includes('/') ? glob.replace(/^\//, '') : `**/${glob}`;
    return (0,esm/* minimatch */.xF)(rel, pattern, { dot: true });
}
/** The properties that apply to `path`, given the .editorconfig files from the root down to its folder. */
function editorConfigFor(path, files) {
    const ordered = [...files].sort((a, b) => a.dir.length - b.dir.length);
    const parsed = ordered.map((f) => ({ ...f, ...parseEditorConfig(f.text) }));
    const lastRoot = parsed.map((p) => p.root).lastIndexOf(true);
    const props = {};
    for (const f of parsed.slice(Math.max(0, lastRoot)))
        for (const s of f.sections)
            if (sectionMatches(s.glob, f.dir, path))
                Object.assign(props, s.props);
    return props;
}
/** The first violation of each rule in a file's content (binary files are skipped by the caller). */
function checkEditorConfig(content, props) {
    const out = [];
    const charset = props.charset;
    const hasBom = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf;
    if (charset === 'utf-8' || charset === 'utf-8-bom') {
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(content);
        }
        catch {
            out.push({ line: 1, rule: 'charset', message: `not valid UTF-8 (charset = ${charset})` });
        }
        if (charset === 'utf-8' && hasBom)
            out.push({ line: 1, rule: 'charset', message: 'starts with a byte order mark (charset = utf-8)' });
        if (charset === 'utf-8-bom' && !hasBom)
            out.push({ line: 1, rule: 'charset', message: 'has no byte order mark (charset = utf-8-bom)' });
    }
    const text = content.toString('utf8');
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    const firstLine = (test) => lines.findIndex(test) + 1;
    if (props.insert_final_newline === 'true' && text.length > 0 && !text.endsWith('\n'))
        out.push({
            line: Math.max(1, lines.length),
            rule: 'insert_final_newline',
            message: 'no newline at the end of the file',
        });
    if (props.trim_trailing_whitespace === 'true') {
        const n = firstLine((l) => /[ \t]+\r?$/.test(l));
        if (n)
            out.push({ line: n, rule: 'trim_trailing_whitespace', message: 'trailing whitespace' });
    }
    if (props.end_of_line === 'lf') {
        const n = firstLine((l) => l.endsWith('\r'));
        if (n)
            out.push({ line: n, rule: 'end_of_line', message: 'CRLF line ending (end_of_line = lf)' });
    }
    else if (props.end_of_line === 'crlf') {
        const n = firstLine((l, i) => !l.endsWith('\r') && (i < lines.length - 1 || text.endsWith('\n')));
        if (n)
            out.push({ line: n, rule: 'end_of_line', message: 'LF line ending (end_of_line = crlf)' });
    }
    const width = Number(props.indent_size === 'tab' ? props.tab_width : (props.indent_size ?? props.tab_width)) || 4;
    if (props.indent_style === 'space') {
        const n = firstLine((l) => /^ *\t/.test(l));
        if (n)
            out.push({ line: n, rule: 'indent_style', message: 'indented with a tab (indent_style = space)' });
    }
    else if (props.indent_style === 'tab') {
        const n = firstLine((l) => new RegExp(`^ {${width},}\\S`).test(l));
        if (n)
            out.push({ line: n, rule: 'indent_style', message: `indented with spaces (indent_style = tab)` });
    }
    return out.sort((a, b) => a.line - b.line);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/facts/formatters/repo-files.ts
/** Reads what formatter detection and EditorConfig need from the checkout. */


const readText = (path) => {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
};
function readRepoFiles(root) {
    const names = (0,external_node_fs_.readdirSync)(root, { withFileTypes: true })
        .filter((d) => d.isFile() || d.isSymbolicLink())
        .map((d) => d.name);
    const packageJson = readText((0,external_node_path_.join)(root, 'package.json'));
    const pyproject = readText((0,external_node_path_.join)(root, 'pyproject.toml'));
    return {
        root: new Set(names),
        ...(packageJson !== undefined ? { packageJson } : {}),
        ...(pyproject !== undefined ? { pyproject } : {}),
    };
}
/** The .editorconfig files from the root down to `path`'s folder (cached per folder). */
function editorConfigReader(root) {
    const cache = new Map();
    const at = (dir) => {
        if (!cache.has(dir)) {
            const text = readText((0,external_node_path_.join)(root, dir, '.editorconfig'));
            cache.set(dir, text === undefined ? null : { dir, text });
        }
        return cache.get(dir);
    };
    return (path) => {
        const out = [];
        for (let dir = (0,external_node_path_.dirname)(path);; dir = (0,external_node_path_.dirname)(dir)) {
            const d = dir === '.' ? '' : dir;
            const f = at(d);
            if (f)
                out.push(f);
            if (!d)
                break;
        }
        return out;
    };
}
/** A changed file's bytes on disk, or undefined when it is not a regular file (deleted, submodule). */
function readChangedFile(root, path) {
    const abs = (0,external_node_path_.join)(root, path);
    if (!(0,external_node_fs_.existsSync)(abs) || !(0,external_node_fs_.statSync)(abs).isFile())
        return undefined;
    return (0,external_node_fs_.readFileSync)(abs);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/checks/formatters/unified-diff.ts
var unified_diff = __webpack_require__(38759);
;// CONCATENATED MODULE: ./src/facts/formatters/run-tool.ts
/** Runs a formatter in check mode: found in node_modules/.bin or on PATH, batched, with a time limit. */





const executable = (path) => {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
};
/** The repository's own install first (node tools), then PATH; undefined when it is not installed. */
function resolveTool(root, f, pathEnv) {
    if (f.node && executable((0,external_node_path_.join)(root, 'node_modules', '.bin', f.bin)))
        return (0,external_node_path_.join)(root, 'node_modules', '.bin', f.bin);
    for (const dir of (pathEnv ?? '').split(external_node_path_.delimiter).filter(Boolean))
        if (executable((0,external_node_path_.join)(dir, f.bin)))
            return (0,external_node_path_.join)(dir, f.bin);
    return undefined;
}
function runTool(cmd, args, cwd, timeoutMs, stdin) {
    return new Promise((resolve) => {
        // Its own process group, so a timeout kills the tool and anything it started (a shell's children).
        const child = (0,external_node_child_process_.spawn)(cmd, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
        const out = [];
        const err = [];
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            try {
                if (child.pid && process.platform !== 'win32')
                    process.kill(-child.pid, 'SIGKILL');
                else
                    child.kill('SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
            resolve({ code: null, stdout: '', stderr: '', timedOut: true });
        }, timeoutMs);
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', (e) => err.push(Buffer.from(e.message)));
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve({
                code,
                stdout: (0,registry/* withoutColour */.Zb)(Buffer.concat(out).toString('utf8')),
                stderr: (0,registry/* withoutColour */.Zb)(Buffer.concat(err).toString('utf8')),
                timedOut,
            });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(stdin);
    });
}
const toolError = (f, out) => `${f.bin} exited with ${out.code}: ${(out.stderr || out.stdout).trim().split('\n')[0] ?? ''}`;
/** Formats one file through the tool's stdin and compares: its first differing line, or undefined when formatted. */
async function formatViaStdin(tool, f, root, file, deadline) {
    const content = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file));
    const out = await runTool(tool, f.stdinArgs(file), root, Math.max(1, deadline - Date.now()), content);
    return { out, line: out.code === 0 ? (0,unified_diff/* firstDifferingLine */.z)(content.toString('utf8'), out.stdout) : undefined };
}
const BATCH = 200;
/** Unformatted files whose first differing line is looked up (one process each): as many as annotations shown. */
const LINE_LOOKUPS = 10;
/** Checks `files` with one process per 200 files, then finds the first differing line of the first LINE_LOOKUPS unformatted ones (by path). */
async function runFormatter(root, f, files, o) {
    const run = { name: f.name, files, findings: new Map(), skipped: [], processes: 0 };
    const tool = resolveTool(root, f, o.pathEnv);
    if (!tool)
        return { ...run, missing: true };
    const size = o.batch ?? BATCH;
    const deadline = Date.now() + o.timeoutMs;
    // Tools name unformatted files one per line, so a name with a line break is checked on its own (stdin) or not at all.
    const oneLine = files.filter((p) => !/[\r\n]/.test(p));
    const multiLine = files.filter((p) => /[\r\n]/.test(p));
    const viaStdin = f.stdinArgs ? { ...f, stdinArgs: f.stdinArgs } : undefined;
    for (const file of multiLine) {
        if (!viaStdin) {
            run.skipped.push(file);
            continue;
        }
        const { out, line } = await formatViaStdin(tool, viaStdin, root, file, deadline);
        run.processes++;
        if (out.timedOut)
            return { ...run, timedOut: true };
        if (out.code !== 0)
            return { ...run, error: toolError(f, out) };
        if (line !== undefined)
            run.findings.set(file, line);
    }
    for (let i = 0; i < oneLine.length; i += size) {
        const chunk = oneLine.slice(i, i + size);
        const out = await runTool(tool, f.checkArgs(chunk), root, Math.max(1, deadline - Date.now()));
        run.processes++;
        if (out.timedOut)
            return { ...run, timedOut: true };
        if (out.code === null || !f.okCodes.includes(out.code)) {
            return { ...run, error: toolError(f, out) };
        }
        for (const [file, line] of f.parse(out, chunk))
            run.findings.set(file, line);
    }
    if (viaStdin) {
        const lookups = [...run.findings]
            .filter(([, line]) => line === undefined)
            .map(([file]) => file)
            .sort()
            .slice(0, LINE_LOOKUPS);
        for (const file of lookups) {
            if (Date.now() > deadline)
                break;
            const { out, line } = await formatViaStdin(tool, viaStdin, root, file, deadline);
            run.processes++;
            if (out.code === 0)
                run.findings.set(file, line);
        }
    }
    return run;
}

;// CONCATENATED MODULE: ./src/facts/formatters/formatter-facts.ts
/**
 * Facts for formatter-enforced: which formatters the checkout uses (or the input names), and what
 * each says about the changed files. The only code of this check that runs tools or reads files.
 */





const isBinary = (b) => b.subarray(0, 8000).includes(0);
async function gatherFormatterFacts(i) {
    const detected = i.formatters
        ? i.formatters.map((name) => ({ name, why: 'the formatters input' }))
        : detectFormatters(readRepoFiles(i.root));
    const names = detected.map((d) => d.name);
    const byTool = new Map();
    const rest = [];
    for (const f of i.files) {
        const tool = (0,registry/* formatterFor */.uY)(f, names);
        if (tool)
            byTool.set(tool.name, [...(byTool.get(tool.name) ?? []), f]);
        else
            rest.push(f);
    }
    const runs = [];
    for (const [name, files] of byTool) {
        const tool = (0,registry/* formatterNamed */.y$)(name);
        runs.push(await runFormatter(i.root, tool, files, { timeoutMs: i.timeoutMs, pathEnv: i.pathEnv }));
    }
    const editorconfig = [];
    const unchecked = [];
    if (names.includes('editorconfig')) {
        const configs = editorConfigReader(i.root);
        for (const path of rest) {
            const props = editorConfigFor(path, configs(path));
            const content = readChangedFile(i.root, path);
            if (!content || isBinary(content) || !Object.keys(props).length) {
                unchecked.push(path);
                continue;
            }
            const violations = checkEditorConfig(content, props);
            if (violations.length)
                editorconfig.push({ path, violations });
        }
    }
    else
        unchecked.push(...rest);
    const formattingOnly = await i.whitespaceOnly();
    return {
        detected,
        fromInput: !!i.formatters,
        runs,
        editorconfig,
        unchecked,
        ...(formattingOnly !== undefined ? { formattingOnly } : {}),
    };
}

// EXTERNAL MODULE: ./src/facts/git/change-set.ts + 2 modules
var change_set = __webpack_require__(84988);
// EXTERNAL MODULE: ./src/facts/git/run-git.ts
var run_git = __webpack_require__(2204);
;// CONCATENATED MODULE: ./src/facts/git/whitespace.ts

/**
 * True when every change to `paths` between base and head is whitespace or blank lines
 * (`git diff --ignore-all-space --ignore-blank-lines` finds nothing left).
 */
async function onlyWhitespaceChanged(cwd, base, head, paths) {
    if (!paths.length)
        return false;
    const out = await (0,run_git/* runGit */.EO)(cwd, [
        'diff',
        '--ignore-all-space',
        '--ignore-blank-lines',
        '--numstat',
        '-z',
        base,
        head,
        '--',
        ...paths.map((p) => `:(literal)${p}`),
    ]);
    return out
        .split('\0')
        .filter(Boolean)
        .every((row) => /^0\t0\t/.test(row) || !/^\d+\t\d+\t/.test(row));
}

// EXTERNAL MODULE: ./src/facts/github/pull-request.ts
var pull_request = __webpack_require__(51364);
// EXTERNAL MODULE: ./src/facts/pull-change-set.ts + 2 modules
var pull_change_set = __webpack_require__(17047);
// EXTERNAL MODULE: ./src/inputs/formatter-enforced.ts
var formatter_enforced = __webpack_require__(44882);
// EXTERNAL MODULE: ./src/inputs/spec.ts
var spec = __webpack_require__(27026);
// EXTERNAL MODULE: ./src/runtime/configured.ts + 1 modules
var configured = __webpack_require__(78747);
// EXTERNAL MODULE: ./src/runtime/client.ts + 1 modules
var client = __webpack_require__(67792);
// EXTERNAL MODULE: ./src/runtime/run-action.ts + 1 modules
var run_action = __webpack_require__(87885);
;// CONCATENATED MODULE: ./src/runtime/formatter-enforced.ts














const rev = async (cwd, ref) => (0,run_git/* runGit */.EO)(cwd, ['rev-parse', '--verify', '--quiet', ref]).then((s) => s.trim(), () => undefined);
class UnsafeEventError extends spec/* InputError */.dz {
    name = 'UnsafeEventError';
}
function runFormatterEnforcedAction(env) {
    return (0,run_action/* runAction */.C)('formatter-enforced', env, async (ctx) => {
        const octokit = (0,client/* actionClient */._)(ctx, formatter_enforced/* formatterEnforcedInputs */.M['github-token']);
        const p = ctx.payload;
        if (ctx.eventName === 'pull_request_review' || ctx.eventName === 'pull_request_review_comment') {
            const body = String((ctx.eventName === 'pull_request_review' ? p.review?.body : p.comment?.body) ?? '');
            const c = p.comment ?? {};
            return (0,actions/* writeVerdict */.P1)(syntaxNitVerdict(body, {
                ...(typeof c.path === 'string' ? { file: c.path } : {}),
                ...(typeof c.line === 'number' ? { line: c.line } : {}),
            }), { env });
        }
        const pr = (0,pull_request/* pullRequestFromPayload */.r)(ctx.payload);
        if (!pr)
            return (0,actions/* notice */.lm)(`formatter-enforced: the ${ctx.eventName} event has no pull request in its payload, so it is skipped.`);
        if (ctx.eventName === 'pull_request_target') {
            const head = await rev(ctx.workspace, 'HEAD');
            const mergeParent = await rev(ctx.workspace, 'HEAD^2');
            if (head === pr.headSha || mergeParent === pr.headSha) {
                throw new UnsafeEventError('formatter-enforced refuses to run on pull_request_target with the PR head checked out: formatters load the repository\u2019s own config and plugins (prettier.config.js, node_modules), so the PR\u2019s code would run with a write token and secrets. Use `on: pull_request` for this check.');
            }
            return (0,actions/* notice */.lm)('formatter-enforced: on pull_request_target the checkout is the base branch, so there is nothing of the PR to check. Use `on: pull_request` for this check.');
        }
        const { settings, note } = await (0,configured/* configuredSettings */.u)('formatter-enforced', formatter_enforced/* formatterEnforcedInputs */.M, formatter_enforced/* parseFormatterEnforcedSettings */.r, { octokit, repo: ctx.repo, ref: pr.baseSha, workspace: ctx.workspace });
        const changes = await (0,pull_change_set/* pullChangeSet */.y)({ octokit, repo: ctx.repo, pr, workspace: ctx.workspace });
        const filter = (0,ignore/* makeFileFilter */.Vp)(settings.ignore, changes.attributes);
        const files = changes.files.filter((f) => f.status !== 'removed' && !filter.reason(f.path)).map((f) => f.path);
        const facts = await gatherFormatterFacts({
            root: ctx.workspace,
            files,
            formatters: settings.formatters,
            timeoutMs: settings.timeoutSeconds * 1000,
            pathEnv: env.PATH,
            whitespaceOnly: async () => (await (0,change_set/* checkoutCanDiff */.W)(ctx.workspace, pr.baseSha, pr.headSha))
                ? onlyWhitespaceChanged(ctx.workspace, pr.baseSha, pr.headSha, files)
                : undefined,
        });
        await (0,actions/* writeVerdict */.P1)(note(formatterVerdict(facts, settings)), { env });
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
