/**
 * The formatters the suite knows: which files each formats, how to run it in check mode, how to read
 * its answer, and the command a developer runs to fix a file. Pure data and parsers.
 */
import { firstChangedLines } from './unified-diff.ts';

export const FORMATTER_NAMES = [
  'prettier',
  'biome',
  'black',
  'ruff',
  'gofmt',
  'rustfmt',
  'clang-format',
  'editorconfig',
] as const;
export type FormatterName = (typeof FORMATTER_NAMES)[number];

export interface ToolOutput {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Unformatted files (repository-relative) with the first differing line when the tool says it. */
export type Findings = Map<string, number | undefined>;

export interface ExternalFormatter {
  name: Exclude<FormatterName, 'editorconfig'>;
  extensions: readonly string[];
  /** Executable name; `node` tools are looked up in the repository's node_modules/.bin first. */
  bin: string;
  node?: boolean;
  checkArgs: (files: readonly string[]) => string[];
  /** Exit codes that mean "ran fine" (formatted or not); anything else is a tool error. */
  okCodes: readonly number[];
  parse: (out: ToolOutput, files: readonly string[]) => Findings;
  fix: (file: string) => string;
  install: string;
  /** Arguments to format one file from stdin to stdout, to find its first differing line. */
  stdinArgs?: (file: string) => string[];
}

const sh = (s: string): string => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** Tools colour their output when FORCE_COLOR is set (as CI often does); parsers read it without colour, and match names the same way. */
// eslint-disable-next-line no-control-regex -- matching the ESC of colour codes is the point
export const withoutColour = (s: string): string => s.replace(/\x1b\[[0-9;]*m/g, '');

/** The asked file a tool's output names (tools may print a path relative to another folder). */
const askedFile = (files: readonly string[], named: string): string | undefined =>
  files.find((f) => named === withoutColour(f) || named.endsWith(`/${withoutColour(f)}`));

/** Findings from a unified diff, keeping only files that were asked about. */
function fromDiff(diff: string, files: readonly string[], strip: (p: string) => string = (p) => p): Findings {
  const found: Findings = new Map();
  for (const [path, line] of firstChangedLines(diff, strip)) {
    const rel = askedFile(files, path);
    if (rel) found.set(rel, line);
  }
  return found;
}

/**
 * Findings from output lines that name files (prettier's "[warn] file", gofmt -l, biome's "file format").
 * Matched per asked file rather than per line, so a file name with a newline in it is still found.
 */
function fromListed(text: string, files: readonly string[], line: (file: string) => string[]): Findings {
  const padded = `\n${text.replace(/\r\n/g, '\n')}\n`;
  const found: Findings = new Map();
  for (const f of files)
    if (line(withoutColour(f.replace(/\r\n/g, '\n'))).some((l) => padded.includes(`\n${l}`))) found.set(f, undefined);
  return found;
}

export const FORMATTERS: readonly ExternalFormatter[] = [
  {
    name: 'prettier',
    extensions: [
      '.js',
      '.jsx',
      '.mjs',
      '.cjs',
      '.ts',
      '.tsx',
      '.mts',
      '.cts',
      '.json',
      '.jsonc',
      '.json5',
      '.css',
      '.scss',
      '.less',
      '.html',
      '.vue',
      '.md',
      '.mdx',
      '.yaml',
      '.yml',
      '.graphql',
      '.gql',
      '.hbs',
      '.handlebars',
    ],
    bin: 'prettier',
    node: true,
    checkArgs: (files) => ['--check', '--no-color', '--no-error-on-unmatched-pattern', '--', ...files],
    okCodes: [0, 1],
    parse: (out, files) => fromListed(`${out.stdout}\n${out.stderr}`, files, (f) => [`[warn] ${f}\n`]),
    fix: (f) => `npx prettier --write ${sh(f)}`,
    install: 'npm install --save-dev prettier',
    stdinArgs: (f) => ['--stdin-filepath', f],
  },
  {
    name: 'biome',
    extensions: ['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts', '.json', '.jsonc', '.css', '.graphql'],
    bin: 'biome',
    node: true,
    checkArgs: (files) => ['format', '--no-errors-on-unmatched', ...files],
    okCodes: [0, 1],
    parse: (out, files) =>
      fromListed(`${out.stdout}\n${out.stderr}`, files, (f) => [`${f} format`, `${f}:`, `./${f} format`]),
    fix: (f) => `npx @biomejs/biome format --write ${sh(f)}`,
    install: 'npm install --save-dev @biomejs/biome',
  },
  {
    name: 'ruff',
    extensions: ['.py', '.pyi'],
    bin: 'ruff',
    checkArgs: (files) => ['format', '--check', '--diff', '--', ...files],
    okCodes: [0, 1],
    parse: (out, files) => fromDiff(out.stdout, files),
    fix: (f) => `ruff format ${sh(f)}`,
    install: 'pip install ruff',
  },
  {
    name: 'black',
    extensions: ['.py', '.pyi'],
    bin: 'black',
    checkArgs: (files) => ['--check', '--diff', '--quiet', '--', ...files],
    okCodes: [0, 1],
    parse: (out, files) => fromDiff(out.stdout, files),
    fix: (f) => `black ${sh(f)}`,
    install: 'pip install black',
  },
  {
    name: 'gofmt',
    extensions: ['.go'],
    bin: 'gofmt',
    checkArgs: (files) => ['-l', '-d', '--', ...files],
    okCodes: [0],
    parse: (out, files) => {
      const found = fromListed(out.stdout, files, (f) => [`${f}\n`]);
      for (const [f, line] of fromDiff(out.stdout, files, (p) => p.replace(/\.orig$/, ''))) found.set(f, line);
      return found;
    },
    fix: (f) => `gofmt -w ${sh(f)}`,
    install: 'install Go (gofmt ships with it): https://go.dev/dl/',
  },
  {
    name: 'rustfmt',
    extensions: ['.rs'],
    bin: 'rustfmt',
    checkArgs: (files) => ['--check', '--', ...files],
    okCodes: [0, 1],
    parse: (out, files) => {
      const found: Findings = new Map();
      for (const m of out.stdout.matchAll(/^Diff in (.+?)(?: at line |:)(\d+):?$/gm)) {
        const rel = askedFile(files, m[1]!);
        if (rel && !found.has(rel)) found.set(rel, Number(m[2]));
      }
      return found;
    },
    fix: (f) => `rustfmt ${sh(f)}`,
    install: 'rustup component add rustfmt',
  },
  {
    name: 'clang-format',
    extensions: ['.c', '.h', '.cc', '.cpp', '.cxx', '.hpp', '.hh', '.hxx', '.m', '.mm', '.proto'],
    bin: 'clang-format',
    checkArgs: (files) => ['--dry-run', '-Werror', '--', ...files],
    okCodes: [0, 1],
    parse: (out, files) => {
      const found: Findings = new Map();
      for (const m of out.stderr.matchAll(/^(.+?):(\d+):\d+: (?:error|warning): code should be clang-formatted/gm)) {
        const rel = askedFile(files, m[1]!);
        if (rel && !found.has(rel)) found.set(rel, Number(m[2]));
      }
      return found;
    },
    fix: (f) => `clang-format -i ${sh(f)}`,
    install: 'install clang-format (e.g. apt-get install clang-format, brew install clang-format)',
  },
];

export const formatterNamed = (name: FormatterName): ExternalFormatter | undefined =>
  FORMATTERS.find((f) => f.name === name);

const extensionOf = (path: string): string => {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
};

/** Which of the formatters handles a path: the first in `formatters` order whose extensions match. */
export function formatterFor(path: string, formatters: readonly FormatterName[]): ExternalFormatter | undefined {
  const ext = extensionOf(path);
  for (const name of formatters) {
    const f = formatterNamed(name);
    if (f?.extensions.includes(ext)) return f;
  }
  return undefined;
}
