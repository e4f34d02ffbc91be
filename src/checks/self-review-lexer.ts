/**
 * A small per-language lexer for self-review: splits one added line into its code (string contents and
 * comments blanked to spaces, quotes kept, same length) and its comment text. State carries over
 * consecutive added lines (block comments, template literals, triple-quoted strings). Pure.
 *
 * Ruby and PHP heredocs (`<<~SQL`, `<<-EOS`, `<<EOS`, `<<<EOT`) are strings up to their closing word (round 14 of
 * issue #17: a linter spec's `binding.pry` test input).
 *
 * Limits, on purpose: no regex literals or %q() strings; a line inside a comment or string
 * whose opening line was not added is read as code, except for two cheap guesses (a C-style line
 * starting with `*`, a Python doctest line starting with `>>>`/`...`).
 */
export type Language = 'js' | 'python' | 'ruby' | 'go' | 'rust' | 'php';

export type LexState =
  | { mode: 'code' }
  | { mode: 'block'; close: string }
  | { mode: 'string'; close: string; escapes: boolean }
  | { mode: 'heredoc'; close: string };

export const CODE: LexState = { mode: 'code' };

export interface LexedLine {
  code: string;
  comment: string;
  state: LexState;
}

const EXTENSIONS: Record<string, Language> = {
  js: 'js',
  jsx: 'js',
  mjs: 'js',
  cjs: 'js',
  ts: 'js',
  tsx: 'js',
  mts: 'js',
  cts: 'js',
  vue: 'js',
  svelte: 'js',
  py: 'python',
  pyi: 'python',
  rb: 'ruby',
  rake: 'ruby',
  go: 'go',
  rs: 'rust',
  php: 'php',
};

export function languageOf(path: string): Language | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? EXTENSIONS[name.slice(dot + 1).toLowerCase()] : undefined;
}

interface Syntax {
  /** Finds the next comment or string opener (global regex, used with lastIndex). */
  opener: RegExp;
  line: string[];
  block?: [string, string];
  /** Quote → carried over a line end (multi-line strings) or not. */
  quotes: Record<string, boolean>;
}

const C_BLOCK: [string, string] = ['/*', '*/'];
const SYNTAX: Record<Language, Syntax> = {
  js: { opener: /\/\/|\/\*|['"`]/g, line: ['//'], block: C_BLOCK, quotes: { "'": false, '"': false, '`': true } },
  go: { opener: /\/\/|\/\*|['"`]/g, line: ['//'], block: C_BLOCK, quotes: { "'": false, '"': false, '`': true } },
  rust: { opener: /\/\/|\/\*|["']/g, line: ['//'], block: C_BLOCK, quotes: { '"': true, "'": false } },
  php: { opener: /\/\/|#(?!\[)|\/\*|['"]/g, line: ['//', '#'], block: C_BLOCK, quotes: { "'": true, '"': true } },
  python: { opener: /#|"""|'''|['"]/g, line: ['#'], quotes: { '"""': true, "'''": true, "'": false, '"': false } },
  ruby: { opener: /#|['"]/g, line: ['#'], quotes: { "'": true, '"': true } },
};

/** Same length, all spaces (tabs become spaces too: only positions matter). */
const blank = (s: string): string => ' '.repeat(s.length);

/** Where a string opened by `close` ends at or after `from`, or -1. */
function stringEnd(text: string, from: number, close: string, escapes: boolean): number {
  for (let i = from; i < text.length; i++) {
    if (escapes && text[i] === '\\') i++;
    else if (text.startsWith(close, i)) return i;
  }
  return -1;
}

/** A whole-line guess for lines that continue a comment opened on a line that was not added. */
function commentContinuation(lang: Language, text: string): boolean {
  const t = text.trimStart();
  if (lang === 'python') return /^(>>>|\.\.\.)( |$)/.test(t);
  if (lang === 'ruby') return false;
  return t.startsWith('*') && !t.startsWith('*/') && !/^\*\s*[=(]/.test(t);
}

/** A heredoc opener outside strings and comments: Ruby `<<~ID`, `<<-ID`, `<<ID` (capitals), PHP `<<<ID`. */
const HEREDOC: Partial<Record<Language, RegExp>> = {
  ruby: /<<[~-](['"`]?)([A-Za-z_]\w*)\1|<<(['"`]?)([A-Z_][A-Z0-9_]*)\3/g,
  php: /<<<[ \t]*(['"]?)([A-Za-z_]\w*)\1/g,
};

/** The closing word of a heredoc opened on this line (its last opener), outside strings and comments. */
function heredocOpened(lang: Language, text: string, code: string): string | undefined {
  const re = HEREDOC[lang];
  if (!re) return undefined;
  let close: string | undefined;
  for (const m of text.matchAll(re)) if (code.startsWith('<<', m.index)) close = m[2] ?? m[4];
  return close;
}

/** The heredoc's closing line: its word alone (indented or not), or in PHP followed by `;`, `,` or `)`. */
const closesHeredoc = (text: string, close: string): boolean => new RegExp(`^\\s*${close}(?!\\w)`).test(text);

export function lexLine(lang: Language, text: string, state: LexState): LexedLine {
  const syn = SYNTAX[lang];
  if (state.mode === 'heredoc')
    return { code: blank(text), comment: '', state: closesHeredoc(text, state.close) ? CODE : state };
  if (state.mode === 'code' && commentContinuation(lang, text)) return { code: blank(text), comment: text, state };
  if (lang === 'ruby' && (state.mode === 'block' || /^=begin\b/.test(text))) {
    const next: LexState = /^=end\b/.test(text) ? CODE : { mode: 'block', close: '=end' };
    return { code: blank(text), comment: text, state: next };
  }
  let code = '';
  let comment = '';
  let i = 0;
  let st: LexState = state;
  while (i < text.length) {
    if (st.mode === 'block') {
      const end = text.indexOf(st.close, i);
      const stop = end < 0 ? text.length : end + st.close.length;
      comment += text.slice(i, stop) + ' ';
      code += blank(text.slice(i, stop));
      i = stop;
      if (end >= 0) st = CODE;
      continue;
    }
    if (st.mode === 'string') {
      const end = stringEnd(text, i, st.close, st.escapes);
      const stop = end < 0 ? text.length : end;
      code += blank(text.slice(i, stop));
      if (end >= 0) code += st.close;
      i = end < 0 ? text.length : end + st.close.length;
      if (end >= 0) st = CODE;
      continue;
    }
    syn.opener.lastIndex = i;
    const m = syn.opener.exec(text);
    if (!m) {
      code += text.slice(i);
      break;
    }
    code += text.slice(i, m.index);
    i = m.index;
    const token = m[0];
    if (syn.line.includes(token)) {
      comment += text.slice(i);
      code += blank(text.slice(i));
      break;
    }
    if (syn.block && token === syn.block[0]) {
      code += blank(token);
      i += token.length;
      st = { mode: 'block', close: syn.block[1] };
      continue;
    }
    code += token;
    i += token.length;
    if (lang === 'rust' && token === "'" && !/^'(\\.[^']{0,6}|[^'\\])'/.test(text.slice(i - 1, i + 10))) continue;
    st = { mode: 'string', close: token, escapes: !(lang === 'go' && token === '`') };
  }
  if (st.mode === 'string' && !syn.quotes[st.close]) st = CODE;
  const close = st.mode === 'code' ? heredocOpened(lang, text, code) : undefined;
  return { code, comment, state: close ? { mode: 'heredoc', close } : st };
}
