import { Minimatch } from 'minimatch';

/**
 * Ordered glob list with gitignore-like semantics: the last pattern that matches decides, and a
 * leading `!` re-includes. Each pattern is parsed into a Minimatch matcher once, not per path.
 */
export interface GlobList {
  readonly patterns: readonly string[];
  /** true/false when some pattern matched (positive/negated), undefined when none did. */
  decide(path: string): boolean | undefined;
  matches(path: string): boolean;
}

interface Compiled {
  negated: boolean;
  matcher: Minimatch;
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

export function compileGlobs(patterns: readonly string[]): GlobList {
  const compiled: Compiled[] = patterns.map((p) => {
    const negated = p.startsWith('!');
    const body = (negated ? p.slice(1) : p).replace(/^\.?\//, '');
    return { negated, matcher: new Minimatch(body, OPTIONS) };
  });
  const decide = (path: string): boolean | undefined => {
    for (let i = compiled.length - 1; i >= 0; i--) {
      const c = compiled[i]!;
      if (c.matcher.match(path)) return !c.negated;
    }
    return undefined;
  };
  return { patterns, decide, matches: (path) => decide(path) === true };
}
