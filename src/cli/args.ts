import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { InputSpecs } from '../inputs/spec.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Exit status of every CLI command, so scripts can tell a failed check from a wrong command line. */
export const EXIT = { pass: 0, failed: 1, usage: 2 } as const;
export const EXIT_CODES =
  'Exit status: 0 the check passed, 1 the check failed, 2 usage or input error (a flag, a file, the checkout).';

export interface CliCommon {
  base?: string;
  head: string;
  json: boolean;
  help: boolean;
  /** --verbose: every row of detail sections (each ignored file). */
  verbose: boolean;
  cwd: string;
  /** --config FILE: settings file instead of .github/dev-process.yml at the base commit. */
  config?: string;
}

type FlagOptions = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/** node:util parseArgs, strict, with its error as one line naming the command. */
export function parseFlags(command: string, argv: string[], options: FlagOptions, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0]!.replace(/\. To specify a positional.*$/, '');
    throw new UsageError(`dev-process ${command}: ${msg}. Run 'dev-process ${command} --help' for the options.`);
  }
}

/** The text of a file a flag names (relative to `cwd`), or one clear line when it can't be read. */
export function readFlagFile(command: string, flag: string, path: string, cwd: string): string {
  try {
    return readFileSync(resolve(cwd, path), 'utf8');
  } catch (e) {
    throw new UsageError(
      `dev-process ${command}: --${flag} ${JSON.stringify(path)} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`,
    );
  }
}

/** CLI flags: the common ones plus `--<input>` for every input a check's action offers outside Actions. */
export function parseCliArgs(
  command: string,
  argv: string[],
  specs: InputSpecs,
  cwd: string,
): { common: CliCommon; read: (name: string) => string | undefined } {
  const inputNames = Object.entries(specs)
    .filter(([, s]) => !s.actionOnly && !s.secret)
    .map(([n]) => n);
  const options: FlagOptions = {
    base: { type: 'string' },
    head: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    verbose: { type: 'boolean' },
    cwd: { type: 'string' },
    config: { type: 'string' },
    ...Object.fromEntries(inputNames.map((n) => [n, { type: 'string', multiple: true }])),
  };
  const parsed = parseFlags(command, argv, options);
  const v = parsed.values as Record<string, string | string[] | boolean | undefined>;
  const common: CliCommon = {
    ...(typeof v.base === 'string' ? { base: v.base } : {}),
    head: typeof v.head === 'string' ? v.head : 'HEAD',
    json: v.json === true,
    help: v.help === true,
    verbose: v.verbose === true,
    cwd: typeof v.cwd === 'string' ? v.cwd : cwd,
    ...(typeof v.config === 'string' ? { config: v.config } : {}),
  };
  const read = (name: string): string | undefined => {
    const value = v[name];
    return Array.isArray(value) ? value.join('\n') : undefined;
  };
  return { common, read };
}

const FLAG_WIDTH = 22;
/** One aligned row of --help: the flag, then its text from the same column. */
export const flagRow = (flag: string, text: string): string =>
  flag.length < FLAG_WIDTH ? `  ${flag.padEnd(FLAG_WIDTH)}${text}` : `  ${flag}\n  ${''.padEnd(FLAG_WIDTH)}${text}`;

export function helpText(command: string, summary: string, specs: InputSpecs, fileFlags: readonly string[]): string {
  const rows = Object.entries(specs)
    .filter(([, s]) => !s.actionOnly && !s.secret)
    .map(([n, s]) =>
      flagRow(
        `--${n} ${fileFlags.includes(n) ? 'FILE' : 'VALUE'}`,
        `${s.description}${s.default ? ` (default: ${s.default})` : ''}`,
      ),
    );
  return [
    `Usage: dev-process ${command} [--base REF] [--head REF] [--json] [options]`,
    '',
    summary,
    '',
    'Options:',
    flagRow(
      '--base REF',
      'Compare from the merge base with REF (default: origin/HEAD, origin/main, origin/master, main or master).',
    ),
    flagRow('--head REF', 'The commit to check (default: HEAD). Uncommitted changes are not counted.'),
    flagRow('--json', 'Print the verdict as JSON instead of a table.'),
    flagRow('--verbose', 'List every row of detail sections (e.g. each ignored file).'),
    flagRow('--cwd DIR', 'The git checkout to read (default: the current directory).'),
    flagRow('--config FILE', 'Settings file (default: .github/dev-process.yml at the --base commit, if there is one).'),
    ...rows,
    flagRow('-h, --help', 'Show this help.'),
    '',
    EXIT_CODES,
  ].join('\n');
}
