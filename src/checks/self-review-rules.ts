/**
 * The self-review rules: what a reviewer would otherwise have to ask you to remove. Each rule has an id,
 * the languages it reads, whether it is on by default, the paths where it does not apply, and a finder
 * over the added lines of one file (code view: strings and comments blanked; see self-review-lexer.ts).
 * Pure.
 */
import { deliberate, eslintOff, insideDebugHelper, lineAllowed, standaloneScript } from './self-review-intent.ts';
import type { Language } from './self-review-lexer.ts';
import { notNew } from './self-review-not-new.ts';
import {
  bannerAroundMessage,
  besideErrorReporter,
  framedBox,
  emitterWarned,
  inCommandHandler,
  serverStarted,
  taggedByConstant,
} from './self-review-conventions.ts';
import { conflictMarker, privateKey, todoWithoutIssue } from './self-review-markers.ts';
import { logsHandledError, writtenForAPerson } from './self-review-shape.ts';
import { CONFLICT_SAMPLES, KEY_SAMPLES, LOGGERS, SAMPLES, TESTS, TOOLS } from './self-review-paths.ts';
import { behindEnvSwitch, logsCaughtError, ownLogger, readsArgv } from './self-review-signals.ts';

export const RULE_IDS = [
  'debug-output',
  'debugger',
  'focused-test',
  'conflict-marker',
  'private-key',
  'todo-without-issue',
  'print-call',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** One added line, as the rules see it. */
export interface ViewLine {
  line: number;
  raw: string;
  /** The line with string contents and comments blanked (the raw line for files of no known language). */
  code: string;
  comment: string;
  /** False for an unchanged line around the added ones (read, never reported). */
  added: boolean;
  /** The enclosing function's line from the diff's hunk header, or ''. */
  scope: string;
}

/** What the rules know about the change beyond one file's added lines. */
export interface ChangeContext {
  /** Removed lines of the whole change, keyed by statementKey. */
  removed: ReadonlySet<string>;
  /** Files a package.json on the changed files' paths runs (scripts, bin), as repository paths. */
  scripts: readonly string[];
  /** Per changed path, the base's texts of files of the same name elsewhere (src/facts/self-review-copies.ts). */
  namesakes: Readonly<Record<string, readonly string[]>>;
}

export interface Rule {
  id: RuleId;
  title: string;
  fix: string;
  /** Languages whose files it reads; 'any' reads every text file (raw lines). */
  languages: readonly Language[] | 'any';
  on: boolean;
  /** A cheap test of a file's raw added text: a file it does not match is not lexed for this rule. */
  trigger: RegExp;
  /** Globs of paths where the rule does not apply. */
  exempt: readonly string[];
  /** The matched text when line `i` of the file's added lines breaks the rule. */
  find: (
    lines: readonly ViewLine[],
    i: number,
    lang: Language | undefined,
    path: string,
    change: ChangeContext,
  ) => string | undefined;
}

const first = (re: RegExp, text: string): string | undefined => re.exec(text)?.[0];

const DEBUG_OUTPUT: Partial<Record<Language, RegExp>> = {
  js: /(?<![\w.$])console\.(log|debug)\s*\(/,
  rust: /(?<![\w.:])dbg!\s*\(/,
  php: /(?<!function\s+)(?<![\w$>:])(var_dump|dd)\s*\(/,
};
const DEBUGGER: Partial<Record<Language, RegExp>> = {
  js: /^\s*debugger\s*;?\s*$/,
  python:
    /(?<![\w.])breakpoint\s*\(\s*\)|(?<![\w.])i?pdb\.set_trace\s*\(|^\s*(import\s+i?pdb\b|from\s+i?pdb\s+import\b)/,
  ruby: /(?<![\w.])binding\.(pry|irb)\b|^\s*(byebug|debugger)\s*$/,
};
/** `import pdb` is no breakpoint when the file uses pdb as a library (pdb.Pdb, pdb.post_mortem). */
const PDB_IMPORT = /^\s*(import\s+i?pdb\b|from\s+i?pdb\s+import\b)/;
/** flake8-debugger's and Ruff's T100 (or every check) allowed on the line. */
const NOQA_DEBUGGER = /#\s*noqa\b(?!:)|#\s*noqa:[^#]*\bT100\b/i;
const PDB_LIBRARY = /(?<![\w.])i?pdb\.(?!set_trace\b)\w+/;

function debuggerCall(lines: readonly ViewLine[], i: number, lang: Language | undefined): string | undefined {
  const m = byLanguage(DEBUGGER)(lines, i, lang);
  if (m !== undefined && lang === 'js')
    return eslintOff(lines, i, 'no-debugger') || lineAllowed(lines, i, 'no-debugger') ? undefined : m;
  if (m === undefined || lang !== 'python') return m;
  if (NOQA_DEBUGGER.test(lines[i]!.raw)) return undefined;
  if (!PDB_IMPORT.test(lines[i]!.code)) return m;
  return lines.some((l) => PDB_LIBRARY.test(l.code)) ? undefined : m;
}

const FOCUSED: Partial<Record<Language, RegExp>> = {
  js: /(?<![\w.$])((describe|it|test|context|suite|specify)(\.describe)?\.only\s*\(|(fit|fdescribe|fcontext)\s*\(\s*['"`])/,
  ruby: /^\s*(fit|fdescribe|fcontext|fspecify|fexample|fscenario|ffeature)\b\s*\(?\s*['"]|,\s*(focus:\s*true|:focus)\b/,
};
const PRINT: Partial<Record<Language, RegExp>> = {
  python: /(?<![\w.])print\s*\(/,
  go: /(?<![\w.])fmt\.Print(ln|f)?\s*\(/,
};

const byLanguage =
  (table: Partial<Record<Language, RegExp>>, allowDeliberate = false) =>
  (lines: readonly ViewLine[], i: number, lang: Language | undefined): string | undefined => {
    const re = lang && table[lang];
    const m = re ? first(re, lines[i]!.code) : undefined;
    return m !== undefined && allowDeliberate && deliberate(lines, i) ? undefined : m;
  };

/** Rust's test module, by convention at the end of the file: what follows it is test code. */
const RUST_TEST_MODULE = /^\s*#\[cfg\(test\)\]/;

/** JS output the code plainly means: the caught or handled error, an env switch, the project's logger, a CLI script. */
const meantJs = (lines: readonly ViewLine[], i: number, m: string, path: string): boolean =>
  logsCaughtError(lines, i, m) ||
  logsHandledError(lines, i, m) ||
  behindEnvSwitch(lines, i) ||
  ownLogger(lines, i, m) ||
  readsArgv(lines, path) ||
  taggedByConstant(lines, i, m) ||
  serverStarted(lines, i, m) ||
  bannerAroundMessage(lines, i, m) ||
  framedBox(lines, i, m) ||
  besideErrorReporter(lines, i) ||
  inCommandHandler(lines, i) ||
  emitterWarned(lines, i);

function debugOutput(
  lines: readonly ViewLine[],
  i: number,
  lang: Language | undefined,
  path: string,
  change: ChangeContext,
): string | undefined {
  const m = byLanguage(DEBUG_OUTPUT, true)(lines, i, lang);
  if (m === undefined || notNew(lines, i, path, change)) return undefined;
  if (lang === 'rust') return lines.slice(0, i).some((l) => RUST_TEST_MODULE.test(l.raw)) ? undefined : m;
  if (insideDebugHelper(lines, i) || standaloneScript(lines, lang === 'js')) return undefined;
  if (lang !== 'js') return m;
  return meantJs(lines, i, m, path) || writtenForAPerson(lines, i, m) ? undefined : m;
}

/** A folder named for only/focus (`test/only/`, `focus-mode/`; not `readonly/`). */
const ONLY_DIR = /(?:^|\/)[^/]*(?<![a-z])(?:only|focus)(?![a-z])[^/]*\//i;

/** A test runner testing its own focus: the file, its folder or the test's name speaks of only/focus. */
function focusedTest(lines: readonly ViewLine[], i: number, lang: Language | undefined, path: string) {
  const m = byLanguage(FOCUSED)(lines, i, lang);
  if (m === undefined || /only|focus/i.test(path.slice(path.lastIndexOf('/') + 1)) || ONLY_DIR.test(path))
    return undefined;
  const name = /^\s*\(?\s*(['"`])(.*?)\1/.exec(lines[i]!.raw.slice(lines[i]!.code.indexOf(m) + m.length));
  return name && /\b(only|focus|skip)/i.test(name[2]!) ? undefined : m;
}

export const RULES: readonly Rule[] = [
  {
    id: 'debug-output',
    title: 'Debug output left in',
    fix: 'Remove it, or use the project\u2019s logger.',
    languages: ['js', 'rust', 'php'],
    on: true,
    trigger: /console\.|dbg!|var_dump|dd\s*\(/,
    exempt: [...TOOLS, ...TESTS, ...SAMPLES, ...LOGGERS],
    find: debugOutput,
  },
  {
    id: 'debugger',
    title: 'Debugger breakpoint left in',
    fix: 'Remove the breakpoint before review.',
    languages: ['js', 'python', 'ruby'],
    on: true,
    trigger: /debugger|breakpoint|pdb|binding\.|byebug/,
    exempt: [],
    find: debuggerCall,
  },
  {
    id: 'focused-test',
    title: 'Focused test',
    fix: 'Remove the focus (.only, fit, fdescribe, focus: true): it silently skips every other test.',
    languages: ['js', 'ruby'],
    on: true,
    trigger: /\.only|fit|fdescribe|fcontext|fspecify|fexample|fscenario|ffeature|focus/,
    exempt: ['**/fixtures/**'],
    find: focusedTest,
  },
  {
    id: 'conflict-marker',
    title: 'Merge-conflict marker',
    fix: 'Resolve the conflict and remove the marker lines.',
    languages: 'any',
    on: true,
    trigger: /^(<{7}|>{7}|\|{7}|={7})/m,
    exempt: CONFLICT_SAMPLES,
    find: conflictMarker,
  },
  {
    id: 'private-key',
    title: 'Private key added',
    fix: 'Remove the key, rotate it, and load it from a secret store instead.',
    languages: 'any',
    on: true,
    trigger: /PRIVATE KEY/,
    exempt: KEY_SAMPLES,
    find: privateKey,
  },
  {
    id: 'todo-without-issue',
    title: 'TODO without an issue',
    fix: 'Reference the issue that tracks it (TODO(#123): …), or do it now.',
    languages: ['js', 'python', 'ruby', 'go', 'rust', 'php'],
    on: false,
    trigger: /TODO|FIXME/,
    exempt: [],
    find: todoWithoutIssue,
  },
  {
    id: 'print-call',
    title: 'Print call',
    fix: 'Remove it, or use the project\u2019s logger.',
    languages: ['python', 'go'],
    on: false,
    trigger: /print|Print/,
    exempt: [...TOOLS, ...TESTS, ...SAMPLES, ...LOGGERS, '**/__main__.py', '**/main.go', '**/cmd/**'],
    find: (lines, i, lang) => (standaloneScript(lines, false) ? undefined : byLanguage(PRINT, true)(lines, i, lang)),
  },
];

export { EXEMPT_ALL } from './self-review-paths.ts';
export const RULE_BY_ID = new Map<RuleId, Rule>(RULES.map((r) => [r.id, r]));

export const DEFAULT_FAIL_ON: readonly RuleId[] = ['focused-test', 'conflict-marker', 'private-key'];
