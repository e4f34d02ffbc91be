import { renderTerminal } from '../effects/terminal.ts';
import { GitError } from '../facts/git/run-git.ts';
import { InputError } from '../inputs/spec.ts';
import { CHECK_NAMES } from '../runtime/checks.ts';
import { UsageError } from './args.ts';
import { prSizeCli, prSizeHelp } from './pr-size.ts';

const commands = {
  'pr-size': { run: prSizeCli, help: prSizeHelp },
};

const usage = (): string =>
  [
    'Usage: dev-process <check> [options]',
    '',
    'Runs a development-process check on a local git checkout, with no token.',
    '',
    'Checks:',
    '  pr-size     Changed lines and files against a base, size label, split advice (handbook §2).',
    '',
    "Run 'dev-process <check> --help' for a check's options.",
  ].join('\n');

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** The CLI: returns the exit status (0 pass, 1 fail or bad input). */
export async function cli(argv: string[], cwd: string, io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${usage()}\n`);
    return name ? 0 : 1;
  }
  const command = commands[name as keyof typeof commands];
  if (!command) {
    io.err(`dev-process: unknown check ${JSON.stringify(name)}. Allowed: ${CHECK_NAMES.join(', ')}.\n`);
    return 1;
  }
  try {
    const { common, verdict } = await command.run(rest, cwd);
    if (!verdict) {
      io.out(`${command.help()}\n`);
      return 0;
    }
    io.out(common.json ? `${JSON.stringify(verdict, null, 2)}\n` : renderTerminal(verdict));
    return verdict.conclusion === 'failure' ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) io.err(`${e.message}\n`);
    else if (e instanceof GitError) io.err(`dev-process ${name}: git failed: ${e.message}\n`);
    else throw e;
    return 1;
  }
}
