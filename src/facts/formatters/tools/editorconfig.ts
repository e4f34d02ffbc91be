/**
 * EditorConfig's whitespace rules, checked in-process (no tool): final newline, trailing whitespace,
 * indent style, end of line, charset. Pure: the .editorconfig texts along a path are passed in.
 */
import { minimatch } from 'minimatch';

export interface EditorConfigFile {
  /** Folder of the .editorconfig, relative to the repository root ('' for the root). */
  dir: string;
  text: string;
}

interface Section {
  glob: string;
  props: Record<string, string>;
}

export function parseEditorConfig(text: string): { root: boolean; sections: Section[] } {
  let root = false;
  const sections: Section[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      sections.push({ glob: header[1]!, props: {} });
      continue;
    }
    const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line);
    if (!kv) continue;
    const key = kv[1]!.toLowerCase();
    const value = kv[2]!.replace(/\s+[#;].*$/, '').toLowerCase();
    if (sections.length) sections.at(-1)!.props[key] = value;
    else if (key === 'root') root = value === 'true';
  }
  return { root, sections };
}

function sectionMatches(glob: string, dir: string, path: string): boolean {
  const rel = dir ? (path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : undefined) : path;
  if (rel === undefined) return false;
  const pattern = glob.includes('/') ? glob.replace(/^\//, '') : `**/${glob}`;
  return minimatch(rel, pattern, { dot: true });
}

/** The properties that apply to `path`, given the .editorconfig files from the root down to its folder. */
export function editorConfigFor(path: string, files: readonly EditorConfigFile[]): Record<string, string> {
  const ordered = [...files].sort((a, b) => a.dir.length - b.dir.length);
  const parsed = ordered.map((f) => ({ ...f, ...parseEditorConfig(f.text) }));
  const lastRoot = parsed.map((p) => p.root).lastIndexOf(true);
  const props: Record<string, string> = {};
  for (const f of parsed.slice(Math.max(0, lastRoot)))
    for (const s of f.sections) if (sectionMatches(s.glob, f.dir, path)) Object.assign(props, s.props);
  return props;
}

export interface EditorConfigViolation {
  line: number;
  rule: string;
  message: string;
}

/** The first violation of each rule in a file's content (binary files are skipped by the caller). */
export function checkEditorConfig(content: Buffer, props: Record<string, string>): EditorConfigViolation[] {
  const out: EditorConfigViolation[] = [];
  const charset = props.charset;
  const hasBom = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf;
  if (charset === 'utf-8' || charset === 'utf-8-bom') {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      out.push({ line: 1, rule: 'charset', message: `not valid UTF-8 (charset = ${charset})` });
    }
    if (charset === 'utf-8' && hasBom)
      out.push({ line: 1, rule: 'charset', message: 'starts with a byte order mark (charset = utf-8)' });
    if (charset === 'utf-8-bom' && !hasBom)
      out.push({ line: 1, rule: 'charset', message: 'has no byte order mark (charset = utf-8-bom)' });
  }
  const text = content.toString('utf8');
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const firstLine = (test: (l: string, i: number) => boolean): number => lines.findIndex(test) + 1;

  if (props.insert_final_newline === 'true' && text.length > 0 && !text.endsWith('\n'))
    out.push({
      line: Math.max(1, lines.length),
      rule: 'insert_final_newline',
      message: 'no newline at the end of the file',
    });
  if (props.trim_trailing_whitespace === 'true') {
    const n = firstLine((l) => /[ \t]+\r?$/.test(l));
    if (n) out.push({ line: n, rule: 'trim_trailing_whitespace', message: 'trailing whitespace' });
  }
  if (props.end_of_line === 'lf') {
    const n = firstLine((l) => l.endsWith('\r'));
    if (n) out.push({ line: n, rule: 'end_of_line', message: 'CRLF line ending (end_of_line = lf)' });
  } else if (props.end_of_line === 'crlf') {
    const n = firstLine((l, i) => !l.endsWith('\r') && (i < lines.length - 1 || text.endsWith('\n')));
    if (n) out.push({ line: n, rule: 'end_of_line', message: 'LF line ending (end_of_line = crlf)' });
  }
  const width = Number(props.indent_size === 'tab' ? props.tab_width : (props.indent_size ?? props.tab_width)) || 4;
  if (props.indent_style === 'space') {
    const n = firstLine((l) => /^ *\t/.test(l));
    if (n) out.push({ line: n, rule: 'indent_style', message: 'indented with a tab (indent_style = space)' });
  } else if (props.indent_style === 'tab') {
    const n = firstLine((l) => new RegExp(`^ {${width},}\\S`).test(l));
    if (n) out.push({ line: n, rule: 'indent_style', message: `indented with spaces (indent_style = tab)` });
  }
  return out.sort((a, b) => a.line - b.line);
}
