export const id = 982;
export const ids = [982];
export const modules = {

/***/ 71982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDocsRequiredAction: () => (/* binding */ runDocsRequiredAction)
});

// EXTERNAL MODULE: ./src/handbook.ts
var handbook = __webpack_require__(53755);
// EXTERNAL MODULE: ./src/checks/globs.ts
var globs = __webpack_require__(82070);
// EXTERNAL MODULE: ./src/checks/ignore.ts
var ignore = __webpack_require__(9439);
;// CONCATENATED MODULE: ./src/checks/docs-required.ts



/** Files listed per unsatisfied mapping in the summary before "and N more". */
const FILES_SHOWN = 50;
const owesDocs = (f) => f.status !== 'removed' && !(f.status === 'renamed' && f.additions + f.deletions === 0);
function evaluate(rules, files) {
    // One index for every mapping's code and docs globs: each path is looked up once, not 2 × mappings times.
    const lists = (0,globs/* compileGlobLists */.vl)(rules.flatMap((r) => [r.code, r.docs]));
    const docsFiles = rules.map(() => []);
    const codeFiles = rules.map(() => []);
    for (const f of files) {
        const answers = lists.decide(f.path);
        for (let i = 0; i < rules.length; i++) {
            if (answers[2 * i + 1] === true)
                docsFiles[i].push(f.path);
            else if (answers[2 * i] === true)
                codeFiles[i].push(f);
        }
    }
    return rules.map((rule, index) => {
        const code = codeFiles[index];
        const owing = code.filter(owesDocs).map((f) => f.path);
        const docs = docsFiles[index];
        const result = code.length === 0 ? 'not triggered' : owing.length === 0 ? 'removals and renames only' : docs.length ? 'satisfied' : 'unsatisfied';
        return { index, code: rule.code, docs: rule.docs, codeFiles: code.map((f) => f.path), docsFiles: docs, owing, result };
    });
}
const globsText = (globs) => globs.flatMap((g, i) => [i ? ', ' : '', { code: g }]);
const unique = (xs) => [...new Set(xs)];
function docsRequiredVerdict(facts, settings) {
    const { pr, changes } = facts;
    const rule = settings.mode === 'tests' ? handbook/* HANDBOOK */.L.tests : handbook/* HANDBOOK */.L.docs;
    const noun = settings.mode === 'tests' ? 'tests' : 'docs';
    const { counted } = (0,ignore/* partitionFiles */.I$)(changes.files, (0,ignore/* makeFileFilter */.Vp)(settings.ignore, changes.attributes));
    const outcomes = evaluate(settings.rules, counted);
    const unsatisfied = outcomes.filter((o) => o.result === 'unsatisfied');
    const filesMissing = changes.incomplete !== undefined && changes.incomplete.totals.files > changes.files.length;
    const skipLabel = pr?.labels.includes(settings.skipLabel) === true;
    const draftNeutral = pr?.draft === true && settings.drafts === 'neutral';
    const annotations = [];
    let conclusion = 'success';
    let headline;
    if (skipLabel)
        headline = `skipped by the '${settings.skipLabel}' label`;
    else if (draftNeutral) {
        conclusion = 'neutral';
        headline = 'draft: not checked yet';
        annotations.push({ level: 'notice', message: `docs-required: this PR is a draft and drafts=neutral, so ${noun} are checked once it is ready for review.` });
    }
    else if (unsatisfied.length && filesMissing) {
        conclusion = 'neutral';
        headline = 'cannot tell';
        annotations.push({
            level: 'warning',
            title: `docs-required could not decide`,
            message: `No ${noun} change was seen for ${unsatisfied.length} mapping(s), but GitHub listed only ${changes.files.length.toLocaleString('en')} of this PR's ${changes.incomplete.totals.files.toLocaleString('en')} files, so the ${noun} may be among the rest. Check out the PR with fetch-depth: 0 before this step for an exact answer.`,
        });
    }
    else if (unsatisfied.length) {
        conclusion = 'failure';
        headline = `${noun} missing`;
        const byFile = new Map();
        for (const o of unsatisfied)
            for (const f of o.owing)
                byFile.set(f, [...(byFile.get(f) ?? []), o.docs]);
        for (const [file, docsSets] of byFile) {
            annotations.push({
                level: 'error',
                file,
                title: `${noun} missing (handbook ${rule.section})`,
                message: `${file} changed, but no file matching ${docsSets.map((d) => d.join(', ')).join('; or ')} did. Handbook ${rule.section}: "${rule.quote}" Add or update ${noun}, or add the '${settings.skipLabel}' label if none are needed.`,
            });
        }
    }
    else
        headline = outcomes.every((o) => o.result === 'not triggered') ? 'no code changed' : 'satisfied';
    const summary = [
        { kind: 'heading', level: 2, text: [`${noun === 'docs' ? 'Docs' : 'Tests'} required: `, { strong: headline }] },
        ...(pr ? [{ kind: 'paragraph', text: [`Pull request #${pr.number}: `, pr.title] }] : []),
        { kind: 'quote', text: `Handbook ${rule.section}: "${rule.quote}"` },
        {
            kind: 'table',
            header: ['#', 'Code', noun === 'docs' ? 'Docs' : 'Tests', 'Code files', `${noun === 'docs' ? 'Docs' : 'Test'} files`, 'Result'],
            align: ['right', 'left', 'left', 'right', 'right', 'left'],
            rows: outcomes.map((o) => [String(o.index), globsText(o.code), globsText(o.docs), String(o.codeFiles.length), String(o.docsFiles.length), o.result]),
        },
    ];
    for (const o of unsatisfied) {
        summary.push({ kind: 'heading', level: 3, text: [`Mapping ${o.index}: code without ${noun}. Any of `, ...globsText(o.docs), ' would satisfy it.'] });
        summary.push({ kind: 'list', items: o.owing.slice(0, FILES_SHOWN).map((f) => ({ code: f })) });
        if (o.owing.length > FILES_SHOWN)
            summary.push({ kind: 'paragraph', text: `…and ${o.owing.length - FILES_SHOWN} more code files.` });
    }
    for (const o of outcomes.filter((x) => x.result === 'removals and renames only')) {
        summary.push({ kind: 'paragraph', text: `Mapping ${o.index}: this PR only deleted or renamed code (${o.codeFiles.length} files), so no ${noun} are owed.` });
    }
    if (skipLabel && unsatisfied.length) {
        summary.push({ kind: 'paragraph', text: `Without the '${settings.skipLabel}' label, ${unsatisfied.length} mapping(s) would need ${noun}: ${unsatisfied.map((o) => o.index).join(', ')}.` });
    }
    if (changes.incomplete && filesMissing)
        summary.push({ kind: 'paragraph', text: [{ strong: 'Partial file list:' }, ` ${changes.incomplete.reason}`] });
    return {
        check: 'docs-required',
        conclusion,
        annotations,
        labels: { add: [], remove: [] },
        outputs: {
            missing: String(unsatisfied.length > 0),
            'unsatisfied-rules': JSON.stringify(unsatisfied.map((o) => o.index)),
            'code-files': JSON.stringify(unique(outcomes.flatMap((o) => o.codeFiles))),
            'docs-files': JSON.stringify(unique(outcomes.flatMap((o) => o.docsFiles))),
        },
        summary,
        details: { mode: settings.mode, ...(skipLabel ? { skipped: 'label' } : draftNeutral ? { skipped: 'draft' } : {}), rules: outcomes },
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./src/inputs/shared.ts
var shared = __webpack_require__(55940);
// EXTERNAL MODULE: ./src/inputs/spec.ts
var spec = __webpack_require__(27026);
;// CONCATENATED MODULE: ./src/inputs/docs-required.ts





const DEFAULT_CODE = ['src/**', 'lib/**', 'app/**'];
const DEFAULT_DOCS = {
    docs: ['docs/**', '**/*.md', '**/*.mdx'],
    tests: ['test/**', 'tests/**', '**/*.test.*', '**/*.spec.*', '**/__tests__/**', '**/test_*.py', '**/*_test.go'],
};
const DEFAULT_SKIP_LABEL = { docs: 'no-docs-needed', tests: 'no-tests-needed' };
const docs_required_globs = schemas/* array */.YOg(schemas/* string */.YjP(), { error: (iss) => `expected array of globs, got ${JSON.stringify(iss.input)}` })
    .superRefine((list, ctx) => {
    list.forEach((p, i) => {
        const problem = (0,globs/* globProblem */.AI)(p);
        if (problem)
            ctx.addIssue({ code: 'custom', path: [i], message: `pattern ${JSON.stringify(p)} is malformed (${problem})` });
    });
});
const mappingSchema = schemas/* array */.YOg(schemas/* strictObject */.rej({ code: docs_required_globs.refine((l) => l.length > 0, 'needs at least one glob'), docs: docs_required_globs.optional() }, { error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown key ${JSON.stringify(iss.keys[0])} (allowed: code, docs)` : `expected a mapping with code and docs, got ${JSON.stringify(iss.input)}`) }), { error: (iss) => `expected a list of mappings, got ${JSON.stringify(iss.input)}` });
const pathText = (path) => `rules${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;
/** YAML text → mappings, or one sentence naming the YAML position or the zod path. Empty = defaults. */
const rulesText = schemas/* string */.YjP().transform((text, ctx) => {
    if (text.trim() === '')
        return undefined;
    const doc = (0,dist/* parseDocument */.Tp)(text);
    const err = doc.errors[0];
    if (err) {
        const pos = err.linePos?.[0];
        const what = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        ctx.addIssue({ code: 'custom', message: `YAML error${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}: ${what}` });
        return core/* NEVER */.tm;
    }
    const parsed = mappingSchema.safeParse(doc.toJS());
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        ctx.addIssue({ code: 'custom', message: `${pathText(issue.path)}: ${issue.message}` });
        return core/* NEVER */.tm;
    }
    if (parsed.data.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'rules: the list is empty' });
        return core/* NEVER */.tm;
    }
    return parsed.data;
});
const docsRequiredInputs = {
    'github-token': (0,shared/* tokenInput */.e1)("Token to read the pull request's files. Read access is enough."),
    rules: {
        description: 'YAML list of mappings `- code: [globs]` / `docs: [globs]`: a PR that changes a code file must change a docs file of the same mapping. Default: code src/**, lib/**, app/**; docs docs/**, **/*.md, **/*.mdx (in tests mode: test paths).',
        default: '',
        allowed: 'a YAML list such as "- code: [\\"src/**\\"]\\n  docs: [\\"docs/**\\"]"',
        schema: rulesText,
    },
    mode: {
        description: 'docs: code changes need docs changes (handbook §7). tests: code changes need test changes (handbook §3); mappings without docs then default to test paths.',
        default: 'docs',
        allowed: 'docs or tests',
        schema: schemas/* string */.YjP().trim().pipe(schemas/* enum */.k5n(['docs', 'tests'], { error: 'not a mode' })),
    },
    ignore: shared/* ignoreInput */.Ln,
    'skip-label': {
        description: 'A PR with this label passes without docs. Default: no-docs-needed (no-tests-needed in tests mode).',
        default: '',
        allowed: 'a label name',
        schema: schemas/* string */.YjP().trim().max(100, 'longer than GitHub allows for a label'),
    },
    drafts: {
        description: 'check: draft PRs are checked like others. neutral: draft PRs pass with a notice until they are ready for review.',
        default: 'check',
        allowed: 'check or neutral',
        schema: schemas/* string */.YjP().trim().pipe(schemas/* enum */.k5n(['check', 'neutral'], { error: 'not a drafts policy' })),
    },
};
function parseDocsRequiredSettings(read) {
    const { 'github-token': _token, ...specs } = docsRequiredInputs;
    const raw = (0,spec/* parseInputs */.TL)(specs, read);
    const mode = raw.mode;
    const rules = (raw.rules ?? [{ code: DEFAULT_CODE }]).map((r) => ({ code: r.code, docs: r.docs ?? DEFAULT_DOCS[mode] }));
    return { mode, rules, ignore: raw.ignore, skipLabel: raw['skip-label'] || DEFAULT_SKIP_LABEL[mode], drafts: raw.drafts };
}

// EXTERNAL MODULE: ./src/runtime/pull-request-check.ts + 1 modules
var pull_request_check = __webpack_require__(21565);
;// CONCATENATED MODULE: ./src/runtime/docs-required.ts



const runDocsRequiredAction = (env) => (0,pull_request_check/* runPullRequestCheck */.c)({ name: 'docs-required', token: docsRequiredInputs['github-token'], settings: parseDocsRequiredSettings, decide: docsRequiredVerdict }, env);


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
