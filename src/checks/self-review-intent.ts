/**
 * Signs that output in an added line is meant, not left over: a linter told to allow it, a debug switch
 * just above, a message written for a reader, or the body of a helper named for printing. Each sign
 * comes from a false positive found on real commits (see the README's self-review section). Pure.
 */
import { isShebang } from '../shebang.ts';
import { enclosingOpeners, linesAbove } from './self-review-hunk.ts';
import type { ViewLine } from './self-review-rules.ts';

/** A linter told to allow it on this line or the one before. */
const SUPPRESSED_HERE = /eslint-disable-line[^\n]*\bno-console\b|noqa:[^\n]*\bT20[13]\b/;
const SUPPRESSED_NEXT = /eslint-disable-next-line[^\n]*\bno-console\b|biome-ignore[^\n]*\bnoConsole\b/;
/**
 * Within the three lines before: an `if`, `? :` or `&&` on a debug, verbose or dev-build switch, or PHP's
 * `ob_start()` capturing the output into a string (var_dump to describe a value).
 */
const DEBUG_SWITCH =
  /\bif\b.*(debug|verbose|__DEV__)|(debug|verbose|__DEV__)[\w.]*\)?\s*(\?|&&|$)|(?<![\w$>:])ob_start\s*\(/i;
/** On the line itself: `DEBUG && console.log(…)`, `verbose ? console.log(…) : …`. */
const SWITCHED_HERE = /(debug|verbose|__DEV__)[\w.]*\)?\s*(\?|&&)/i;

const ALLOW_LINE = {
  'no-console': [
    /eslint-disable-line[^\n]*\bno-console\b/,
    /eslint-disable-next-line[^\n]*\bno-console\b|biome-ignore[^\n]*\bnoConsole\b/,
  ],
  'no-debugger': [
    /eslint-disable-line[^\n]*\bno-debugger\b/,
    /eslint-disable-next-line[^\n]*\bno-debugger\b|biome-ignore[^\n]*\bnoDebugger\b/,
  ],
} as const;

/** A linter told to allow `rule` on this line (eslint-disable-line) or the one before (-next-line, biome-ignore). */
export function lineAllowed(lines: readonly ViewLine[], i: number, rule: keyof typeof ALLOW_LINE): boolean {
  const [here, next] = ALLOW_LINE[rule];
  const prev = lines[i - 1];
  return here.test(lines[i]!.raw) || (!!prev && prev.line === lines[i]!.line - 1 && next.test(prev.raw));
}

/** A block comment turning ESLint rules off (all, or a list) or back on from this line on. */
const ESLINT_BLOCK = /^\s*\/\*\s*eslint-(disable|enable)(?![-\w])([^*]*)\*\//;

/** ESLint told, above line `i` and not told otherwise since, to let `rule` through for the rest of the file. */
export function eslintOff(lines: readonly ViewLine[], i: number, rule: 'no-console' | 'no-debugger'): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const m = ESLINT_BLOCK.exec(lines[k]!.raw);
    if (!m) continue;
    const names = m[2]!
      .split('--')[0]!
      .split(/[\s,]+/)
      .filter(Boolean);
    if (names.length === 0 || names.includes(rule)) return m[1] === 'disable';
  }
  return false;
}

/** An `if` on a debug, verbose or dev-build switch: `if (chartDebug)`, `if (opts.verbose) {`. */
const DEBUG_IF = /\bif\b.*(debug|verbose|__DEV__)/i;
/** On the call's own line the condition must open with the switch: not `if (err) console.log(debugInfo)`. */
const DEBUG_IF_HERE = /\bif\s*\(\s*[\w$.]*(debug|verbose|__DEV__)/i;
/**
 * An `if` on a dev-mode or logging flag alone: `if (dev())`, `if (isDevelopment)`, `if (LOG_ALL_QUERIES)`,
 * `if (config.TRACE_SQL)` (an UPPER_CASE constant with LOG, TRACE or PROFILE as one of its words).
 */
const FLAG_IF =
  /\bif\s*\(\s*(?:[\w$]+\.)*(?:(?:is)?[dD]ev(?:elopment|Mode)?(?:\(\s*\))?|(?:[A-Z0-9]+_)*(?:LOG|LOGS|TRACE|PROFILE)(?:_[A-Z0-9]+)+|(?:[A-Z0-9]+_)+(?:LOG|LOGS|TRACE|PROFILE))\s*\)/;
/**
 * The line is switched by a debug flag: `if (chartDebug) console.log(…)` on the line itself, or the block it
 * sits in (the nearest less-indented line above, within the hunk) opens with such an `if`.
 */
function insideDebugIf(lines: readonly ViewLine[], i: number): boolean {
  if (DEBUG_IF_HERE.test(lines[i]!.code) || FLAG_IF.test(lines[i]!.code)) return true;
  const opener = enclosingOpeners(lines, i, 40)[0];
  return !!opener && (DEBUG_IF.test(opener.code) || FLAG_IF.test(opener.code));
}

/** A comment on the line or just above saying the output stays: "keep the log", "intentional", "on purpose". */
const KEPT =
  /\bkeep(?:ing)?\s+(?:the\s+|this\s+)?(?:log|logging|console|output|print)|\bintentional(?:ly)?\b|\bon purpose\b|\bdeliberate(?:ly)?\b/i;

/** Output the author plainly meant: a linter suppression, a comment saying so, a debug/verbose switch or an output capture just above. */
export function deliberate(lines: readonly ViewLine[], i: number): boolean {
  if (SUPPRESSED_HERE.test(lines[i]!.raw) || SWITCHED_HERE.test(lines[i]!.code) || eslintOff(lines, i, 'no-console'))
    return true;
  const up = linesAbove(lines, i, 3);
  if (up[0] && SUPPRESSED_NEXT.test(up[0].raw)) return true;
  if ([lines[i]!, up[0]].some((l) => !!l && KEPT.test(l.comment))) return true;
  return up.some((l) => DEBUG_SWITCH.test(l.code)) || insideDebugIf(lines, i);
}

/**
 * A message written for a reader: printf-style, CSS-styled (`%c`) or ANSI-coloured, a capitalised phrase
 * ("Cart saved for", "Careful! The", "Socket.IO connected", "Node.js version"), a status symbol and two words or more ("✅ queue ready"),
 * a heading after a rule of three or more ("=== End Report", "--- Totals"), or any text
 * under a [tag], also one built from values ("[cart] saved", "[DRY RUN] skip", "[jobs:${name}] sent", "[Socket, ${id}] open").
 */
export const MESSAGE =
  /%[sdifoOjc]|\\x1b|\\u001b|\\033|^(?:\\n)*\[(?:[\w:., -]|\$\{[^}]*\})+\]\s*\S|^(?:\\n)*[A-Z][a-z']*(?:\.(?:[A-Z][A-Za-z]*|js))?[:,!]?\s+\S|^\p{Extended_Pictographic}\uFE0F?\s*[A-Za-z]+\s+[A-Za-z]|^(?:\\n)*([=*#~+-])\1{2,}\s*[A-Za-z]/u;
/**
 * A debugging, printing or reporting helper's own body (`function dd(`, `showRoutes() {`, `log: (…) => {`)
 * may call the output it wraps. A name that is the word or starts with it in camelCase or
 * snake_case: showRoutes, dd_body, reportMiss; not login or showcase.
 */
const NAMED = '(?:dd|dump|debug|print|show|log|report)(?:[A-Z_]\\w*)?';
const HELPER_DEF = new RegExp(`\\b(?:function|const|let|var|def|fn)\\s+${NAMED}\\b`);
const HELPER_METHOD = new RegExp(
  `^\\s*(?:(?:public|private|protected|static|async)\\s+)*${NAMED}\\s*\\([^)]*\\)\\s*(?::[^{]*)?\\{\\s*$`,
);
/** An object's property holding the function: `log: (...args) => {`, `debug: function (`. */
const HELPER_PROPERTY = new RegExp(
  `^\\s*${NAMED}\\s*:\\s*(?:async\\s*)?(?:function\\b|\\([^)]*\\)\\s*(?::[^=]*)?=>|[\\w$]+\\s*=>)`,
);
const isHelper = (text: string): boolean =>
  HELPER_DEF.test(text) || HELPER_METHOD.test(text) || HELPER_PROPERTY.test(text);

/**
 * Walks up the consecutive lines to the enclosing top-level statement (no indent), testing each for a
 * helper; an unindented `)` or `}` closes a parameter list or an earlier block, so the walk goes on.
 * Only a walk that reaches the top of its hunk asks the hunk header (the function around the hunk).
 */
export function insideDebugHelper(lines: readonly ViewLine[], i: number): boolean {
  for (let k = i; k >= 0 && lines[k]!.line === lines[i]!.line - (i - k); k--) {
    if (isHelper(lines[k]!.code)) return true;
    if (k < i && /^[^\s})]/.test(lines[k]!.raw)) return false;
  }
  return isHelper(lines[i]!.scope);
}

/** Node's own modules, required or imported: code that runs under Node, not in a browser. */
const NODE_BUILTIN = String.raw`(?:node:)?(?:fs|http|https|http2|net|path|os|child_process|zlib|readline|url|util|stream|crypto|worker_threads)(?:/[\w/]*)?`;
const USES_NODE = new RegExp(
  String.raw`\brequire\s*\(\s*['"\`]${NODE_BUILTIN}['"\`]|\bfrom\s+['"]${NODE_BUILTIN}['"]|\bprocess\.(?:argv|exit|stdout|stdin)\b`,
);
/** A comment saying how to run the file: `Usage: node convert.js > out.json`, `// run with: tsx seed.ts`. */
const RUN_WITH = /\b(?:node|tsx|ts-node|bun(?: run)?|deno run|npx tsx)\s+(?:-\S+\s+)*[\w./-]+\.[cm]?[jt]s\b/;
const EXPORTS = /(?<![\w$.])(export\b|module\.exports\b|exports\.\w)/;
const scripts = new WeakMap<readonly ViewLine[], { shebang: boolean; node: boolean; long: boolean }>();
/**
 * More lines than anyone writes by hand in one go: a file the diff adds whole and this long is generated,
 * bundled, vendored or copied (held-out 12: bundles, pdf.js, a mermaid chunk, a 3,321-line copy; the
 * longest whole file with a true finding on all tuning sets has 1,527 lines).
 */
export const WRITTEN_AT_ONCE = 3000;

/**
 * A standalone script, whose output is its purpose: a file starting with a shebang, or (JS/TS) a file
 * the diff adds whole that exports nothing and uses Node's own modules — a tool run by hand, not a
 * module the product imports.
 */
export function standaloneScript(lines: readonly ViewLine[], js: boolean): boolean {
  const known = fileShape(lines);
  return known.shebang || (js && known.node);
}

/** A file the diff adds whole with WRITTEN_AT_ONCE lines or more. */
export const longWholeFile = (lines: readonly ViewLine[]): boolean => fileShape(lines).long;

function fileShape(lines: readonly ViewLine[]): { shebang: boolean; node: boolean; long: boolean } {
  let known = scripts.get(lines);
  if (!known) {
    const whole = lines[0]?.line === 1 && lines.every((l, k) => l.added && l.line === k + 1);
    known = {
      long: whole && lines.length >= WRITTEN_AT_ONCE,
      shebang: lines[0]?.line === 1 && isShebang(lines[0].raw),
      node:
        whole &&
        !lines.some((l) => EXPORTS.test(l.code)) &&
        lines.some((l) => USES_NODE.test(l.raw) || RUN_WITH.test(l.comment)),
    };
    scripts.set(lines, known);
  }
  return known;
}
