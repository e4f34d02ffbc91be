export const id = 40;
export const ids = [40];
export const modules = {

/***/ 19434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zb: () => (/* binding */ withoutColour),
/* harmony export */   uY: () => (/* binding */ formatterFor),
/* harmony export */   wC: () => (/* binding */ FORMATTER_NAMES),
/* harmony export */   y$: () => (/* binding */ formatterNamed)
/* harmony export */ });
/* unused harmony export FORMATTERS */
/* harmony import */ var _unified_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38759);
/**
 * The formatters the suite knows: which files each formats, how to run it in check mode, how to read
 * its answer, and the command a developer runs to fix a file. Pure data and parsers.
 */

const FORMATTER_NAMES = [
    'prettier',
    'biome',
    'black',
    'ruff',
    'gofmt',
    'rustfmt',
    'clang-format',
    'editorconfig',
];
const sh = (s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
/** Tools colour their output when FORCE_COLOR is set (as CI often does); parsers read it without colour, and match names the same way. */
// eslint-disable-next-line no-control-regex -- matching the ESC of colour codes is the point
const withoutColour = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');
/** The asked file a tool's output names (tools may print a path relative to another folder). */
const askedFile = (files, named) => files.find((f) => named === withoutColour(f) || named.endsWith(`/${withoutColour(f)}`));
/** Findings from a unified diff, keeping only files that were asked about. */
function fromDiff(diff, files, strip = (p) => p) {
    const found = new Map();
    for (const [path, line] of (0,_unified_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .firstChangedLines */ .q)(diff, strip)) {
        const rel = askedFile(files, path);
        if (rel)
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
        extensions: [
            '.js',
            '.jsx',
            '.mjs',
            '.cjs',
            '.ts',
            '.tsx',
            '.mts',
            '.cts',
            '.json',
            '.jsonc',
            '.json5',
            '.css',
            '.scss',
            '.less',
            '.html',
            '.vue',
            '.md',
            '.mdx',
            '.yaml',
            '.yml',
            '.graphql',
            '.gql',
            '.hbs',
            '.handlebars',
        ],
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
                const rel = askedFile(files, m[1]);
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
                const rel = askedFile(files, m[1]);
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


/***/ }),

/***/ 38759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ firstChangedLines),
/* harmony export */   z: () => (/* binding */ firstDifferingLine)
/* harmony export */ });
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


/***/ }),

/***/ 82070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   tI: () => (/* binding */ compileGlobs),
/* harmony export */   vl: () => (/* binding */ compileGlobLists)
/* harmony export */ });
/* unused harmony export fastMatcher */
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
const literalRows = (m) => m.set.map((row) => [
    ...new Set(row.filter((part) => typeof part === 'string' && part !== '' && part !== '.' && part !== '..')),
]);
const MAGIC = '*?[]{}()!+@\\';
const LITERAL = `[^${MAGIC.replace(/[\]\\]/g, '\\$&')}/]+`;
const PREFIX_ALL = new RegExp(`^((?:${LITERAL}/)+)\\*\\*$`); // docs/** , packages/api/**
const PREFIX_EXT = new RegExp(`^((?:${LITERAL}/)*)\\*\\*/\\*(${LITERAL})$`); // **/*.md , src/**/*.test.ts
const ROOT_EXT = new RegExp(`^\\*(${LITERAL})$`); // *.md
const EXACT = new RegExp(`^${LITERAL}(?:/${LITERAL})*$`); // README.md , docs/api/index.md
/** Paths the shortcuts don't cover (minimatch never matches `.`/`..` segments, and empty segments are odd): */
const UNUSUAL_PATH = /(?:^|\/)\.{1,2}(?:\/|$)|\/\/|^\/|\/$/;
/**
 * A string test equivalent to minimatch (with OPTIONS) for the commonest shapes of pattern, on
 * usual paths; undefined for any other shape. test/unit/globs-fast.test.ts checks the equivalence.
 */
function fastMatcher(pattern) {
    let m;
    if ((m = PREFIX_ALL.exec(pattern))) {
        const prefix = m[1];
        return (p) => p.startsWith(prefix);
    }
    if ((m = PREFIX_EXT.exec(pattern))) {
        const prefix = m[1];
        const suffix = m[2];
        return (p) => p.startsWith(prefix) &&
            p.endsWith(suffix) &&
            p.length - p.lastIndexOf('/') - 1 >= suffix.length &&
            p.length > prefix.length;
    }
    if ((m = ROOT_EXT.exec(pattern))) {
        const suffix = m[1];
        return (p) => p.endsWith(suffix) && !p.includes('/');
    }
    if (EXACT.test(pattern))
        return (p) => p === pattern;
    return undefined;
}
function compileGlobLists(lists) {
    const negated = [];
    const matchers = [];
    const fast = [];
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
            const body = (neg ? p.slice(1) : p).replace(/^\.?\//, '');
            const matcher = new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(body, OPTIONS);
            fast.push(fastMatcher(body));
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
        const usual = !UNUSUAL_PATH.test(path);
        const match = (i) => {
            const f = fast[i];
            return f && usual ? f(path) : matchers[i].match(path);
        };
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
                if (candidate[i] && match(i)) {
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
    return from
        .map((f, i) => Math.round(f + (to[i] - f) * t)
        .toString(16)
        .padStart(2, '0'))
        .join('');
}


/***/ }),

/***/ 51942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ isValidTimeZone),
/* harmony export */   Ll: () => (/* binding */ parseBusinessDays),
/* harmony export */   ND: () => (/* binding */ workingHours),
/* harmony export */   Rk: () => (/* binding */ parseBusinessHours),
/* harmony export */   uO: () => (/* binding */ localWeekdayHour)
/* harmony export */ });
/* unused harmony exports zonedToUtc, workingMs */
/**
 * Working time between two instants: only the hours inside business hours, on business days, in the
 * team's time zone, outside holidays. Pure; DST-aware through Intl (no dependency, no clock reads).
 */
const HOUR = 3_600_000;
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const formatters = new Map();
function formatter(timeZone) {
    let f = formatters.get(timeZone);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
        });
        formatters.set(timeZone, f);
    }
    return f;
}
function localParts(ms, timeZone) {
    const p = {};
    for (const part of formatter(timeZone).formatToParts(ms))
        if (part.type !== 'literal')
            p[part.type] = Number(part.value);
    return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second };
}
/** The zone's offset from UTC at an instant, in ms. */
function offsetAt(ms, timeZone) {
    const l = localParts(ms, timeZone);
    return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - Math.floor(ms / 1000) * 1000;
}
/** The instant a local wall-clock time happens; a time skipped by DST moves forward by the gap (as Temporal's 'compatible'). */
function zonedToUtc(year, month, day, minuteOfDay, timeZone) {
    const wall = Date.UTC(year, month - 1, day, 0, minuteOfDay);
    let ms = wall - offsetAt(wall, timeZone);
    const second = wall - offsetAt(ms, timeZone);
    if (second !== ms)
        ms = Math.max(ms, second);
    return ms;
}
/** Local weekday (0 = Sunday) and hour of an instant. */
function localWeekdayHour(ms, timeZone) {
    const l = localParts(ms, timeZone);
    return { weekday: new Date(Date.UTC(l.year, l.month - 1, l.day)).getUTCDay(), hour: l.hour };
}
const isValidTimeZone = (tz) => {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
    }
    catch {
        return false;
    }
};
const pad = (n) => String(n).padStart(2, '0');
/** Working milliseconds in [from, to); 0 when to <= from. */
function workingMs(from, to, cal) {
    if (!(to > from))
        return 0;
    let total = 0;
    const first = localParts(from, cal.timeZone);
    // Walk local calendar dates (Date.UTC does the date arithmetic, never the time-zone arithmetic).
    for (let d = Date.UTC(first.year, first.month - 1, first.day);; d += 24 * HOUR) {
        const date = new Date(d);
        const y = date.getUTCFullYear();
        const m = date.getUTCMonth() + 1;
        const day = date.getUTCDate();
        const dayStart = zonedToUtc(y, m, day, 0, cal.timeZone);
        if (dayStart >= to)
            break;
        if (cal.days.has(date.getUTCDay()) && !cal.holidays.has(`${y}-${pad(m)}-${pad(day)}`)) {
            const open = zonedToUtc(y, m, day, cal.startMinute, cal.timeZone);
            const close = zonedToUtc(y, m, day, cal.endMinute, cal.timeZone);
            const a = Math.max(open, from);
            const b = Math.min(close, to);
            if (b > a)
                total += b - a;
        }
    }
    return total;
}
const workingHours = (from, to, cal) => workingMs(from, to, cal) / HOUR;
/** "09:00-17:00" → minutes, or an error sentence. */
function parseBusinessHours(text) {
    const m = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
    if (!m)
        return 'not HH:MM-HH:MM';
    const [h1, m1, h2, m2] = m.slice(1).map(Number);
    if (h1 > 23 || h2 > 24 || m1 > 59 || m2 > 59 || (h2 === 24 && m2 !== 0))
        return 'not a time of day';
    const startMinute = h1 * 60 + m1;
    const endMinute = h2 * 60 + m2;
    if (endMinute <= startMinute)
        return 'the end must be later than the start on the same day';
    return { startMinute, endMinute };
}
/** "Mon-Fri", "Sun-Thu", "Mon,Wed,Fri" → day numbers, or an error sentence. */
function parseBusinessDays(text) {
    const days = new Set();
    for (const part of text
        .split(',')
        .map((p) => p.trim().toLowerCase())
        .filter(Boolean)) {
        const [a, b] = part.split('-').map((x) => DAY_NAMES.indexOf(x.trim().slice(0, 3)));
        if (a === undefined ||
            a < 0 ||
            (b !== undefined && b < 0) ||
            part.split('-').some((x) => !DAY_NAMES.includes(x.trim().slice(0, 3)) || x.trim().length < 3)) {
            return `${JSON.stringify(part)} is not a day name or range`;
        }
        if (b === undefined)
            days.add(a);
        else
            for (let d = a;; d = (d + 1) % 7) {
                days.add(d);
                if (d === b)
                    break;
            }
    }
    return days.size ? days : 'no days given';
}


/***/ }),

/***/ 78081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   P1: () => (/* binding */ writeVerdict),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   QQ: () => (/* binding */ failRun),
/* harmony export */   lm: () => (/* binding */ notice)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_LEVEL, SUMMARY_MAX_BYTES */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8171);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(545);



/** GitHub shows at most 10 annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
/** GitHub's step summary limit. */
const SUMMARY_MAX_BYTES = 1024 * 1024;
/** Log a line of text that may contain untrusted parts: it can never start a workflow command. */
const logLine = (text) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`  ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeCommandData */ .V9)(text)}`);
function capAnnotations(list) {
    const out = [];
    for (const level of ['error', 'warning', 'notice']) {
        const of = list.filter((a) => a.level === level);
        if (of.length <= ANNOTATIONS_PER_LEVEL)
            out.push(...of);
        else {
            out.push(...of.slice(0, ANNOTATIONS_PER_LEVEL - 1));
            out.push({
                level,
                message: `${of.length - ANNOTATIONS_PER_LEVEL + 1} more ${level}s are listed in the job summary (GitHub shows ${ANNOTATIONS_PER_LEVEL} per step).`,
            });
        }
    }
    return out;
}
const writers = { error: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3, warning: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e, notice: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm };
/** The one writer for a verdict inside GitHub Actions: outputs, labels, annotations, summary, exit status. */
async function writeVerdict(v, io) {
    for (const [name, value] of Object.entries(v.outputs))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
    const warnings = io.labels && (v.labels.add.length || v.labels.remove.length) ? await io.labels(v.labels) : [];
    const annotations = [...v.annotations, ...warnings.map((message) => ({ level: 'warning', message }))];
    for (const a of capAnnotations(annotations)) {
        writers[a.level](a.message, {
            ...(a.title ? { title: a.title } : {}),
            ...(a.file ? { file: a.file } : {}),
            ...(a.line ? { startLine: a.line } : {}),
        });
    }
    if (io.env.GITHUB_STEP_SUMMARY)
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdown */ .Gc)(v.summary, SUMMARY_MAX_BYTES)).write();
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('No GITHUB_STEP_SUMMARY file: the summary is not written.');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${v.check}: ${v.conclusion}`);
    if (v.conclusion === 'failure')
        process.exitCode = 1;
}
/** One error line for a run that could not decide (bad input, API failure), and exit 1. */
function failRun(message, detail) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
    if (detail)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(detail);
}
const notice = (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message);
const setSecret = (secret) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);


/***/ }),

/***/ 545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown)
/* harmony export */ });
/* unused harmony exports MAX_CELL_CHARS, renderText, renderBlock */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8171);

/** Longest cell text before it is cut with "…" (a 10 kB file name must not blow up a table). */
const MAX_CELL_CHARS = 300;
const cut = (s, max) => (s.length > max ? `${s.slice(0, max)}…` : s);
function inline(i, max) {
    if (typeof i === 'string')
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(cut(i, max));
    if ('code' in i)
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(cut(i.code, max));
    if ('strong' in i)
        return `**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(cut(i.strong, max))}**`;
    const href = /^https?:\/\//.test(i.href) ? i.href.replace(/[()\s<>"]/g, encodeURIComponent) : '#';
    return `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(cut(i.link, max))}](${href})`;
}
const renderText = (t, max = Number.POSITIVE_INFINITY) => (Array.isArray(t) ? t : [t]).map((i) => inline(i, max)).join('');
function table(b) {
    const head = `| ${b.header.map((h) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(h)).join(' | ')} |`;
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
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['-c', 'core.quotepath=off', ...args], {
            cwd,
            stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
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

/***/ 95061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ readRepoFile)
/* harmony export */ });
/** A text file at `ref` (the default branch when omitted), or undefined when it doesn't exist (404). */
async function readRepoFile(octokit, repo, path, ref) {
    try {
        const { data } = await octokit.rest.repos.getContent({ ...repo, path, ...(ref ? { ref } : {}) });
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

/***/ 58566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O_: () => (/* binding */ settingsNote),
/* harmony export */   me: () => (/* binding */ parseConfigFile),
/* harmony export */   qp: () => (/* binding */ settingsWithConfig),
/* harmony export */   tF: () => (/* binding */ CONFIG_PATH)
/* harmony export */ });
/* unused harmony exports ConfigError, settingsReader */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _docs_required_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60910);
/* harmony import */ var _formatter_enforced_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44882);
/* harmony import */ var _issue_linked_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24386);
/* harmony import */ var _pr_size_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65153);
/* harmony import */ var _review_latency_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40058);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27026);
/* harmony import */ var _wip_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(59252);
/**
 * `.github/dev-process.yml`: settings for every check under its name, validated by the same zod
 * schemas as the inputs. Precedence: an action input set to something other than its default >
 * the config file > the default. Read from the PR's base commit (src/facts/config-source.ts), so a PR
 * cannot relax its own required checks. Pure.
 */








const CONFIG_PATH = '.github/dev-process.yml';
class ConfigError extends _spec_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz {
    name = 'ConfigError';
}
const CHECK_SPECS = {
    'pr-size': _pr_size_js__WEBPACK_IMPORTED_MODULE_4__/* .prSizeInputs */ .D,
    'docs-required': _docs_required_js__WEBPACK_IMPORTED_MODULE_1__/* .docsRequiredInputs */ ._b,
    'review-latency': _review_latency_js__WEBPACK_IMPORTED_MODULE_5__/* .reviewLatencyInputs */ .U,
    'formatter-enforced': _formatter_enforced_js__WEBPACK_IMPORTED_MODULE_2__/* .formatterEnforcedInputs */ .M,
    'issue-linked': _issue_linked_js__WEBPACK_IMPORTED_MODULE_3__/* .issueLinkedInputs */ .y,
    'wip-report': _wip_report_js__WEBPACK_IMPORTED_MODULE_7__/* .wipReportInputs */ .G,
};
const settable = (specs) => Object.entries(specs)
    .filter(([, s]) => !s.secret)
    .map(([n]) => n);
/** A YAML value as the string an input would hold: scalars as text, lists of scalars one per line, the rest as YAML. */
function asInput(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value !== 'object')
        return typeof value === 'string' ? value : JSON.stringify(value);
    if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object'))
        return value.map((v) => String(v ?? '')).join('\n');
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(value);
}
function parseConfigFile(text, file = CONFIG_PATH) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text);
    const err = doc.errors[0];
    if (err) {
        const pos = err.linePos?.[0];
        throw new ConfigError(`${file}: ${pos ? `line ${pos.line}, column ${pos.col}: ` : ''}${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}. Allowed: a YAML mapping of check names to settings.`);
    }
    if (doc.contents === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(doc.contents) && doc.contents.value === null))
        return {};
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents))
        throw new ConfigError(`${file}: expected a mapping of check names. Allowed: ${Object.keys(CHECK_SPECS).join(', ')}.`);
    const out = {};
    for (const pair of doc.contents.items) {
        const check = String((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? pair.key.value : pair.key);
        const specs = CHECK_SPECS[check];
        if (!specs)
            throw new ConfigError(`${file}: ${check} is not a check of this suite. Allowed: ${Object.keys(CHECK_SPECS).join(', ')}.`);
        if (pair.value === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.value) && pair.value.value === null))
            continue;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(pair.value))
            throw new ConfigError(`${file}: ${check}: expected a mapping of settings. Allowed: ${settable(specs).join(', ')}.`);
        const section = {};
        for (const [key, value] of Object.entries(pair.value.toJSON())) {
            if (!settable(specs).includes(key))
                throw new ConfigError(`${file}: ${check}.${key} is not a setting of ${check}. Allowed: ${settable(specs).join(', ')}.`);
            const text = asInput(value);
            const spec = specs[key];
            const parsed = spec.schema.safeParse(text.trim() === '' ? (spec.whenEmpty ?? spec.default) : text);
            if (!parsed.success)
                throw new ConfigError(`${file}: ${check}.${key} is ${JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text)}: ${parsed.error.issues[0]?.message ?? 'invalid value'}. Allowed: ${spec.allowed}.`);
            section[key] = text;
        }
        out[check] = section;
    }
    return out;
}
/** Reads a setting: the input when set to something other than its default, else the config file, else the input (its default). */
function settingsReader(specs, readInput, section = {}, file = CONFIG_PATH) {
    const fromInput = (name, v) => v !== undefined && v !== specs[name]?.default;
    return {
        read(name) {
            const v = readInput(name);
            if (fromInput(name, v))
                return v;
            return name in section ? section[name] : v;
        },
        /** Every setting that is not its default, and where it came from. */
        sources() {
            return Object.keys(specs)
                .filter((n) => !specs[n].secret)
                .flatMap((name) => {
                const v = readInput(name);
                if (fromInput(name, v))
                    return [{ name, value: v, source: 'input' }];
                if (name in section)
                    return [{ name, value: section[name], source: file }];
                return [];
            })
                .sort((a, b) => (a.source === 'input' ? 0 : 1) - (b.source === 'input' ? 0 : 1) || a.name.localeCompare(b.name));
        },
    };
}
/** A check's settings with the config file applied; an error about a value from the file names the file and key path. */
function settingsWithConfig(check, specs, parse, readInput, config, file = CONFIG_PATH) {
    const section = config[check] ?? {};
    const reader = settingsReader(specs, readInput, section, file);
    try {
        return { settings: parse((n) => reader.read(n)), sources: reader.sources() };
    }
    catch (e) {
        const m = e instanceof _spec_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz ? /^Input '([^']+)' is /.exec(e.message) : null;
        if (m && reader.sources().some((s) => s.name === m[1] && s.source === file))
            throw new ConfigError(e instanceof Error ? e.message.replace(m[0], `${file}: ${check}.${m[1]} is `) : String(e));
        throw e;
    }
}
/** A summary line saying where each non-default setting came from. */
function settingsNote(sources) {
    if (!sources.length)
        return [];
    return [
        {
            kind: 'paragraph',
            text: [
                'Settings: ',
                sources
                    .map((s) => `${s.name} = ${s.value.replace(/\s*\n\s*/g, ', ').slice(0, 80)} (${s.source === 'input' ? 'action input' : s.source})`)
                    .join('; '),
                '.',
            ],
        },
    ];
}


/***/ }),

/***/ 60910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZL: () => (/* binding */ parseDocsRequiredSettings),
/* harmony export */   _b: () => (/* binding */ docsRequiredInputs)
/* harmony export */ });
/* unused harmony exports DEFAULT_CODE, DEFAULT_DOCS, DEFAULT_SKIP_LABEL */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88532);
/* harmony import */ var _checks_globs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82070);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55940);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27026);





const DEFAULT_CODE = ['src/**', 'lib/**', 'app/**'];
const DEFAULT_DOCS = {
    docs: ['docs/**', '**/*.md', '**/*.mdx'],
    tests: ['test/**', 'tests/**', '**/*.test.*', '**/*.spec.*', '**/__tests__/**', '**/test_*.py', '**/*_test.go'],
};
const DEFAULT_SKIP_LABEL = { docs: 'no-docs-needed', tests: 'no-tests-needed' };
const globs = zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), { error: (iss) => `expected array of globs, got ${JSON.stringify(iss.input)}` })
    .superRefine((list, ctx) => {
    list.forEach((p, i) => {
        const problem = (0,_checks_globs_js__WEBPACK_IMPORTED_MODULE_1__/* .globProblem */ .AI)(p);
        if (problem)
            ctx.addIssue({ code: 'custom', path: [i], message: `pattern ${JSON.stringify(p)} is malformed (${problem})` });
    });
});
const mappingSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ code: globs.refine((l) => l.length > 0, 'needs at least one glob'), docs: globs.optional() }, {
    error: (iss) => iss.code === 'unrecognized_keys'
        ? `unknown key ${JSON.stringify(iss.keys[0])} (allowed: code, docs)`
        : `expected a mapping with code and docs, got ${JSON.stringify(iss.input)}`,
}), { error: (iss) => `expected a list of mappings, got ${JSON.stringify(iss.input)}` });
const pathText = (path) => `rules${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;
/** YAML text → mappings, or one sentence naming the YAML position or the zod path. Empty = defaults. */
const rulesText = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().transform((text, ctx) => {
    if (text.trim() === '')
        return undefined;
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text);
    const err = doc.errors[0];
    if (err) {
        const pos = err.linePos?.[0];
        const what = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        ctx.addIssue({
            code: 'custom',
            message: `YAML error${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}: ${what}`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
    const parsed = mappingSchema.safeParse(doc.toJS());
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        ctx.addIssue({ code: 'custom', message: `${pathText(issue.path)}: ${issue.message}` });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
    if (parsed.data.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'rules: the list is empty' });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
    return parsed.data;
});
const docsRequiredInputs = {
    'github-token': (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenInput */ .e1)("Token to read the pull request's files. Read access is enough."),
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
        schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
            .trim()
            .pipe(zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['docs', 'tests'], { error: 'not a mode' })),
    },
    ignore: _shared_js__WEBPACK_IMPORTED_MODULE_2__/* .ignoreInput */ .Ln,
    'skip-label': {
        description: 'A PR with this label passes without docs. Default: no-docs-needed (no-tests-needed in tests mode).',
        default: '',
        allowed: 'a label name',
        schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().trim().max(100, 'longer than GitHub allows for a label'),
    },
    drafts: {
        description: 'check: draft PRs are checked like others. neutral: draft PRs pass with a notice until they are ready for review.',
        default: 'check',
        allowed: 'check or neutral',
        schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
            .trim()
            .pipe(zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['check', 'neutral'], { error: 'not a drafts policy' })),
    },
};
function parseDocsRequiredSettings(read) {
    const { 'github-token': _token, ...specs } = docsRequiredInputs;
    const raw = (0,_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .parseInputs */ .TL)(specs, read);
    const mode = raw.mode;
    const rules = (raw.rules ?? [{ code: DEFAULT_CODE }]).map((r) => ({
        code: r.code,
        docs: r.docs ?? DEFAULT_DOCS[mode],
    }));
    return {
        mode,
        rules,
        ignore: raw.ignore,
        skipLabel: raw['skip-label'] || DEFAULT_SKIP_LABEL[mode],
        drafts: raw.drafts,
    };
}


/***/ }),

/***/ 44882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ formatterEnforcedInputs),
/* harmony export */   r: () => (/* binding */ parseFormatterEnforcedSettings)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88532);
/* harmony import */ var _checks_formatters_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19434);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55940);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27026);




const formatterEnforcedInputs = {
    'github-token': (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenInput */ .e1)('Token to list the PR\u2019s changed files (read-only is enough).'),
    formatters: {
        description: `Formatters to run instead of detecting them, comma-separated (${_checks_formatters_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMATTER_NAMES */ .wC.join(', ')}). Empty: detect from the repository.`,
        default: '',
        allowed: `a comma-separated list of ${_checks_formatters_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMATTER_NAMES */ .wC.join(', ')}, or empty to detect`,
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform((s, ctx) => {
            const names = s.split(/[\s,]+/).filter(Boolean);
            const bad = names.find((n) => !_checks_formatters_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMATTER_NAMES */ .wC.includes(n));
            if (bad) {
                ctx.addIssue({ code: 'custom', message: `${JSON.stringify(bad)} is not a formatter this action knows` });
                return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
            }
            return names.length ? names : undefined;
        }),
    },
    'fail-on-unformatted': {
        description: 'Fail the check when a changed file is not formatted (false: annotate only).',
        default: 'true',
        allowed: 'true or false',
        schema: _spec_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .tE,
    },
    'timeout-seconds': {
        description: 'Time limit for all runs of one formatter; past it the check fails with a message saying so.',
        default: '120',
        allowed: 'a whole number of seconds from 1 to 3600',
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform((s, ctx) => {
            const n = Number(s.trim());
            if (!Number.isInteger(n) || n < 1 || n > 3600) {
                ctx.addIssue({ code: 'custom', message: 'not a whole number from 1 to 3600' });
                return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
            }
            return n;
        }),
    },
    ignore: _shared_js__WEBPACK_IMPORTED_MODULE_1__/* .ignoreInput */ .Ln,
};
function parseFormatterEnforcedSettings(read) {
    const { 'github-token': _t, ...specs } = formatterEnforcedInputs;
    const raw = (0,_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInputs */ .TL)(specs, read);
    return {
        formatters: raw.formatters,
        failOnUnformatted: raw['fail-on-unformatted'],
        timeoutSeconds: raw['timeout-seconds'],
        ignore: raw.ignore,
    };
}


/***/ }),

/***/ 24386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ parseIssueLinkedSettings),
/* harmony export */   y: () => (/* binding */ issueLinkedInputs)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55940);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27026);



const issueLinkedInputs = {
    'github-token': (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenInput */ .e1)('Token to read the PR\u2019s closing references and commit messages (read-only is enough).'),
    'fail-if-missing': {
        description: 'Fail when the PR links no issue (default: a notice only).',
        default: 'false',
        allowed: 'true or false',
        schema: _spec_js__WEBPACK_IMPORTED_MODULE_1__/* .booleanInput */ .tE,
    },
    'skip-label': {
        description: 'A PR with this label needs no issue. Default: no-issue.',
        default: '',
        allowed: 'a label name',
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().trim().max(100, 'longer than GitHub allows for a label'),
    },
};
function parseIssueLinkedSettings(read) {
    const { 'github-token': _t, ...specs } = issueLinkedInputs;
    const raw = (0,_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputs */ .TL)(specs, read);
    return { failIfMissing: raw['fail-if-missing'], skipLabel: raw['skip-label'] || 'no-issue' };
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

/***/ 63056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readActionInput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);

/** The one place action inputs are read. The runner passes every input, defaults included. */
const readActionInput = (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);


/***/ }),

/***/ 40058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ reviewLatencyInputs),
/* harmony export */   h: () => (/* binding */ parseReviewLatencySettings)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88532);
/* harmony import */ var _checks_working_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51942);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55940);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27026);




const list = (s) => s
    .split(/[\s,]+/)
    .map((x) => x.trim())
    .filter(Boolean);
/** A transform that turns a parser's error sentence into a zod issue. */
const parsed = (parse) => zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform((s, ctx) => {
    const r = parse(s);
    if (typeof r === 'string') {
        ctx.addIssue({ code: 'custom', message: r });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return r;
});
function holidays(s) {
    const out = new Set();
    for (const d of list(s)) {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
        const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
        if (!date || date.toISOString().slice(0, 10) !== d)
            return `${JSON.stringify(d)} is not a date`;
        out.add(d);
    }
    return out;
}
const reviewLatencyInputs = {
    'github-token': (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenInput */ .e1)('Token to read pull requests and their reviews. Read access is enough.'),
    'sla-hours': {
        description: 'Working hours a ready PR may wait for a reviewer before it is flagged (handbook §2: start your day with reviews).',
        default: '4',
        allowed: 'a number of working hours ≥ 0, e.g. 4 or 1.5',
        schema: parsed((s) => {
            const n = s.trim() === '' ? Number.NaN : Number(s);
            return Number.isNaN(n) ? 'not a number' : !Number.isFinite(n) || n < 0 ? 'must be a finite number ≥ 0' : n;
        }),
    },
    'business-hours': {
        description: 'Working hours of a day, local to timezone. Waiting is only counted inside them.',
        default: '09:00-17:00',
        allowed: 'HH:MM-HH:MM with the end later than the start, e.g. 09:00-17:00',
        schema: parsed(_checks_working_time_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBusinessHours */ .Rk),
    },
    'business-days': {
        description: 'Working days: ranges or lists of day names.',
        default: 'Mon-Fri',
        allowed: 'day names or ranges such as Mon-Fri, Sun-Thu or Mon,Wed,Fri',
        schema: parsed(_checks_working_time_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBusinessDays */ .Ll),
    },
    timezone: {
        description: 'IANA time zone of business-hours, e.g. Europe/Berlin.',
        default: 'UTC',
        allowed: 'an IANA time zone such as UTC, Europe/Berlin or America/New_York',
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().trim().refine(_checks_working_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isValidTimeZone */ .Aq, 'not a time zone'),
    },
    holidays: {
        description: 'Dates that are not working days (comma- or newline-separated YYYY-MM-DD).',
        default: '',
        allowed: 'dates as YYYY-MM-DD, separated by commas or newlines',
        schema: parsed(holidays),
    },
    'ignore-users': {
        description: 'Logins whose reviews do not count as a response (bots are never counted).',
        default: '',
        allowed: 'logins separated by commas or newlines',
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().transform(list),
    },
    'fail-on-breach': {
        description: 'Fail the check when a PR waits on reviewers longer than sla-hours. By default it only warns: a nudge, not a gate.',
        default: 'false',
        allowed: 'true or false',
        schema: _spec_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .tE,
    },
};
function parseReviewLatencySettings(read) {
    const { 'github-token': _token, ...specs } = reviewLatencyInputs;
    const raw = (0,_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInputs */ .TL)(specs, read);
    return {
        calendar: { ...raw['business-hours'], days: raw['business-days'], timeZone: raw.timezone, holidays: raw.holidays },
        slaHours: raw['sla-hours'],
        ignoreUsers: new Set(raw['ignore-users'].map((u) => u.toLowerCase())),
        failOnBreach: raw['fail-on-breach'],
    };
}


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

/***/ 27026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mn: () => (/* binding */ lines),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony export quoteValue */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88532);

class InputError extends Error {
    name = 'InputError';
}
/** Quotes a user value for an error line: one line, bounded length. */
function quoteValue(value) {
    const shown = value.length > 120 ? `${value.slice(0, 120)}…` : value;
    return JSON.stringify(shown);
}
function inputError(name, value, problem, allowed) {
    return new InputError(`Input '${name}' is ${quoteValue(value)}: ${problem}. Allowed: ${allowed}.`);
}
function parseInputs(specs, read) {
    const out = {};
    for (const [name, spec] of Object.entries(specs)) {
        const given = read(name);
        const value = given === undefined ? spec.default : given.trim() === '' ? (spec.whenEmpty ?? spec.default) : given;
        const result = spec.schema.safeParse(value);
        if (!result.success) {
            const problem = result.error.issues[0]?.message ?? 'invalid value';
            throw inputError(name, given ?? value, problem, spec.allowed);
        }
        out[name] = result.data;
    }
    return out;
}
/** Newline-separated list; blank lines and surrounding spaces dropped. */
const lines = (text) => text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
const booleanInput = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().transform((s, ctx) => {
    const v = s.trim().toLowerCase();
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    ctx.addIssue({ code: 'custom', message: 'not a boolean' });
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
});


/***/ }),

/***/ 59252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ parseWipReportSettings),
/* harmony export */   G: () => (/* binding */ wipReportInputs)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88532);
/* harmony import */ var _pr_size_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65153);
/* harmony import */ var _review_latency_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40058);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55940);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27026);





const wholeNumber = (min, max) => zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().transform((s, ctx) => {
    const n = Number(s.trim());
    if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `not a whole number from ${min} to ${max}` });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
    return n;
});
const REPO = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const wipReportInputs = {
    'github-token': (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenInput */ .e1)('Token that can read pull requests, issues and milestones of every repository in `repositories`.'),
    repositories: {
        description: 'owner/name of each repository to report on, comma- or newline-separated. Default: this repository.',
        default: '',
        allowed: 'owner/name pairs separated by commas or newlines',
        schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().transform((s, ctx) => {
            const repos = s.split(/[\s,]+/).filter(Boolean);
            const bad = repos.find((r) => !REPO.test(r));
            if (bad) {
                ctx.addIssue({ code: 'custom', message: `${JSON.stringify(bad)} is not owner/name` });
                return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
            }
            return repos;
        }),
    },
    'window-days': {
        description: 'Days the report looks back for merges and sprint goals (the previous window of the same length gives trends).',
        default: '7',
        allowed: 'a whole number of days from 1 to 90',
        schema: wholeNumber(1, 90),
    },
    'stale-days': {
        description: 'An open PR with no activity for this many days is flagged stale.',
        default: '7',
        allowed: 'a whole number of days from 1 to 365',
        schema: wholeNumber(1, 365),
    },
    'wip-limit': {
        description: 'Open, ready PRs per author above which the author is flagged.',
        default: '3',
        allowed: 'a whole number from 1 to 100',
        schema: wholeNumber(1, 100),
    },
    'scraped-threshold': {
        description: 'Percent of a sprint goal (milestone) closed by its due date that counts as "Scraped it" (100% is "Nailed it").',
        default: '80',
        allowed: 'a whole number from 1 to 99',
        schema: wholeNumber(1, 99),
    },
    'previous-report': {
        description: "Path to last week's report.json (e.g. from actions/download-artifact): each headline figure then shows its change.",
        default: '',
        allowed: 'a path to a report.json, or empty',
        schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().trim(),
    },
    'output-dir': {
        description: 'Folder for report.md, report.json and report.html.',
        default: 'wip-report',
        allowed: 'a folder path',
        schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().trim().min(1, 'empty'),
    },
    'artifact-name': {
        actionOnly: true,
        description: 'Name of the uploaded artifact. Default: wip-report-YYYY-MM-DD.',
        default: '',
        allowed: 'an artifact name without / \\ : * ? " < > | or newlines',
        schema: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
            .trim()
            .refine((s) => !/[\\/:*?"<>|\r\n]/.test(s), 'has a character artifacts cannot use'),
    },
    upload: {
        actionOnly: true,
        description: 'Upload the report files as an artifact.',
        default: 'true',
        allowed: 'true or false',
        schema: _spec_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanInput */ .tE,
    },
    sizes: _pr_size_js__WEBPACK_IMPORTED_MODULE_0__/* .prSizeInputs */ .D.sizes,
    'label-prefix': _pr_size_js__WEBPACK_IMPORTED_MODULE_0__/* .prSizeInputs */ .D['label-prefix'],
    'sla-hours': _review_latency_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewLatencyInputs */ .U['sla-hours'],
    'business-hours': _review_latency_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewLatencyInputs */ .U['business-hours'],
    'business-days': _review_latency_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewLatencyInputs */ .U['business-days'],
    timezone: _review_latency_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewLatencyInputs */ .U.timezone,
    holidays: _review_latency_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewLatencyInputs */ .U.holidays,
    'ignore-users': _review_latency_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewLatencyInputs */ .U['ignore-users'],
};
function parseWipReportSettings(read) {
    const { 'github-token': _t, ...specs } = wipReportInputs;
    const raw = (0,_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .parseInputs */ .TL)(specs, read);
    return {
        repositories: raw.repositories,
        windowDays: raw['window-days'],
        staleDays: raw['stale-days'],
        wipLimit: raw['wip-limit'],
        scrapedThreshold: raw['scraped-threshold'],
        previousReport: raw['previous-report'],
        outputDir: raw['output-dir'],
        artifactName: raw['artifact-name'],
        upload: raw.upload,
        sizes: raw.sizes,
        labelPrefix: raw['label-prefix'],
        latency: (0,_review_latency_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReviewLatencySettings */ .h)(read),
    };
}


/***/ }),

/***/ 67792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ actionClient)
});

// EXTERNAL MODULE: ./src/effects/actions.ts
var actions = __webpack_require__(78081);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
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

// EXTERNAL MODULE: ./src/inputs/read-action-inputs.ts
var read_action_inputs = __webpack_require__(63056);
// EXTERNAL MODULE: ./src/inputs/spec.ts
var spec = __webpack_require__(27026);
;// CONCATENATED MODULE: ./src/runtime/client.ts




/** The API client of an action run: its github-token input, masked in logs before anything else is printed. */
function actionClient(ctx, tokenSpec) {
    const { 'github-token': token } = (0,spec/* parseInputs */.TL)({ 'github-token': tokenSpec }, read_action_inputs/* readActionInput */.L);
    (0,actions/* setSecret */.Pq)(token);
    return createOctokit({ token, baseUrl: ctx.apiUrl, retryBaseMs: ctx.retryBaseMs, log: actions/* logLine */.BP });
}


/***/ }),

/***/ 78747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ baseShaOf),
  u: () => (/* binding */ configuredSettings)
});

// EXTERNAL MODULE: ./src/inputs/config-file.ts
var config_file = __webpack_require__(58566);
// EXTERNAL MODULE: ./src/facts/git/run-git.ts
var run_git = __webpack_require__(2204);
// EXTERNAL MODULE: ./src/facts/github/file-content.ts
var file_content = __webpack_require__(95061);
;// CONCATENATED MODULE: ./src/facts/config-source.ts
/**
 * Where `.github/dev-process.yml` is read from: the PR's base commit (so a PR can't relax its own
 * required checks) — from the checkout when it has that commit, else the contents API; the default
 * branch on schedule. A missing file is no settings.
 */



/** The file at `ref` of a local checkout, or undefined when it has none there. */
const readConfigFromGit = (cwd, ref) => (0,run_git/* runGit */.EO)(cwd, ['show', `${ref}:${config_file/* CONFIG_PATH */.tF}`]).catch(() => undefined);
async function readConfigAt(o) {
    if (o.ref && o.workspace && (await (0,run_git/* hasCommit */.QE)(o.workspace, o.ref)))
        return readConfigFromGit(o.workspace, o.ref);
    return (0,file_content/* readRepoFile */.v)(o.octokit, o.repo, config_file/* CONFIG_PATH */.tF, o.ref);
}

// EXTERNAL MODULE: ./src/inputs/read-action-inputs.ts
var read_action_inputs = __webpack_require__(63056);
;// CONCATENATED MODULE: ./src/runtime/configured.ts
/** A check's settings inside Actions: inputs, then `.github/dev-process.yml` at the base commit, then defaults. */



async function configuredSettings(check, specs, parse, where) {
    parse(read_action_inputs/* readActionInput */.L); // every input valid on its own, before any request: bad input costs nothing
    const text = await readConfigAt(where);
    const config = text === undefined ? {} : (0,config_file/* parseConfigFile */.me)(text, config_file/* CONFIG_PATH */.tF);
    const { settings, sources } = (0,config_file/* settingsWithConfig */.qp)(check, specs, parse, read_action_inputs/* readActionInput */.L, config);
    return { settings, sources, note: (v) => ({ ...v, summary: [...v.summary, ...(0,config_file/* settingsNote */.O_)(sources)] }) };
}
/** The base commit of the event's PR, if it has one. */
const baseShaOf = (payload) => {
    const sha = payload?.pull_request?.base?.sha;
    return typeof sha === 'string' ? sha : undefined;
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

/** DEV_PROCESS_RETRY_BASE_MS (tests shorten the retry back-off with it), when set to a number ≥ 0. */
function retryBaseMsFrom(env) {
    const retry = Number(env.DEV_PROCESS_RETRY_BASE_MS);
    return env.DEV_PROCESS_RETRY_BASE_MS && Number.isFinite(retry) && retry >= 0 ? { retryBaseMs: retry } : {};
}
function readContext(env) {
    const eventPath = env.GITHUB_EVENT_PATH;
    const payload = eventPath ? JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8')) : {};
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        repo: { owner, repo },
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        debug: env.RUNNER_DEBUG === '1' || env.ACTIONS_STEP_DEBUG === 'true',
        ...retryBaseMsFrom(env),
    };
}

// EXTERNAL MODULE: ./src/inputs/spec.ts
var spec = __webpack_require__(27026);
;// CONCATENATED MODULE: ./src/runtime/run-action.ts



const oneLine = (s) => s.replace(/\s*\n\s*/g, ' ').trim();
function explain(e) {
    const err = e;
    if (typeof err.status === 'number' && err.request) {
        const hint = err.status === 401
            ? ' Check the github-token input.'
            : err.status === 403
                ? " Check the job's permissions: block."
                : err.status >= 500
                    ? ' GitHub had an error; it was retried. Re-run the job later.'
                    : '';
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
