/** Errors of the shared input parsers, said the CLI way: the flag (`--fail-at`), a file flag by its path. */
import { InputError, type InputSpecs } from '../inputs/spec.ts';
import { UsageError } from './args.ts';

const INPUT_ERROR = /^Input '([^']+)' is ("(?:[^"\\]|\\.)*"): ([\s\S]*)$/;

/**
 * `Input 'fail-at' is "HUGE": …` → `dev-process pr-size: --fail-at "HUGE": …`. For a flag that names a file
 * (`--rules FILE`) the file's path replaces its content, and a YAML position reads as "line N".
 */
export function flagError(
  command: string,
  e: InputError,
  files: Readonly<Record<string, string>>,
): InputError | UsageError {
  const m = INPUT_ERROR.exec(e.message);
  if (!m) return e;
  const [, name, quoted, rest] = m;
  const path = files[name!];
  if (path === undefined) return new UsageError(`dev-process ${command}: --${name} ${quoted}: ${rest}`);
  const problem = rest!.replace(/\s*Allowed: [\s\S]*$/, '');
  return new UsageError(`dev-process ${command}: --${name} ${JSON.stringify(path)}: ${problem}`);
}

/**
 * A flag given as an empty string (or an empty file) would fall back to the default without a word; for inputs
 * whose empty value means something else (`--fail-at ""`: never fail) it is allowed.
 */
export function rejectEmptyFlag(
  command: string,
  specs: InputSpecs,
  name: string,
  value: string,
  filePath?: string,
): void {
  if (value.trim() !== '') return;
  const spec = specs[name];
  const meaningful = !filePath && spec !== undefined && (spec.whenEmpty !== undefined || spec.default === '');
  if (meaningful) return;
  const what = filePath ? `--${name} ${JSON.stringify(filePath)} is an empty file` : `--${name} is empty`;
  throw new UsageError(
    `dev-process ${command}: ${what}. Allowed: ${spec?.allowed ?? 'a value'}; leave the flag out for the default.`,
  );
}
