export const id = 186;
export const ids = [186];
export const modules = {

/***/ 70186:
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
;// CONCATENATED MODULE: ./src/checks/formatters/unified-diff.ts
/** First changed line per file in a unified diff (old side: the file as it is now). Pure. */
function firstChangedLines(diff, pathOf = (h) => h) {
    const out = new Map();
    let file;
    let line = 0;
    let inHunk = false;
    for (const l of diff.split('\n')) {
        if (l.startsWith('--- ')) {
            file = pathOf(l.slice(4).split('\t')[0].trim().replace(/^a\//, ''));
            inHunk = false;
            continue;
        }
        if (l.startsWith('+++ '))
            continue;
        const hunk = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/.exec(l);
        if (hunk) {
            line = Number(hunk[1]);
            inHunk = true;
            continue;
        }
        if (!inHunk || file === undefined || out.has(file))
            continue;
        if (l.startsWith('-') || l.startsWith('+'))
            out.set(file, Math.max(1, line));
        else if (l.startsWith(' '))
            line++;
    }
    return out;
}
/** First line where two versions of a text differ (1-based), or undefined when equal. */
function firstDifferingLine(before, after) {
    if (before === after)
        return undefined;
    const a = before.split('\n');
    const b = after.split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++)
        if (a[i] !== b[i])
            return i + 1;
    return a.length;
}

;// CONCATENATED MODULE: ./src/checks/formatters/registry.ts
/**
 * The formatters the suite knows: which files each formats, how to run it in check mode, how to read
 * its answer, and the command a developer runs to fix a file. Pure data and parsers.
 */

const FORMATTER_NAMES = ['prettier', 'biome', 'black', 'ruff', 'gofmt', 'rustfmt', 'clang-format', 'editorconfig'];
const sh = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
/** Tools colour their output when FORCE_COLOR is set (as CI often does); parsers read it without colour, and match names the same way. */
const withoutColour = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');
/** Findings from a unified diff, keeping only files that were asked about. */
function fromDiff(diff, files, strip = (p) => p) {
    const asked = new Set(files);
    const found = new Map();
    for (const [path, line] of firstChangedLines(diff, strip)) {
        const rel = files.find((f) => path === withoutColour(f) || path.endsWith(`/${withoutColour(f)}`));
        if (rel && asked.has(rel))
            found.set(rel, line);
    }
    return found;
}
/**
 * Findings from output lines that name files (prettier's "[warn] file", gofmt -l, biome's "file format").
 * Matched per asked file rather than per line, so a file name with a newline in it is still found.
 */
function fromListed(text, files, line) {
    const padded = `\n${text.replace(/\r\n/g, '\n')}\n`;
    const found = new Map();
    for (const f of files)
        if (line(withoutColour(f.replace(/\r\n/g, '\n'))).some((l) => padded.includes(`\n${l}`)))
            found.set(f, undefined);
    return found;
}
const FORMATTERS = [
    {
        name: 'prettier',
        extensions: ['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts', '.json', '.jsonc', '.json5', '.css', '.scss', '.less', '.html', '.vue', '.md', '.mdx', '.yaml', '.yml', '.graphql', '.gql', '.hbs', '.handlebars'],
        bin: 'prettier',
        node: true,
        checkArgs: (files) => ['--check', '--no-color', '--no-error-on-unmatched-pattern', '--', ...files],
        okCodes: [0, 1],
        parse: (out, files) => fromListed(`${out.stdout}\n${out.stderr}`, files, (f) => [`[warn] ${f}\n`]),
        fix: (f) => `npx prettier --write ${sh(f)}`,
        install: 'npm install --save-dev prettier',
        stdinArgs: (f) => ['--stdin-filepath', f],
    },
    {
        name: 'biome',
        extensions: ['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts', '.json', '.jsonc', '.css', '.graphql'],
        bin: 'biome',
        node: true,
        checkArgs: (files) => ['format', '--no-errors-on-unmatched', ...files],
        okCodes: [0, 1],
        parse: (out, files) => fromListed(`${out.stdout}\n${out.stderr}`, files, (f) => [`${f} format`, `${f}:`, `./${f} format`]),
        fix: (f) => `npx @biomejs/biome format --write ${sh(f)}`,
        install: 'npm install --save-dev @biomejs/biome',
    },
    {
        name: 'ruff',
        extensions: ['.py', '.pyi'],
        bin: 'ruff',
        checkArgs: (files) => ['format', '--check', '--diff', '--', ...files],
        okCodes: [0, 1],
        parse: (out, files) => fromDiff(out.stdout, files),
        fix: (f) => `ruff format ${sh(f)}`,
        install: 'pip install ruff',
    },
    {
        name: 'black',
        extensions: ['.py', '.pyi'],
        bin: 'black',
        checkArgs: (files) => ['--check', '--diff', '--quiet', '--', ...files],
        okCodes: [0, 1],
        parse: (out, files) => fromDiff(out.stdout, files),
        fix: (f) => `black ${sh(f)}`,
        install: 'pip install black',
    },
    {
        name: 'gofmt',
        extensions: ['.go'],
        bin: 'gofmt',
        checkArgs: (files) => ['-l', '-d', '--', ...files],
        okCodes: [0],
        parse: (out, files) => {
            const found = fromListed(out.stdout, files, (f) => [`${f}\n`]);
            for (const [f, line] of fromDiff(out.stdout, files, (p) => p.replace(/\.orig$/, '')))
                found.set(f, line);
            return found;
        },
        fix: (f) => `gofmt -w ${sh(f)}`,
        install: 'install Go (gofmt ships with it): https://go.dev/dl/',
    },
    {
        name: 'rustfmt',
        extensions: ['.rs'],
        bin: 'rustfmt',
        checkArgs: (files) => ['--check', '--', ...files],
        okCodes: [0, 1],
        parse: (out, files) => {
            const found = new Map();
            for (const m of out.stdout.matchAll(/^Diff in (.+?)(?: at line |:)(\d+):?$/gm)) {
                const rel = files.find((f) => m[1] === f || m[1].endsWith(`/${f}`));
                if (rel && !found.has(rel))
                    found.set(rel, Number(m[2]));
            }
            return found;
        },
        fix: (f) => `rustfmt ${sh(f)}`,
        install: 'rustup component add rustfmt',
    },
    {
        name: 'clang-format',
        extensions: ['.c', '.h', '.cc', '.cpp', '.cxx', '.hpp', '.hh', '.hxx', '.m', '.mm', '.proto'],
        bin: 'clang-format',
        checkArgs: (files) => ['--dry-run', '-Werror', '--', ...files],
        okCodes: [0, 1],
        parse: (out, files) => {
            const found = new Map();
            for (const m of out.stderr.matchAll(/^(.+?):(\d+):\d+: (?:error|warning): code should be clang-formatted/gm)) {
                const rel = files.find((f) => m[1] === f || m[1].endsWith(`/${f}`));
                if (rel && !found.has(rel))
                    found.set(rel, Number(m[2]));
            }
            return found;
        },
        fix: (f) => `clang-format -i ${sh(f)}`,
        install: 'install clang-format (e.g. apt-get install clang-format, brew install clang-format)',
    },
];
const formatterNamed = (name) => FORMATTERS.find((f) => f.name === name);
const extensionOf = (path) => {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    return dot > 0 ? base.slice(dot).toLowerCase() : '';
};
/** Which of the formatters handles a path: the first in `formatters` order whose extensions match. */
function formatterFor(path, formatters) {
    const ext = extensionOf(path);
    for (const name of formatters) {
        const f = formatterNamed(name);
        if (f?.extensions.includes(ext))
            return f;
    }
    return undefined;
}

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
        const tool = formatterNamed(run.name);
        for (const [path, line] of run.findings)
            out.push({ path, formatter: run.name, ...(line !== undefined ? { line } : {}), fix: tool.fix(path) });
    }
    for (const e of facts.editorconfig) {
        const first = e.violations[0];
        out.push({ path: e.path, formatter: 'editorconfig', line: first.line, fix: 'fix it in an editor with EditorConfig support', detail: e.violations.map((v) => `line ${v.line}: ${v.message}`).join('; ') });
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
    const problems = [];
    for (const run of facts.runs) {
        const tool = formatterNamed(run.name);
        const why = facts.detected.find((d) => d.name === run.name)?.why ?? run.name;
        if (run.missing)
            problems.push(`${run.name} is configured (${why}) but not installed, so ${run.files.length} file(s) were not checked. Install it before this step: ${tool.install}.`);
        if (run.timedOut)
            problems.push(`${run.name} did not finish within timeout-seconds (${s.timeoutSeconds} s), so its files are not known to be formatted. Raise timeout-seconds or check fewer files.`);
        if (run.error)
            problems.push(`${run.name} failed (${run.error}), so ${run.files.length} file(s) were not checked.`);
        if (run.skipped.length)
            problems.push(`${run.skipped.length} file(s) with a line break in the name were not checked by ${run.name}, which names files one per line.`);
    }
    for (const p of problems)
        annotations.push({ level: facts.runs.some((r) => r.timedOut && p.startsWith(r.name)) ? 'error' : 'warning', message: p });
    const timedOut = facts.runs.some((r) => r.timedOut);
    const conclusion = (unformatted.length && s.failOnUnformatted) || timedOut ? 'failure' : 'success';
    const names = facts.detected.map((d) => d.name);
    const summary = [
        { kind: 'heading', level: 2, text: unformatted.length ? `Formatting: ${unformatted.length} changed file(s) not formatted` : 'Formatting: every checked file is formatted' },
        { kind: 'quote', text: `${handbook/* HANDBOOK */.L.syntax.section}: "${handbook/* HANDBOOK */.L.syntax.quote}"` },
        {
            kind: 'paragraph',
            text: facts.detected.length
                ? [facts.fromInput ? 'Formatters from the input: ' : 'Formatters detected: ', facts.detected.map((d) => `${d.name} (${d.why})`).join(', '), '.']
                : 'No formatter detected (no .prettierrc, biome.json, pyproject [tool.black]/[tool.ruff], go.mod, Cargo.toml, .clang-format or .editorconfig). Install one: handbook §5.',
        },
    ];
    if (facts.formattingOnly !== undefined)
        summary.push({ kind: 'paragraph', text: facts.formattingOnly ? 'This PR changes whitespace and formatting only: a safe, fast review.' : 'This PR changes more than formatting.' });
    if (unformatted.length) {
        summary.push({
            kind: 'table',
            header: ['File', 'Formatter', 'First line', 'Fix'],
            rows: unformatted.map((u) => [{ code: u.path }, u.formatter, u.line === undefined ? '' : String(u.line), { code: u.fix }]),
        });
    }
    if (problems.length)
        summary.push({ kind: 'list', items: problems });
    if (facts.unchecked.length)
        summary.push({ kind: 'paragraph', text: `${facts.unchecked.length} changed file(s) have no formatter here and were not checked.` });
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
        ? [{ level: 'notice', title: 'Formatter territory', ...(where.file ? { file: where.file } : {}), ...(where.line ? { line: where.line } : {}), message: `This review comment is about syntax: formatter territory. ${quote}` }]
        : [];
    return {
        check: 'formatter-enforced',
        conclusion: 'success',
        annotations,
        labels: (0,verdict/* noLabelChanges */.L)(),
        outputs: { 'syntax-nits': nit ? '1' : '0' },
        summary: [
            { kind: 'heading', level: 2, text: nit ? 'A review comment argues about syntax' : 'The review comment is not about syntax' },
            ...(nit ? [{ kind: 'paragraph', text: `Let the formatter decide and review the behaviour instead. ${quote}` }] : []),
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
        out.push({ line: Math.max(1, lines.length), rule: 'insert_final_newline', message: 'no newline at the end of the file' });
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
    return { root: new Set(names), ...(packageJson !== undefined ? { packageJson } : {}), ...(pyproject !== undefined ? { pyproject } : {}) };
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
            resolve({ code, stdout: withoutColour(Buffer.concat(out).toString('utf8')), stderr: withoutColour(Buffer.concat(err).toString('utf8')), timedOut });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(stdin);
    });
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
    for (const file of multiLine) {
        if (!f.stdinArgs) {
            run.skipped.push(file);
            continue;
        }
        const content = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file));
        const out = await runTool(tool, f.stdinArgs(file), root, Math.max(1, deadline - Date.now()), content);
        run.processes++;
        if (out.timedOut)
            return { ...run, timedOut: true };
        const line = out.code === 0 ? firstDifferingLine(content.toString('utf8'), out.stdout) : undefined;
        if (out.code !== 0)
            return { ...run, error: `${f.bin} exited with ${out.code}: ${(out.stderr || out.stdout).trim().split('\n')[0] ?? ''}` };
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
            return { ...run, error: `${f.bin} exited with ${out.code}: ${(out.stderr || out.stdout).trim().split('\n')[0] ?? ''}` };
        }
        for (const [file, line] of f.parse(out, chunk))
            run.findings.set(file, line);
    }
    if (f.stdinArgs) {
        const lookups = [...run.findings]
            .filter(([, line]) => line === undefined).map(([file]) => file).sort().slice(0, LINE_LOOKUPS);
        for (const file of lookups) {
            if (Date.now() > deadline)
                break;
            const content = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file));
            const out = await runTool(tool, f.stdinArgs(file), root, Math.max(1, deadline - Date.now()), content);
            run.processes++;
            if (out.code === 0)
                run.findings.set(file, firstDifferingLine(content.toString('utf8'), out.stdout));
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
    const detected = i.formatters ? i.formatters.map((name) => ({ name, why: 'the formatters input' })) : detectFormatters(readRepoFiles(i.root));
    const names = detected.map((d) => d.name);
    const byTool = new Map();
    const rest = [];
    for (const f of i.files) {
        const tool = formatterFor(f, names);
        if (tool)
            byTool.set(tool.name, [...(byTool.get(tool.name) ?? []), f]);
        else
            rest.push(f);
    }
    const runs = [];
    for (const [name, files] of byTool) {
        const tool = formatterFor(files[0], [name]);
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
    return { detected, fromInput: !!i.formatters, runs, editorconfig, unchecked, ...(formattingOnly !== undefined ? { formattingOnly } : {}) };
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
    const out = await (0,run_git/* runGit */.EO)(cwd, ['diff', '--ignore-all-space', '--ignore-blank-lines', '--numstat', '-z', base, head, '--', ...paths.map((p) => `:(literal)${p}`)]);
    return out
        .split('\0')
        .filter(Boolean)
        .every((row) => /^0\t0\t/.test(row) || !/^\d+\t\d+\t/.test(row));
}

// EXTERNAL MODULE: ./src/facts/github/octokit.ts
var github_octokit = __webpack_require__(36038);
// EXTERNAL MODULE: ./src/facts/github/pull-request.ts
var pull_request = __webpack_require__(51364);
// EXTERNAL MODULE: ./src/facts/pull-change-set.ts + 3 modules
var pull_change_set = __webpack_require__(29062);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./src/inputs/shared.ts
var shared = __webpack_require__(55940);
// EXTERNAL MODULE: ./src/inputs/spec.ts
var spec = __webpack_require__(27026);
;// CONCATENATED MODULE: ./src/inputs/formatter-enforced.ts




const formatterEnforcedInputs = {
    'github-token': (0,shared/* tokenInput */.e1)('Token to list the PR\u2019s changed files (read-only is enough).'),
    formatters: {
        description: `Formatters to run instead of detecting them, comma-separated (${FORMATTER_NAMES.join(', ')}). Empty: detect from the repository.`,
        default: '',
        allowed: `a comma-separated list of ${FORMATTER_NAMES.join(', ')}, or empty to detect`,
        schema: schemas/* string */.YjP().transform((s, ctx) => {
            const names = s.split(/[\s,]+/).filter(Boolean);
            const bad = names.find((n) => !FORMATTER_NAMES.includes(n));
            if (bad) {
                ctx.addIssue({ code: 'custom', message: `${JSON.stringify(bad)} is not a formatter this action knows` });
                return core/* NEVER */.tm;
            }
            return names.length ? names : undefined;
        }),
    },
    'fail-on-unformatted': { description: 'Fail the check when a changed file is not formatted (false: annotate only).', default: 'true', allowed: 'true or false', schema: spec/* booleanInput */.tE },
    'timeout-seconds': {
        description: 'Time limit for all runs of one formatter; past it the check fails with a message saying so.',
        default: '120',
        allowed: 'a whole number of seconds from 1 to 3600',
        schema: schemas/* string */.YjP().transform((s, ctx) => {
            const n = Number(s.trim());
            if (!Number.isInteger(n) || n < 1 || n > 3600) {
                ctx.addIssue({ code: 'custom', message: 'not a whole number from 1 to 3600' });
                return core/* NEVER */.tm;
            }
            return n;
        }),
    },
    ignore: shared/* ignoreInput */.Ln,
};
function parseFormatterEnforcedSettings(read) {
    const { 'github-token': _t, ...specs } = formatterEnforcedInputs;
    const raw = (0,spec/* parseInputs */.TL)(specs, read);
    return { formatters: raw.formatters, failOnUnformatted: raw['fail-on-unformatted'], timeoutSeconds: raw['timeout-seconds'], ignore: raw.ignore };
}

// EXTERNAL MODULE: ./src/inputs/read-action-inputs.ts
var read_action_inputs = __webpack_require__(63056);
// EXTERNAL MODULE: ./src/runtime/run-action.ts + 1 modules
var run_action = __webpack_require__(87885);
;// CONCATENATED MODULE: ./src/runtime/formatter-enforced.ts














const rev = async (cwd, ref) => (0,run_git/* runGit */.EO)(cwd, ['rev-parse', '--verify', '--quiet', ref]).then((s) => s.trim(), () => undefined);
class UnsafeEventError extends spec/* InputError */.dz {
    name = 'UnsafeEventError';
}
function runFormatterEnforcedAction(env) {
    return (0,run_action/* runAction */.C)('formatter-enforced', env, async (ctx) => {
        const settings = parseFormatterEnforcedSettings(read_action_inputs/* readActionInput */.L);
        const p = ctx.payload;
        if (ctx.eventName === 'pull_request_review' || ctx.eventName === 'pull_request_review_comment') {
            const body = String((ctx.eventName === 'pull_request_review' ? p.review?.body : p.comment?.body) ?? '');
            const c = p.comment ?? {};
            return (0,actions/* writeVerdict */.P1)(syntaxNitVerdict(body, { ...(typeof c.path === 'string' ? { file: c.path } : {}), ...(typeof c.line === 'number' ? { line: c.line } : {}) }), { env });
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
        const { 'github-token': token } = (0,spec/* parseInputs */.TL)({ 'github-token': formatterEnforcedInputs['github-token'] }, read_action_inputs/* readActionInput */.L);
        (0,actions/* setSecret */.Pq)(token);
        const octokit = (0,github_octokit/* createOctokit */.Q)({ token, baseUrl: ctx.apiUrl, retryBaseMs: ctx.retryBaseMs, log: actions/* logLine */.BP });
        const changes = await (0,pull_change_set/* pullChangeSet */.y)({ octokit, repo: ctx.repo, pr, workspace: ctx.workspace });
        const filter = (0,ignore/* makeFileFilter */.Vp)(settings.ignore, changes.attributes);
        const files = changes.files.filter((f) => f.status !== 'removed' && !filter.reason(f.path)).map((f) => f.path);
        const facts = await gatherFormatterFacts({
            root: ctx.workspace,
            files,
            formatters: settings.formatters,
            timeoutMs: settings.timeoutSeconds * 1000,
            pathEnv: env.PATH,
            whitespaceOnly: async () => ((await (0,change_set/* checkoutCanDiff */.W)(ctx.workspace, pr.baseSha, pr.headSha)) ? onlyWhitespaceChanged(ctx.workspace, pr.baseSha, pr.headSha, files) : undefined),
        });
        await (0,actions/* writeVerdict */.P1)(formatterVerdict(facts, settings), { env });
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
