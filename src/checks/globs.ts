import { Minimatch } from 'minimatch';

/**
 * Ordered glob lists with gitignore-like semantics: in each list the last pattern that matches
 * decides, and a leading `!` re-includes. Each pattern is parsed into a Minimatch matcher once.
 *
 * Most patterns name literal segments (`src/**` needs a `src` segment). One index over every
 * pattern of every list maps a literal segment to the pattern alternatives that need it, so a path
 * is split and looked up once, however many lists ask about it, and only patterns whose literals are
 * all present run their matcher. minimatch 11 matches without regular expressions (hostile
 * patterns, e.g. from a PR's .gitattributes, can't backtrack), and we keep it that way.
 */
export interface GlobList {
  readonly patterns: readonly string[];
  /** true/false when some pattern matched (positive/negated), undefined when none did. */
  decide(path: string): boolean | undefined;
  matches(path: string): boolean;
}

export interface GlobLists {
  /** One answer per list, as GlobList.decide. The array is reused by the next call. */
  decide(path: string): readonly (boolean | undefined)[];
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
const literalRows = (m: Minimatch): string[][] =>
  m.set.map((row) => [
    ...new Set(
      row.filter((part): part is string => typeof part === 'string' && part !== '' && part !== '.' && part !== '..'),
    ),
  ]);

const MAGIC = '*?[]{}()!+@\\';
const LITERAL = `[^${MAGIC.replace(/[\]\\]/g, '\\$&')}/]+`;
const PREFIX_ALL = new RegExp(`^((?:${LITERAL}/)+)\\*\\*$`); // docs/** , packages/api/**
const PREFIX_EXT = new RegExp(`^((?:${LITERAL}/)*)\\*\\*/\\*(${LITERAL})$`); // **/*.md , src/**/*.test.ts
const ROOT_EXT = new RegExp(`^\\*(${LITERAL})$`); // *.md
const EXACT = new RegExp(`^${LITERAL}(?:/${LITERAL})*$`); // README.md , docs/api/index.md
/** Paths the shortcuts don't cover (minimatch never matches `.`/`..` segments, and empty segments are odd): */
const UNUSUAL_PATH = /(?:^|\/)\.{1,2}(?:\/|$)|\/\/|^\/|\/$/;

/**
 * A string test equivalent to minimatch (with OPTIONS) for the commonest shapes of pattern, on
 * usual paths; undefined for any other shape. test/unit/globs-fast.test.ts checks the equivalence.
 */
export function fastMatcher(pattern: string): ((path: string) => boolean) | undefined {
  let m: RegExpExecArray | null;
  if ((m = PREFIX_ALL.exec(pattern))) {
    const prefix = m[1]!;
    return (p) => p.startsWith(prefix);
  }
  if ((m = PREFIX_EXT.exec(pattern))) {
    const prefix = m[1]!;
    const suffix = m[2]!;
    return (p) =>
      p.startsWith(prefix) &&
      p.endsWith(suffix) &&
      p.length - p.lastIndexOf('/') - 1 >= suffix.length &&
      p.length > prefix.length;
  }
  if ((m = ROOT_EXT.exec(pattern))) {
    const suffix = m[1]!;
    return (p) => p.endsWith(suffix) && !p.includes('/');
  }
  if (EXACT.test(pattern)) return (p) => p === pattern;
  return undefined;
}

interface IndexEntry {
  pattern: number;
  /** The alternative's other literal segments, checked against the path's segments. */
  rest: string[];
}

/** Every pattern of every list, flattened and compiled once. */
interface CompiledPatterns {
  negated: boolean[];
  matchers: Minimatch[];
  fast: (((path: string) => boolean) | undefined)[];
  /** Patterns with an alternative that has no literal segment: always run the matcher. */
  always: boolean[];
  /** Flat pattern numbers of each list, in order. */
  members: number[][];
  /** The literal segments of each alternative of the patterns not in `always`. */
  alternatives: { pattern: number; literals: string[] }[];
}

function compilePatterns(lists: readonly (readonly string[])[]): CompiledPatterns {
  const c: CompiledPatterns = { negated: [], matchers: [], fast: [], always: [], members: [], alternatives: [] };
  lists.forEach((list) => {
    const member: number[] = [];
    for (const p of list) {
      const i = c.matchers.length;
      const neg = p.startsWith('!');
      const body = (neg ? p.slice(1) : p).replace(/^\.?\//, '');
      const matcher = new Minimatch(body, OPTIONS);
      c.fast.push(fastMatcher(body));
      c.negated.push(neg);
      c.matchers.push(matcher);
      member.push(i);
      const rows = literalRows(matcher);
      c.always.push(rows.some((r) => r.length === 0));
      if (!c.always[i]) for (const literals of rows) c.alternatives.push({ pattern: i, literals });
    }
    c.members.push(member);
  });
  return c;
}

/**
 * Each alternative keyed by its rarest literal (fewest alternatives need it), so a common
 * segment such as `src` or `packages` doesn't make every path check every pattern.
 */
function indexByRarestLiteral(alternatives: CompiledPatterns['alternatives']): Map<string, IndexEntry[]> {
  const uses = new Map<string, number>();
  for (const { literals } of alternatives) for (const lit of literals) uses.set(lit, (uses.get(lit) ?? 0) + 1);
  const index = new Map<string, IndexEntry[]>();
  for (const { pattern, literals } of alternatives) {
    const key = literals.reduce((a, b) => (uses.get(b)! < uses.get(a)! ? b : a));
    index.set(key, [...(index.get(key) ?? []), { pattern, rest: literals.filter((x) => x !== key) }]);
  }
  return index;
}

export function compileGlobLists(lists: readonly (readonly string[])[]): GlobLists {
  const { negated, matchers, fast, always, members, alternatives } = compilePatterns(lists);
  const index = indexByRarestLiteral(alternatives);
  // Scratch buffers reused by every call (decide is synchronous, so calls never interleave).
  const candidate = new Uint8Array(matchers.length);
  const answers: (boolean | undefined)[] = lists.map(() => undefined);

  /** Marks the patterns worth matching against this path: the always-run ones and the index's hits. */
  const markCandidates = (path: string): void => {
    for (let i = 0; i < always.length; i++) candidate[i] = always[i] ? 1 : 0;
    if (!index.size) return;
    const segments = path.split('/');
    for (let s = 0; s < segments.length; s++) {
      const entries = index.get(segments[s]!);
      if (!entries || segments.indexOf(segments[s]!) !== s) continue;
      for (const e of entries)
        if (!candidate[e.pattern] && e.rest.every((lit) => segments.includes(lit))) candidate[e.pattern] = 1;
    }
  };

  const decide = (path: string): readonly (boolean | undefined)[] => {
    const usual = !UNUSUAL_PATH.test(path);
    const match = (i: number): boolean => {
      const f = fast[i];
      return f && usual ? f(path) : matchers[i]!.match(path);
    };
    markCandidates(path);
    for (let l = 0; l < members.length; l++) {
      const list = members[l]!;
      answers[l] = undefined;
      for (let k = list.length - 1; k >= 0; k--) {
        const i = list[k]!;
        if (candidate[i] && match(i)) {
          answers[l] = !negated[i];
          break;
        }
      }
    }
    return answers;
  };
  return { decide };
}

export function compileGlobs(patterns: readonly string[]): GlobList {
  const lists = compileGlobLists([patterns]);
  const decide = (path: string): boolean | undefined => lists.decide(path)[0];
  return { patterns, decide, matches: (path) => decide(path) === true };
}
