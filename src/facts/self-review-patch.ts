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
 * Files and their added lines (with context lines, marked) from `git diff` output (prefixes a/ b/
 * also handled). Binary files and removals add nothing.
 */
export function addedLinesOfGitDiff(diff: string): AddedFile[] {
  const files: AddedFile[] = [];
  let current: AddedFile | undefined;
  let next = 0;
  let scope = '';
  let inHunk = false;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = undefined;
      inHunk = false;
    } else if (!inHunk && line.startsWith('+++ ')) {
      const p = line.slice(4);
      if (p === '/dev/null') continue;
      const path = gitPath(p.replace(/\t$/, ''));
      current = { path: path.startsWith('b/') ? path.slice(2) : path, lines: [] };
      files.push(current);
    } else if (line.startsWith('@@')) {
      const h = HUNK.exec(line);
      if (h) [next, scope] = [Number(h[1]), h[2]!];
      inHunk = true;
    } else if (inHunk && current && line.startsWith('+')) {
      current.lines.push({ line: next++, text: line.slice(1).replace(/\r$/, ''), scope });
    } else if (inHunk && current && line.startsWith(' ')) {
      current.lines.push({ line: next++, text: line.slice(1).replace(/\r$/, ''), context: true, scope });
    }
  }
  return files.filter((f) => f.lines.some((l) => !l.context));
}
