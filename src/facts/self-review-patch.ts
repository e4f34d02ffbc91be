/** Added lines from unified diffs: one file's `patch` (files API) or a whole `git diff` (checkout). Pure. */
import type { AddedFile } from '../checks/self-review-scan.ts';

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@ ?(.*)$/;

/** The added lines of one file's patch (and its context lines, marked), numbered as in the new file. */
export function addedLinesOfPatch(patch: string): AddedFile['lines'] {
  const out: AddedFile['lines'] = [];
  let next = 0;
  let scope = '';
  for (const line of patch.split('\n')) {
    const h = HUNK.exec(line);
    if (h) [next, scope] = [Number(h[1]), h[2]!];
    else if (line.startsWith('+')) out.push({ line: next++, text: line.slice(1).replace(/\r$/, ''), scope });
    else if (line.startsWith(' '))
      out.push({ line: next++, text: line.slice(1).replace(/\r$/, ''), context: true, scope });
  }
  return out;
}

/** The lines one file's patch removes (to tell a moved or re-formatted line from a new one). */
export function removedLinesOfPatch(patch: string): string[] {
  return patch
    .split('\n')
    .filter((l) => l.startsWith('-'))
    .map((l) => l.slice(1).replace(/\r$/, ''));
}

/** Unquotes a path git printed in C-style quotes ("a\tb"); core.quotepath=off keeps UTF-8 as is. */
function gitPath(s: string): string {
  if (!s.startsWith('"')) return s;
  try {
    return JSON.parse(s.replace(/\\([0-7]{3})/g, (_, o: string) => `\\u00${parseInt(o, 8).toString(16)}`)) as string;
  } catch {
    return s.slice(1, -1);
  }
}

/**
 * Files and their added lines (with context lines, marked) and removed lines from `git diff` output
 * (prefixes a/ b/ also handled). Binary files add nothing; a file that only loses lines (or is deleted)
 * is kept with no added lines, for its removed ones.
 */
export function addedLinesOfGitDiff(diff: string): AddedFile[] {
  const files: AddedFile[] = [];
  let current: AddedFile | undefined;
  let next = 0;
  let scope = '';
  let inHunk = false;
  let before = '';
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = undefined;
      inHunk = false;
    } else if (!inHunk && line.startsWith('--- ')) {
      before = line.slice(4);
    } else if (!inHunk && line.startsWith('+++ ')) {
      const p = line.slice(4) === '/dev/null' ? before : line.slice(4);
      const path = gitPath(p.replace(/\t$/, ''));
      current = { path: /^[ab]\//.test(path) ? path.slice(2) : path, lines: [] };
      files.push(current);
    } else if (line.startsWith('@@')) {
      const h = HUNK.exec(line);
      if (h) [next, scope] = [Number(h[1]), h[2]!];
      inHunk = true;
    } else if (inHunk && current && line.startsWith('+')) {
      current.lines.push({ line: next++, text: line.slice(1).replace(/\r$/, ''), scope });
    } else if (inHunk && current && line.startsWith('-')) {
      (current.removed ??= []).push(line.slice(1).replace(/\r$/, ''));
    } else if (inHunk && current && line.startsWith(' ')) {
      current.lines.push({ line: next++, text: line.slice(1).replace(/\r$/, ''), context: true, scope });
    }
  }
  return files.filter((f) => f.lines.some((l) => !l.context) || f.removed?.length);
}
