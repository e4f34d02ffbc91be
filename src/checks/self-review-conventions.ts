/**
 * A server's own log conventions, seen in a console call and the lines around it (round 8 of issue #17,
 * from held-out set 11): a named tag constant opening the line, a debug flag switching it, the start-up
 * message, a banner line framing a message. Pure.
 */
import { enclosingOpeners, linesAbove, linesAround, linesBelow } from './self-review-hunk.ts';
import type { ViewLine } from './self-review-rules.ts';
import { consoleArguments, writtenForAPerson, writtenText } from './self-review-shape.ts';

/** An UPPER_CASE constant of two characters or more (`LOG_WS`, `TAG`), not `JSON.stringify(…)`. */
const CONSTANT = '[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*';
/** `TAG + 'text'`, or a template opening with `${TAG}` then text. */
const TAG_FIRST = new RegExp(`^(?:(?=[A-Z0-9_]{2})${CONSTANT}\\s*\\+\\s*['"\`]|\`\\$\\{${CONSTANT}\\}\\s*[^\\s\`])`);
const ALONE = new RegExp(`^(?=[A-Z0-9_]{2})${CONSTANT}$`);

/** The first argument is a named tag: `LOG_WS + 'joined'`, `` `${LOG_ERR} rejected` ``, or `(LOG_DENIED, ip, …)`. */
export function taggedByConstant(lines: readonly ViewLine[], i: number, call: string): boolean {
  const args = consoleArguments(lines, i, call);
  if (!args?.length) return false;
  return TAG_FIRST.test(args[0]!) || (args.length >= 2 && ALONE.test(args[0]!));
}

/** A `.listen(…)` call, or a handler of a `ready` or `listening` event (`client.on('ready', …)`). */
const STARTED = /\.listen\s*\(|\.(?:on|once)\s*\(\s*['"`](?:ready|listening)['"`]/;
/** A handler of an emitter's `warn`, `warning` or `error` event (`client.on('warn', (info) => …)`). */
const WARNED = /\.(?:on|once)\s*\(\s*['"`](?:warn|warning|error)['"`]/;

/** `pattern` is on line `i` or up to three lines above it in the hunk (where a handler around the call opens). */
const openedAt = (lines: readonly ViewLine[], i: number, pattern: RegExp): boolean =>
  [lines[i]!, ...linesAbove(lines, i, 3)].some((l) => pattern.test(l.raw));

/** Output in a handler of the emitter's warnings or errors, opened on the line or up to three lines above. */
export const emitterWarned = (lines: readonly ViewLine[], i: number): boolean => openedAt(lines, i, WARNED);

/**
 * The server's start-up message: 'listening' with a port among the arguments (`'Listening on port', PORT`),
 * or any output in a `.listen(…)` callback or a ready/listening event handler opened on the line or up to
 * three lines above.
 */
export function serverStarted(lines: readonly ViewLine[], i: number, call: string): boolean {
  if (openedAt(lines, i, STARTED)) return true;
  const args = consoleArguments(lines, i, call)?.join(',') ?? '';
  return /\blisten(?:ing)?\b/i.test(args) && /port/i.test(args);
}

/** A banner: one character of punctuation repeated (`'=========='`, `'++++++'`), nothing else. */
const BANNER = /^\s*([^\w\s])\1{4,}\s*$/;
/** A banner, or a run of box-drawing characters (`╔══════╗`). */
const RULE = /^\s*(?:([^\w\s])\1{4,}|[\u2500-\u257F]{5,})\s*$/u;
const CONSOLE_CALL = /(?<![\w.$])console\.(?:log|debug|info|warn|error)\s*\(/;

/** The call prints a banner line alone, or after a named prefix: `('=====')`, `(logPrefix, '=====')`. */
function printsBanner(lines: readonly ViewLine[], i: number, call: string): boolean {
  const args = consoleArguments(lines, i, call);
  const alone = args?.length === 1 || (args?.length === 2 && /^[\w$.]+$/.test(args[0]!));
  const text = alone ? writtenText(args.at(-1)!) : undefined;
  return text !== undefined && BANNER.test(text);
}

type CallTest = (lines: readonly ViewLine[], i: number, call: string) => boolean;

/** Line `l` of the hunk calls console, and `test` holds of that call. */
const callOn = (lines: readonly ViewLine[], l: ViewLine, test: CallTest): boolean => {
  const m = CONSOLE_CALL.exec(l.code);
  return !!m && test(lines, lines.indexOf(l), m[0]);
};
const bannerOn = (lines: readonly ViewLine[], l: ViewLine): boolean => callOn(lines, l, printsBanner);

/** The call prints an empty line: `console.log()`. */
const printsBlank = (lines: readonly ViewLine[], i: number, call: string): boolean =>
  consoleArguments(lines, i, call)?.length === 0;

/**
 * A banner line, or an empty one (round 13), with a console message for a person within four lines above or
 * below (a call written over several lines): it frames or spaces that message.
 */
export function bannerAroundMessage(lines: readonly ViewLine[], i: number, call: string): boolean {
  if (!printsBanner(lines, i, call) && !printsBlank(lines, i, call)) return false;
  return linesAround(lines, i, 4).some((l) => callOn(lines, l, writtenForAPerson));
}

/**
 * A box drawn for a reader (a start-up banner): a banner with another within four lines, a call between two
 * banners four lines or less away, or a template over several lines opening with a rule (`console.log(\`` then
 * `╔════╗`).
 */
export function framedBox(lines: readonly ViewLine[], i: number, call: string): boolean {
  const next = linesBelow(lines, i, 1)[0];
  const raw = lines[i]!.raw;
  if (/`\s*$/.test(raw.slice(raw.indexOf(call) + call.length)) && !!next && RULE.test(next.raw)) return true;
  const above = linesAbove(lines, i, 4).some((l) => bannerOn(lines, l));
  const below = linesBelow(lines, i, 4).some((l) => bannerOn(lines, l));
  return (above && below) || ((above || below) && printsBanner(lines, i, call));
}

/** An error reporter's call: `Sentry.captureException(`, `Bugsnag.notify(`, `captureMessage(`. */
const REPORTER = /\b(?:Sentry|Bugsnag|Rollbar|Honeybadger|Raygun)\.\w+\s*\(|\bcapture(?:Exception|Message|Error)\s*\(/;

/** Output with an error reporter called within four lines above or below: details of the error being reported. */
export const besideErrorReporter = (lines: readonly ViewLine[], i: number): boolean =>
  linesAround(lines, i, 4).some((l) => REPORTER.test(l.code));

/** A function taking the command line: `async task(argv) {`, `(argv) => {`, `function run(apos, argv) {`. */
const TAKES_ARGV = /[(,]\s*argv\s*[,)]\s*(?:=>\s*)?\{\s*$/;

/**
 * Output of a command handler, whose printing is the command's purpose: the call sits, at any depth within
 * the hunk (<= 150 lines up), in a function that receives the command line, or the hunk's function does.
 */
export function inCommandHandler(lines: readonly ViewLine[], i: number): boolean {
  return TAKES_ARGV.test(lines[i]!.scope) || enclosingOpeners(lines, i, 150).some((l) => TAKES_ARGV.test(l.code));
}
