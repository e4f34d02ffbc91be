import { renderTerminal } from '../effects/terminal.ts';
import { GitError } from '../facts/git/run-git.ts';
import { InputError } from '../inputs/spec.ts';
import { UsageError } from './args.ts';
import { LOCAL_CHECKS } from './checks.ts';

const usage = (): string =>
  [
    'Usage: dev-process <check> [options]',
    '',
    'Runs a development-process check on a local git checkout, with no token.',
    '',
    'Checks:',
    ...Object.values(LOCAL_CHECKS).map((c) => `  ${c.command.padEnd(15)} ${c.summary}`),
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
  const check = LOCAL_CHECKS[name];
  if (!check) {
    io.err(`dev-process: unknown check ${JSON.stringify(name)}. Allowed: ${Object.keys(LOCAL_CHECKS).join(', ')}.\n`);
    return 1;
  }
  try {
    const { common, verdict } = await check.run(rest, cwd);
    if (!verdict) {
      io.out(`${check.help()}\n`);
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
