/** Unformatted files from a formatter's output: unified diffs, listed names, rustfmt's "Diff in". Pure. */
import type { Findings, ToolOutput } from './registry.ts';
import { askedFile, withoutColour } from './tool-errors.ts';
import { firstChangedLines } from './unified-diff.ts';

/** Findings from a unified diff, keeping only files that were asked about. */
export function fromDiff(diff: string, files: readonly string[], strip: (p: string) => string = (p) => p): Findings {
  const found: Findings = new Map();
  for (const [path, line] of firstChangedLines(diff, strip)) {
    const rel = askedFile(files, path) ?? (path.startsWith('a/') ? askedFile(files, path.slice(2)) : undefined);
    if (rel) found.set(rel, line);
  }
  return found;
}

/**
 * Findings from output lines that name files (prettier's "[warn] file", gofmt -l, biome's "file format").
 * Matched per asked file rather than per line, so a file name with a newline in it is still found.
 */
export function fromListed(text: string, files: readonly string[], line: (file: string) => string[]): Findings {
  const padded = `\n${text.replace(/\r\n/g, '\n')}\n`;
  const found: Findings = new Map();
  for (const f of files)
    if (line(withoutColour(f.replace(/\r\n/g, '\n'))).some((l) => padded.includes(`\n${l}`))) found.set(f, undefined);
  return found;
}

/** rustfmt --check: "Diff in FILE:N:" starts a hunk whose context lines come before the first change. */
export function fromRustfmt(out: ToolOutput, files: readonly string[]): Findings {
  const found: Findings = new Map();
  const blocks = out.stdout.split(/^Diff in /m).slice(1);
  for (const b of blocks) {
    const m = /^(.+?)(?: at line |:)(\d+):?\n/.exec(b);
    const rel = m && askedFile(files, m[1]!);
    if (!rel || found.has(rel)) continue;
    const body = b.slice(m[0].length).split('\n');
    const context = body.findIndex((l) => l.startsWith('-') || l.startsWith('+'));
    found.set(rel, Number(m[2]) + Math.max(0, context));
  }
  return found;
}
