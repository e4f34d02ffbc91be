/** Walking the lines next to one added line within its hunk (consecutive line numbers only). Pure. */
import type { ViewLine } from './self-review-rules.ts';

/** Lines of the same hunk above line `i`, nearest first, at most `n`. */
export function linesAbove(lines: readonly ViewLine[], i: number, n: number): ViewLine[] {
  const out: ViewLine[] = [];
  for (let k = i - 1; k >= 0 && k >= i - n && lines[k]!.line === lines[i]!.line - (i - k); k--) out.push(lines[k]!);
  return out;
}

/** Lines of the same hunk below line `i`, nearest first, at most `n`. */
export function linesBelow(lines: readonly ViewLine[], i: number, n: number): ViewLine[] {
  const out: ViewLine[] = [];
  for (let k = i + 1; k < lines.length && k <= i + n && lines[k]!.line === lines[i]!.line + (k - i); k++)
    out.push(lines[k]!);
  return out;
}

/** Lines of the same hunk within `n` above or below line `i`, the ones above first. */
export const linesAround = (lines: readonly ViewLine[], i: number, n: number): ViewLine[] => [
  ...linesAbove(lines, i, n),
  ...linesBelow(lines, i, n),
];

const indent = (l: ViewLine): number => /^\s*/.exec(l.raw)![0].length;

/**
 * The lines opening the blocks around line `i` within its hunk, nearest first: each a non-blank line less
 * indented than the one before it, reading at most `n` lines up.
 */
export function enclosingOpeners(lines: readonly ViewLine[], i: number, n: number): ViewLine[] {
  const out: ViewLine[] = [];
  let depth = indent(lines[i]!);
  for (const l of linesAbove(lines, i, n)) {
    if (depth === 0) break;
    if (l.raw.trim() === '' || indent(l) >= depth) continue;
    out.push(l);
    depth = indent(l);
  }
  return out;
}
