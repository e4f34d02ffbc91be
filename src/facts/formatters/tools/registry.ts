/**
 * The formatters the suite knows: which files each formats, how to run it in check mode, how to read
 * its answer, and the command a developer runs to fix a file. Pure data and parsers. File names always
 * follow `--` (or start with `./` where an option takes one), so a file named `-u.js` is never an option.
 */
import { execCommand, installCommand, type PackageManager, type PackageManagerName } from './package-manager.ts';
import type { ToolConfig } from './tool-config.ts';
import * as errors from './tool-errors.ts';
import { askedFile, withoutColour, type FileError } from './tool-errors.ts';
import { fromDiff, fromListed, fromRustfmt } from './tool-findings.ts';

export { withoutColour };

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
  /** Executable name; tools with an npm package are looked up in the repository's node_modules/.bin first. */
  bin: string;
  /** The npm package that ships `bin`, for Node tools. */
  pkg?: string;
  checkArgs: (files: readonly string[], cfg: ToolConfig) => string[];
  /** Exit codes that mean "ran fine" (formatted or not); others are a tool error unless files' errors explain them. */
  okCodes: readonly number[];
  parse: (out: ToolOutput, files: readonly string[]) => Findings;
  /** Files the tool could not read (syntax errors), each with its line and message. */
  errors: (out: ToolOutput, files: readonly string[]) => FileError[];
  /** The lines `parse` gives are where the tool's first change starts, not always the first differing line. */
  approximateLines?: boolean;
  fix: (file: string, pm: PackageManagerName) => string;
  install: (pm: PackageManager) => string;
  /** Arguments to format one file from stdin to stdout, to find its first differing line. */
  stdinArgs?: (file: string) => string[];
  /** Prints the tool's version (gofmt has no such flag: it is Go's). */
  versionArgs?: string[];
}

/** The version in a tool's --version output ("black, 23.1.0 (compiled: no)" → "23.1.0"). */
export const versionIn = (out: string): string | undefined => /\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?/.exec(out)?.[0];

const sh = (s: string): string => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
/** A file name as an option's value: `./-u.js` rather than `-u.js`. */
const dotSlash = (f: string): string => (f.startsWith('-') ? `./${f}` : f);

/** A Node tool: installed and run with the repository's own package manager. */
const nodeTool = (pkg: string, bin: string) => ({
  bin,
  pkg,
  install: (pm: PackageManager): string => `${installCommand(pm, pkg)} (${pm.name}: ${pm.why})`,
  run: (pm: PackageManagerName): string => execCommand(pm, pkg, bin),
});
const prettier = nodeTool('prettier', 'prettier');
const biome = nodeTool('@biomejs/biome', 'biome');

export const FORMATTERS: readonly ExternalFormatter[] = [
  {
    name: 'prettier',
    versionArgs: ['--version'],
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
    bin: prettier.bin,
    pkg: prettier.pkg,
    // Prettier skips named files its ignore files (.prettierignore, .gitignore) list.
    checkArgs: (files) => ['--check', '--no-color', '--no-error-on-unmatched-pattern', '--', ...files],
    okCodes: [0, 1],
    parse: (out, files) => fromListed(`${out.stdout}\n${out.stderr}`, files, (f) => [`[warn] ${f}\n`]),
    errors: errors.prettierErrors,
    fix: (f, pm) => `${prettier.run(pm)} --write -- ${sh(f)}`,
    install: prettier.install,
    stdinArgs: (f) => ['--stdin-filepath', dotSlash(f)],
  },
  {
    name: 'biome',
    versionArgs: ['--version'],
    extensions: ['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts', '.json', '.jsonc', '.css', '.graphql'],
    bin: biome.bin,
    pkg: biome.pkg,
    // Biome skips named files its `files.includes` (or 1.x `files.ignore`) leaves out.
    checkArgs: (files) => ['format', '--no-errors-on-unmatched', '--colors=off', '--', ...files],
    okCodes: [0, 1],
    parse: (out, files) => fromListed(`${out.stdout}\n${out.stderr}`, files, (f) => [`${f} format`, `./${f} format`]),
    errors: errors.biomeErrors,
    fix: (f, pm) => `${biome.run(pm)} format --write -- ${sh(f)}`,
    install: biome.install,
    stdinArgs: (f) => ['format', '--colors=off', `--stdin-file-path=${f}`],
  },
  {
    name: 'ruff',
    versionArgs: ['--version'],
    extensions: ['.py', '.pyi'],
    bin: 'ruff',
    // --force-exclude: the project's `exclude` holds for files named explicitly too.
    checkArgs: (files) => ['format', '--check', '--diff', '--force-exclude', '--', ...files],
    okCodes: [0, 1],
    parse: (out, files) => fromDiff(out.stdout, files),
    errors: errors.ruffErrors,
    fix: (f) => `ruff format --force-exclude -- ${sh(f)}`,
    install: () => 'pip install ruff',
  },
  {
    name: 'black',
    versionArgs: ['--version'],
    extensions: ['.py', '.pyi'],
    bin: 'black',
    // Black applies its excludes to named files only through --force-exclude (one regex, see tool-config.ts).
    checkArgs: (files, cfg) => [
      '--check',
      '--diff',
      '--quiet',
      ...(cfg.forceExclude ? ['--force-exclude', cfg.forceExclude] : []),
      '--',
      ...files,
    ],
    okCodes: [0, 1],
    parse: (out, files) => fromDiff(out.stdout, files),
    errors: errors.blackErrors,
    fix: (f) => `black -- ${sh(f)}`,
    install: () => 'pip install black (or apt-get install -y black)',
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
    errors: errors.gofmtErrors,
    fix: (f) => `gofmt -w -- ${sh(f)}`,
    install: () => 'install Go, gofmt ships with it (actions/setup-go, or apt-get install -y golang-go)',
  },
  {
    name: 'rustfmt',
    versionArgs: ['--version'],
    extensions: ['.rs'],
    bin: 'rustfmt',
    // rustfmt reads rustfmt.toml itself; alone it assumes edition 2015, so Cargo.toml's is passed when that sets none.
    checkArgs: (files, cfg) => [
      '--check',
      '--color',
      'never',
      ...(cfg.edition ? ['--edition', cfg.edition] : []),
      '--',
      ...files,
    ],
    okCodes: [0, 1],
    parse: fromRustfmt,
    errors: errors.rustfmtErrors,
    fix: (f) => `rustfmt -- ${sh(f)}`,
    install: () => 'rustup component add rustfmt (or apt-get install -y rustfmt)',
  },
  {
    name: 'clang-format',
    versionArgs: ['--version'],
    extensions: ['.c', '.h', '.cc', '.cpp', '.cxx', '.hpp', '.hh', '.hxx', '.m', '.mm', '.proto'],
    bin: 'clang-format',
    // .clang-format-ignore is applied before the run (tool-config.ts): clang-format reads it from version 18 on only.
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
    errors: errors.clangFormatErrors,
    // It names where a replacement starts: often the end of the line before the first differing one.
    approximateLines: true,
    fix: (f) => `clang-format -i -- ${sh(f)}`,
    install: () => 'apt-get install -y clang-format (or brew install clang-format)',
    stdinArgs: (f) => [`--assume-filename=${f}`],
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
