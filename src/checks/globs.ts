import { Minimatch } from 'minimatch';

/**
 * Ordered glob list with gitignore-like semantics: the last pattern that matches decides, and a
 * leading `!` re-includes. Each pattern is parsed into a Minimatch matcher once, not per path.
 *
 * Most patterns name literal segments (`src/**` needs a `src` segment), so the list keeps an index
 * from literal segment to the pattern alternatives that need it. A path is split once, its segments
 * looked up, and only patterns whose literals are all present run their matcher. minimatch 11
 * matches without regular expressions (hostile patterns can't backtrack), and we keep it that way.
 */
export interface GlobList {
  readonly patterns: readonly string[];
  /** true/false when some pattern matched (positive/negated), undefined when none did. */
  decide(path: string): boolean | undefined;
  matches(path: string): boolean;
}

const OPTIONS = { dot: true, nocomment: true, nonegate: true } as const;

/** Why a pattern can't be used, or undefined when it is fine. Pure, used by input validation. */
export function globProblem(pattern: string): string | undefined {
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  if (body.trim() === '') return 'the pattern is empty';
  if (body.includes('\0')) return 'the pattern contains a NUL character';
  let square = 0;
  let curly = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') square++;
    else if (c === ']' && square > 0) square--;
    else if (c === '{') curly++;
    else if (c === '}') curly--;
    if (curly < 0) return "a '}' closes no '{'";
  }
  if (square > 0) return "a '[' is never closed";
  if (curly > 0) return "a '{' is never closed";
  return undefined;
}

/** The distinct literal segments of each brace alternative of a parsed pattern. */
const literalRows = (m: Minimatch): Set<string>[] =>
  m.set.map((row) => new Set(row.filter((part): part is string => typeof part === 'string' && part !== '' && part !== '.' && part !== '..')));

export function compileGlobs(patterns: readonly string[]): GlobList {
  const negated: boolean[] = [];
  const matchers: Minimatch[] = [];
  /** Patterns with an alternative that has no literal segment: always run the matcher. */
  const always: boolean[] = [];
  /** Per alternative with literals: its pattern and how many distinct literals it needs. */
  const rowPattern: number[] = [];
  const rowNeeds: number[] = [];
  const index = new Map<string, number[]>();

  patterns.forEach((p, i) => {
    const neg = p.startsWith('!');
    const matcher = new Minimatch((neg ? p.slice(1) : p).replace(/^\.?\//, ''), OPTIONS);
    negated.push(neg);
    matchers.push(matcher);
    const rows = literalRows(matcher);
    always.push(rows.some((r) => r.size === 0));
    if (always[i]) return;
    for (const literals of rows) {
      const row = rowPattern.length;
      rowPattern.push(i);
      rowNeeds.push(literals.size);
      for (const lit of literals) index.set(lit, [...(index.get(lit) ?? []), row]);
    }
  });

  // Scratch buffers reused by every call (decide is synchronous, so calls never interleave).
  const hits = new Uint16Array(rowPattern.length);
  const candidate = new Uint8Array(patterns.length);
  const touched: number[] = [];

  const decide = (path: string): boolean | undefined => {
    for (let i = 0; i < always.length; i++) candidate[i] = always[i] ? 1 : 0;
    if (rowPattern.length) {
      const segments = path.split('/');
      for (let s = 0; s < segments.length; s++) {
        const seg = segments[s]!;
        if (segments.indexOf(seg) !== s) continue; // count each distinct segment once
        const rows = index.get(seg);
        if (!rows) continue;
        for (const row of rows) {
          if (hits[row] === 0) touched.push(row);
          if (++hits[row]! === rowNeeds[row]) candidate[rowPattern[row]!] = 1;
        }
      }
      for (const row of touched) hits[row] = 0;
      touched.length = 0;
    }
    for (let i = matchers.length - 1; i >= 0; i--) {
      if (candidate[i] && matchers[i]!.match(path)) return !negated[i];
    }
    return undefined;
  };
  return { patterns, decide, matches: (path) => decide(path) === true };
}
