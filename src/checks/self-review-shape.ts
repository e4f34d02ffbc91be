/**
 * The shape of a JS console call's arguments (round 5 of issue #17): a leftover prints values, a label with
 * values, or a word that is no message ('here', 'called'); a message for a person is a sentence. Also the
 * error an error handler received, logged alone. Pure.
 */
import { linesAbove, linesBelow } from './self-review-hunk.ts';
import { MESSAGE } from './self-review-intent.ts';
import type { ViewLine } from './self-review-rules.ts';

/** How many lines after the call's own are read for its arguments. */
const MAX_LINES = 8;

/** The call's text after `call` (e.g. `console.log(`), joined with the next consecutive lines of the hunk. */
function callText(lines: readonly ViewLine[], i: number, call: string): string {
  const own = lines[i]!.raw.slice(lines[i]!.code.indexOf(call) + call.length);
  return [own, ...linesBelow(lines, i, MAX_LINES).map((l) => l.raw)].join('\n');
}

/**
 * The top-level arguments of a call whose `(` was just read, up to its closing `)`, each trimmed; empty
 * ones (`f()`, a trailing comma) dropped. Undefined when the call does not close in the text.
 */
export function splitArguments(text: string): string[] | undefined {
  const args: string[] = [];
  const holes: number[] = [];
  let depth = 0;
  let start = 0;
  let quote = '';
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if (quote) {
      if (c === '\\') k++;
      else if (quote === '`' && c === '$' && text[k + 1] === '{') {
        holes.push(depth++);
        quote = '';
        k++;
      } else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === '}' && holes.at(-1) === depth - 1) {
      holes.pop();
      depth--;
      quote = '`';
    } else if (c === ')' || c === ']' || c === '}') {
      if (depth-- > 0) continue;
      args.push(text.slice(start, k));
      return args.map((a) => a.trim()).filter(Boolean);
    } else if (c === ',' && depth === 0) {
      args.push(text.slice(start, k));
      start = k + 1;
    }
  }
  return undefined;
}

const LITERAL = /(['"])((?:\\.|(?!\1)[^\\])*)\1|`((?:\\.|[^\\`])*)`/g;

/** One string, then only values added to it: a label with a value (`'total is ' + total`), no sentence. */
const LABEL_PLUS_VALUES = /^(['"])(?:\\.|(?!\1)[^\\])*\1\s*\+[^'"`]*$/;

/**
 * The written text of a string, template or concatenation with strings (holes and values left out); not
 * of a label with values added.
 */
export function writtenText(arg: string): string | undefined {
  if (!/^['"`]|\+\s*['"`]/.test(arg) || LABEL_PLUS_VALUES.test(arg)) return undefined;
  const texts = [...arg.matchAll(LITERAL)].map((m) => (m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}?/g, ' '));
  return texts.length ? texts.join(' ') : undefined;
}

/** Words of a written text: whitespace-separated tokens with a letter (`${x}` holes and `\n` do not count). */
const words = (text: string): number =>
  text
    .replace(/\\[ntr]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[A-Za-z]/.test(w)).length;

/** A sentence has at least this many words; 'here', 'checkout called', 'closing socket' are no sentence. */
const SENTENCE_WORDS = 3;

/** The arguments of the console call on line `i`, or undefined when they do not close within the lines read. */
export const consoleArguments = (lines: readonly ViewLine[], i: number, call: string): string[] | undefined =>
  splitArguments(callText(lines, i, call));

/**
 * A message written for a person: one string, template or concatenation of a sentence (three words or more),
 * or a first string that is formatted or capitalised (see MESSAGE in self-review-intent.ts), or such a string
 * after a label (`'sync: ', 'Not allowed', data`).
 */
export function writtenForAPerson(lines: readonly ViewLine[], i: number, call: string): boolean {
  const args = consoleArguments(lines, i, call);
  if (args?.[0] !== undefined && STYLED.test(args[0])) return true;
  const lone = args?.length === 1 ? writtenText(args[0]!) : undefined;
  if (lone !== undefined && words(lone) >= SENTENCE_WORDS) return true;
  if (args?.length === 1 && composedMessage(lines, i, args[0]!.trim())) return true;
  if (args?.slice(1).some(readsAsMessage)) return true;
  let rest = lines[i]!.raw.slice(lines[i]!.code.indexOf(call) + call.length);
  const next = lines[i + 1];
  if (rest.trim() === '' && next && next.line === lines[i]!.line + 1) rest = next.raw;
  const first = /^\s*(['"`])(.*?)(\1|$)/.exec(rest);
  return !!first && MESSAGE.test(first[2]!);
}

/**
 * Styled for a terminal reader (round 13): a first argument that calls a colour library (`chalk.bold(`,
 * `pc.dim(`, `kleur.red(`, `colors.green(`) or Node's `styleText(`.
 */
const STYLED =
  /^(?:(?:chalk|picocolors|pc|kleur|colors|colorette|ansis)(?:\.[a-zA-Z]+)+|chalk|(?:util\.)?styleText)\s*\(/;

/** A string argument after the first that reads as a message (`'Not allowed'`, `'Invalid row given. Use …'`). */
const readsAsMessage = (arg: string): boolean => {
  const text = writtenText(arg);
  return text !== undefined && MESSAGE.test(text);
};

/** `name` was set just above (<= 12 lines) to a string or template that reads as a message (`const message = \`Payout of …\``). */
function composedMessage(lines: readonly ViewLine[], i: number, name: string): boolean {
  if (!/^[\w$]+$/.test(name)) return false;
  const set = new RegExp(`\\b(?:const|let|var)\\s+${name.replace(/\$/g, '\\$')}\\s*=\\s*(['"\`])(.*)$`);
  for (let j = i - 1; j >= Math.max(0, i - 12); j--) {
    const m = set.exec(lines[j]!.raw);
    if (!m) continue;
    const text = m[2]!.split(m[1]!)[0]!;
    return MESSAGE.test(text) || words(text.replace(/\$\{[^}]*\}?/g, ' ')) >= SENTENCE_WORDS;
  }
  return false;
}

/** A value named for an error: `err`, `error`, `e`, `ex`, `exception`, `reason`, `x.error`, or a part of one (`err.response`). */
const ERROR_NAME = /^(?:e|err|error|ex|exc|exception|reason)$/i;
/** A handler for errors: a catch, or a line that speaks of an error, a failure or a rejection (event names too). */
const ERROR_HANDLER = /catch|err|fail|reject/i;

/** A label that speaks of the failure it reports ('Error:', 'Task failed', 'Reason:', 'sync crashed'). */
const FAILURE_LABEL = /\b(?:error|err|fail\w*|reason|reject\w*|exception|crash\w*)\b/i;

/**
 * The error an error handler just above (within 8 lines, or the hunk's function) received, logged alone
 * (`console.log(error)`, `console.log(data.error)`, `console.log(error.response)`) or after a label
 * (`console.log('Why:', err)`; a label that speaks of the failure needs no handler: `'Task failed', err`): what the handler was given is worth a line in the
 * console even when it also reports or rethrows it (judged deliberate on held-out sets 7 and 8).
 */
export function logsHandledError(lines: readonly ViewLine[], i: number, call: string): boolean {
  const args = consoleArguments(lines, i, call);
  if (args && inErrorBoundary(lines, i) && args.some(namesAnError)) return true;
  const label = args?.length === 2 ? writtenText(args[0]!) : undefined;
  const value = args?.length === 1 ? args[0]! : label !== undefined ? args![1]! : '';
  const path = /^([\w$]+)((?:\??\.[\w$]+)*)$/.exec(value);
  const last = path?.[2] ? path[2].slice(path[2].lastIndexOf('.') + 1) : path?.[1];
  if (!path || !(ERROR_NAME.test(path[1]!) || ERROR_NAME.test(last!))) return false;
  if (label !== undefined && FAILURE_LABEL.test(label)) return true;
  const root = path[1]!.replace(/\$/g, '\\$');
  const param = new RegExp(`[(,]\\s*${root}\\s*(?:[:,)=]|$)|(?<![\\w$.])${root}\\s*=>`);
  const handler = (code: string, raw: string) => param.test(code) && ERROR_HANDLER.test(raw);
  if (linesAbove(lines, i, 8).some((l) => handler(l.code, l.raw))) return true;
  return handler(lines[i]!.scope, lines[i]!.scope);
}

/** A React error boundary: `function ErrorBoundary`, `const ErrorBoundary =`, `componentDidCatch(`. */
const BOUNDARY = /\bfunction\s+ErrorBoundary\b|\bErrorBoundary\s*=|\bcomponentDidCatch\s*\(/;

/** The line is inside a React error boundary: its hunk's function, or a line up to 8 above in the hunk. */
function inErrorBoundary(lines: readonly ViewLine[], i: number): boolean {
  return BOUNDARY.test(lines[i]!.scope) || linesAbove(lines, i, 8).some((l) => BOUNDARY.test(l.code));
}

/** An argument whose value is an error-named identifier (`error`, `{ pageError: error }`), not only a key. */
const namesAnError = (arg: string): boolean =>
  [...arg.matchAll(/(?<![\w$.'"`])([\w$]+)(?!\s*:)/g)].some((m) => ERROR_NAME.test(m[1]!));
