/**
 * Files a formatter could not read (a syntax error, an unsupported encoding), from its output: each is
 * its own error with the file, the line when the tool names one, and the tool's message, so one broken
 * file never hides the others' results. Pure; the formats are those of the versions in the README.
 */
import type { ToolOutput } from './registry.ts';

export interface FileError {
  path: string;
  line?: number;
  message: string;
}

/** Tools colour their output when FORCE_COLOR is set (as CI often does); parsers read it without colour, and match names the same way. */
// eslint-disable-next-line no-control-regex -- matching the ESC of colour and charset codes is the point
export const withoutColour = (s: string): string => s.replace(/\x1b(?:\[[0-9;]*m|\([A-Z0-9])/g, '');

/** The asked file a tool's output names (tools may print an absolute path, or one with `./`). */
export const askedFile = (files: readonly string[], named: string): string | undefined =>
  files.find((raw) => {
    const f = withoutColour(raw);
    return named === f || named === `./${f}` || named.endsWith(`/${f}`);
  });

function collect(text: string, re: RegExp, files: readonly string[], pick: (m: RegExpMatchArray) => FileError) {
  const out: FileError[] = [];
  for (const m of text.matchAll(re)) {
    const e = pick(m);
    const path = askedFile(files, e.path);
    if (path && !out.some((o) => o.path === path)) out.push({ ...e, path });
  }
  return out;
}

const num = (s: string | undefined): { line?: number } => (s ? { line: Number(s) } : {});

/** black: `error: cannot format app/x.py: Cannot parse: 2:6: def f(:` */
export const blackErrors = (out: ToolOutput, files: readonly string[]): FileError[] =>
  collect(out.stderr, /^error: cannot format (.+?): (.*)$/gm, files, (m) => ({
    path: m[1]!,
    ...num(/(?:^|: )(\d+):\d+:/.exec(m[2]!)?.[1]),
    message: m[2]!,
  }));

/** ruff: `error: Failed to parse app/x.py:2:7: Expected ')', found ':'` */
export const ruffErrors = (out: ToolOutput, files: readonly string[]): FileError[] =>
  collect(`${out.stderr}\n${out.stdout}`, /^error: Failed to parse (.+?):(\d+):\d+: (.*)$/gm, files, (m) => ({
    path: m[1]!,
    line: Number(m[2]),
    message: m[3]!,
  }));

/** prettier: `[error] src/x.ts: SyntaxError: Unexpected token (1:18)` */
export const prettierErrors = (out: ToolOutput, files: readonly string[]): FileError[] =>
  collect(`${out.stderr}\n${out.stdout}`, /^\[error\] (.+?): (\w*Error: .*?)(?: \((\d+):\d+\))?$/gm, files, (m) => ({
    path: m[1]!,
    ...num(m[3]),
    message: m[2]!,
  }));

/** gofmt: `broken.go:3:12: expected ')', found '{'` */
export const gofmtErrors = (out: ToolOutput, files: readonly string[]): FileError[] =>
  collect(out.stderr, /^(.+?):(\d+):\d+: (.*)$/gm, files, (m) => ({
    path: m[1]!,
    line: Number(m[2]),
    message: m[3]!,
  }));

/** rustfmt: `error: this file contains an unclosed delimiter` then ` --> /abs/src/x.rs:2:8` */
export const rustfmtErrors = (out: ToolOutput, files: readonly string[]): FileError[] =>
  collect(out.stderr, /^error(?:\[\w+\])?: (.*)\n\s*--> (.+?):(\d+):\d+$/gm, files, (m) => ({
    path: m[2]!,
    line: Number(m[3]),
    message: m[1]!,
  }));

/** biome: `src/x.js:1:18 parse ━━━` then, a line or two later, `× Expected an expression…` */
export const biomeErrors = (out: ToolOutput, files: readonly string[]): FileError[] =>
  collect(`${out.stderr}\n${out.stdout}`, /^(.+?):(\d+):\d+ parse\b.*\n(?:\s*\n)*\s*[×✖!] (.*)$/gm, files, (m) => ({
    path: m[1]!,
    line: Number(m[2]),
    message: m[3]!.trim(),
  }));

/** clang-format: `error: encoding with unsupported byte order mark "UTF-16 (LE)" detected in file 'x.c'.` */
export const clangFormatErrors = (out: ToolOutput, files: readonly string[]): FileError[] =>
  collect(out.stderr, /^error: (.*) in file '(.+)'\.?$/gm, files, (m) => ({ path: m[2]!, message: m[1]! }));
