/**
 * The parts of a repository's formatter config that change how the tool must be run when files are
 * named explicitly: Black's excludes (it ignores them for named files unless given --force-exclude),
 * rustfmt's edition (rustfmt alone assumes 2015; cargo fmt passes Cargo.toml's), and
 * .clang-format-ignore (read by clang-format 18+ only, so read here for every version). Pure.
 */

/** What the runner passes to a tool besides the files. */
export interface ToolConfig {
  /** Black: one regex for --force-exclude (its exclude or default, extend-exclude and force-exclude). */
  forceExclude?: string;
  /** rustfmt: --edition, from Cargo.toml when rustfmt.toml sets none. */
  edition?: string;
}

/** Black's default `exclude` (black 23–25). */
export const BLACK_DEFAULT_EXCLUDE =
  '/(\\.direnv|\\.eggs|\\.git|\\.hg|\\.ipynb_checkpoints|\\.mypy_cache|\\.nox|\\.pytest_cache|\\.ruff_cache|\\.tox|\\.svn|\\.venv|\\.vscode|__pypackages__|_build|buck-out|build|dist|venv)/';

const unescapeBasic = (s: string): string =>
  s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/gs, (_, e: string) => {
    if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\' } as Record<string, string>)[e] ?? e;
  });

/** String values of `key = "…"` (any TOML string form) in one [table] of a TOML text. */
export function tomlStrings(text: string, table: string): Map<string, string> {
  const out = new Map<string, string>();
  const header = new RegExp(`^\\s*\\[${table.replace(/\./g, '\\.')}\\]\\s*(?:#.*)?$`, 'm').exec(text);
  if (!header) return out;
  const body = text.slice(header.index + header[0].length);
  const end = /^\s*\[/m.exec(body);
  const section = end ? body.slice(0, end.index) : body;
  const value = /^\s*["']?([\w.-]+)["']?\s*=\s*("""([\s\S]*?)"""|'''([\s\S]*?)'''|"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)')/gm;
  for (const m of section.matchAll(value)) {
    const [, key, , mlBasic, mlLiteral, basic, literal] = m;
    const s =
      mlBasic !== undefined
        ? unescapeBasic(mlBasic.replace(/^\r?\n/, '').replace(/\\\r?\n\s*/g, ''))
        : mlLiteral !== undefined
          ? mlLiteral.replace(/^\r?\n/, '')
          : basic !== undefined
            ? unescapeBasic(basic)
            : literal!;
    out.set(key!, s);
  }
  return out;
}

/**
 * One --force-exclude regex with Black's own meaning of the project's excludes. A regex with a line
 * break is verbose (Black adds `(?x)`), so when any part is, all are joined in verbose mode, with the
 * spaces of the others escaped.
 */
export function blackForceExclude(pyproject: string | undefined): string {
  const cfg = tomlStrings(pyproject ?? '', 'tool.black');
  const parts = [cfg.get('exclude') ?? BLACK_DEFAULT_EXCLUDE, cfg.get('extend-exclude'), cfg.get('force-exclude')]
    .filter((p): p is string => !!p && !!p.trim())
    .map((p) => p.replace(/^\(\?x\)/, ''));
  if (!parts.some((p) => p.includes('\n'))) return parts.map((p) => `(?:${p})`).join('|');
  return `(?x)${parts.map((p) => `(?:${p.includes('\n') ? p : p.replace(/([ #])/g, '\\$1')}\n)`).join('|')}`;
}

/** rustfmt's --edition: none when rustfmt.toml sets one, else Cargo.toml's package (or workspace) edition. */
export function rustEdition(rustfmtToml: string | undefined, cargoToml: string | undefined): string | undefined {
  if (rustfmtToml && /^\s*edition\s*=/m.test(rustfmtToml)) return undefined;
  if (!cargoToml) return undefined;
  return tomlStrings(cargoToml, 'package').get('edition') ?? tomlStrings(cargoToml, 'workspace.package').get('edition');
}

/** A .clang-format-ignore pattern as a regex: `*` and `?` stay within a folder, `**` crosses folders. */
function ignorePattern(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\' && i + 1 < pattern.length) re += `\\${pattern[++i]}`;
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        re += `[${pattern
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|/\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's');
}

/**
 * clang-format's rule: only the nearest .clang-format-ignore counts; its patterns are relative to its
 * folder; a file is ignored when a pattern matches it, or a `!pattern` does not. Absolute patterns
 * (leading `/`) name places outside the repository here and never match.
 */
export function clangFormatIgnored(path: string, nearest: { dir: string; text: string } | undefined): boolean {
  if (!nearest) return false;
  for (const raw of nearest.text.split(/\r?\n/)) {
    let line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (negated) line = line.slice(1).trimStart();
    if (!line || line.startsWith('/')) continue;
    const full = nearest.dir ? `${nearest.dir}/${line}` : line;
    if (ignorePattern(full).test(path) !== negated) return true;
  }
  return false;
}
