/** First changed line per file in a unified diff (old side: the file as it is now). Pure. */
export function firstChangedLines(diff: string, pathOf: (header: string) => string = (h) => h): Map<string, number> {
  const out = new Map<string, number>();
  let file: string | undefined;
  let line = 0;
  let inHunk = false;
  for (const l of diff.split('\n')) {
    if (l.startsWith('--- ')) {
      file = pathOf(l.slice(4).split('\t')[0]!.trim().replace(/^a\//, ''));
      inHunk = false;
      continue;
    }
    if (l.startsWith('+++ ')) continue;
    const hunk = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/.exec(l);
    if (hunk) {
      line = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk || file === undefined || out.has(file)) continue;
    if (l.startsWith('-') || l.startsWith('+')) out.set(file, Math.max(1, line));
    else if (l.startsWith(' ')) line++;
  }
  return out;
}

/** First line where two versions of a text differ (1-based), or undefined when equal. */
export function firstDifferingLine(before: string, after: string): number | undefined {
  if (before === after) return undefined;
  const a = before.split('\n');
  const b = after.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i + 1;
  return a.length;
}
