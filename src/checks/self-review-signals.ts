/**
 * More signs that console output in an added line is meant or not new (round 4 of issue #17, from the
 * false positives of held-out set 7): a line that only moves or re-formats a removed one, the caught
 * error logged, an environment switch, the project's own logger, a script that reads its command line,
 * and built code. Pure.
 */
import { linesAbove, linesBelow } from './self-review-hunk.ts';
import type { ViewLine } from './self-review-rules.ts';

/** A statement compared without whitespace, quote style or a trailing `;`/`,`. */
export const statementKey = (text: string): string =>
  text
    .replace(/\\(["'`])/g, '$1')
    .replace(/\s+/g, '')
    .replace(/["'`]/g, "'")
    .replace(/[;,]+$/, '');

/** The removed lines of every file in the change, keyed for comparison (a move between files counts). */
export function removedKeys(files: readonly { removed?: string[] }[]): Set<string> {
  const keys = new Set<string>();
  for (const f of files) for (const r of f.removed ?? []) if (r.trim()) keys.add(statementKey(r));
  return keys;
}

const CATCH = /\bcatch\s*\(\s*([\w$]+)|\.catch\s*\(\s*(?:async\s+)?(?:function\s*[\w$]*\s*)?\(?\s*([\w$]+)/;

/**
 * The error a `catch (err)` or `.catch((err) =>` just above (within 6 lines) caught, logged as an argument,
 * as the catch's only record of it. When the next lines hand the error on (`onError(err)`, `throw err`),
 * the print is a debugging extra and still reported.
 */
export function logsCaughtError(lines: readonly ViewLine[], i: number, call: string): boolean {
  const args = lines[i]!.code.slice(lines[i]!.code.indexOf(call) + call.length);
  for (const l of [lines[i]!, ...linesAbove(lines, i, 6)]) {
    const m = CATCH.exec(l.code);
    const name = m?.[1] ?? m?.[2];
    if (!name) continue;
    const used = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`);
    if (!used.test(args)) return false;
    return !linesBelow(lines, i, 3).some((b) => used.test(b.code) && !/\bconsole\./.test(b.code));
  }
  return false;
}

/** `if (process.env.X)` within the three lines above, or `process.env.X && console.log(…)` on the line. */
export function behindEnvSwitch(lines: readonly ViewLine[], i: number): boolean {
  if (/\bprocess\.env\.[\w$]+\s*(\?|&&)/.test(lines[i]!.code)) return true;
  return linesAbove(lines, i, 3).some((l) => /\bif\s*\(.*\bprocess\.env\b/.test(l.code));
}

/**
 * A class or object named for logging or debugging around the change (the hunk header or a line above it):
 * `class EventLogger`, `class DebugService`, `const dbWithLogging =` (a client built to log); not `class AuditLog`.
 */
const LOGGER_SCOPE =
  /\bclass\s+(?:[\w$]*(?:Logger|Printer|Reporter)|Debug[\w$]*|Log|Console)\b|\b(?:const|let|var)\s+[\w$]*[lL]ogg(?:er|ing)\s*=/;

/** The project's own logger: console output passing `...args` through, or inside a logger class/object. */
export function ownLogger(lines: readonly ViewLine[], i: number, call: string): boolean {
  const args = lines[i]!.code.slice(lines[i]!.code.indexOf(call) + call.length);
  if (/\.\.\.[\w$]+/.test(args)) return true;
  return LOGGER_SCOPE.test(lines[i]!.scope) || linesAbove(lines, i, 40).some((l) => LOGGER_SCOPE.test(l.code));
}

/** A plain .js/.mjs/.cjs file that reads its command line (process.argv) in the lines shown: a script. */
export const readsArgv = (lines: readonly ViewLine[], path: string): boolean =>
  /\.[cm]?js$/.test(path) && lines.some((l) => /\bprocess\.argv\b/.test(l.code));

/** Longer than any line a person writes: built or minified code. */
export const MINIFIED_LINE = 400;
