import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { InputSpecs } from '../inputs/spec.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliCommon {
  base?: string;
  head: string;
  json: boolean;
  help: boolean;
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
    cwd: typeof v.cwd === 'string' ? v.cwd : cwd,
    ...(typeof v.config === 'string' ? { config: v.config } : {}),
  };
  const read = (name: string): string | undefined => {
    const value = v[name];
    return Array.isArray(value) ? value.join('\n') : undefined;
  };
  return { common, read };
}

export function helpText(command: string, summary: string, specs: InputSpecs, fileFlags: readonly string[]): string {
  const rows = Object.entries(specs)
    .filter(([, s]) => !s.actionOnly && !s.secret)
    .map(
      ([n, s]) =>
        `  --${n} ${fileFlags.includes(n) ? 'FILE' : 'VALUE'}\n      ${s.description}${s.default ? ` (default: ${s.default})` : ''}`,
    );
  return [
    `Usage: dev-process ${command} [--base REF] [--head REF] [--json] [options]`,
    '',
    summary,
    '',
    'Options:',
    '  --base REF    Compare from the merge base with REF (default: origin/HEAD, origin/main, origin/master, main or master).',
    '  --head REF    The commit to check (default: HEAD). Uncommitted changes are not counted.',
    '  --json        Print the verdict as JSON instead of a table.',
    '  --cwd DIR     The git checkout to read (default: the current directory).',
    '  --config FILE Settings file (default: .github/dev-process.yml at the --base commit, if there is one).',
    ...rows,
    '  -h, --help    Show this help.',
    '',
    'Exit status: 0 when the check passes, 1 when it fails or the input is wrong.',
  ].join('\n');
}
