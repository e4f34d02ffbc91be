/**
 * Output in an added line that is not new: moved or re-formatted, in built, vendored or copied code, or in
 * a script package.json runs. Copied: a line with its neighbours from a file of the same name elsewhere in
 * the base tree (a module copied or converted into a new folder; round 9 of issue #17, held-out set 12). Pure.
 */
import { linesAbove, linesBelow } from './self-review-hunk.ts';
import { longWholeFile } from './self-review-intent.ts';
import { inScriptFolder } from './self-review-package.ts';
import type { ChangeContext, ViewLine } from './self-review-rules.ts';
import { MINIFIED_LINE, statementKey } from './self-review-signals.ts';

/** The non-blank lines of each text, trimmed, kept per list of texts. */
const trimmed = new WeakMap<readonly string[], string[][]>();

function nonBlankLines(texts: readonly string[]): string[][] {
  let known = trimmed.get(texts);
  if (!known) {
    known = texts.map((t) =>
      t
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    );
    trimmed.set(texts, known);
  }
  return known;
}

/** The nearest non-blank line of the hunk in one direction, trimmed. */
const nearest = (near: ViewLine[]): string | undefined => near.find((l) => l.raw.trim() !== '')?.raw.trim();

/**
 * Line `i` sits between the same non-blank neighbours (above and below, within the hunk) in one of `texts`,
 * the base's files of the same name: it was copied with them, not written now.
 */
export function copiedFromNamesake(lines: readonly ViewLine[], i: number, texts?: readonly string[]): boolean {
  if (!texts?.length) return false;
  const [up, down] = [nearest(linesAbove(lines, i, 3)), nearest(linesBelow(lines, i, 3))];
  if (up === undefined || down === undefined) return false;
  const own = lines[i]!.raw.trim();
  return nonBlankLines(texts).some((t) => t.some((l, k) => l === own && k > 0 && t[k - 1] === up && t[k + 1] === down));
}

/** Output that is not new (moved or re-formatted), in built, vendored or copied code, or in a script package.json runs. */
export function notNew(lines: readonly ViewLine[], i: number, path: string, change: ChangeContext): boolean {
  const raw = lines[i]!.raw;
  if (raw.length > MINIFIED_LINE || longWholeFile(lines)) return true;
  if (copiedFromNamesake(lines, i, change.namesakes[path])) return true;
  return change.removed.has(statementKey(raw)) || inScriptFolder(path, change.scripts);
}
