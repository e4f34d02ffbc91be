import { renderTerminal } from '../effects/terminal.ts';
import { GitError } from '../facts/git/run-git.ts';
import { InputError } from '../inputs/spec.ts';
import { MergeError } from '../report/merge.ts';
import { UsageError } from './args.ts';
import { LOCAL_CHECKS } from './checks.ts';
import type { ReportIO } from './report-commands.ts';

/** Commands that are not checks of a git range: the weekly report (API, token from the environment) and its merge. */
const REPORT_COMMANDS: Record<
  string,
  { summary: string; run: (argv: string[], cwd: string, io: ReportIO) => number | Promise<number> }
> = {
  'wip-report': {
    summary: 'The weekly WIP report from the GitHub API (token from --token-env), or --from-json.',
    run: async (...a) => (await import('./report-commands.ts')).wipReportCommand(...a), // loaded only when run
  },
  'merge-reports': {
    summary: 'One report from several report.json files (the per-repository matrix pattern).',
    run: async (...a) => (await import('./report-commands.ts')).mergeReportsCommand(...a),
  },
};

const usage = (): string =>
  [
    'Usage: dev-process <check> [options]',
    '',
    'Runs a development-process check on a local git checkout, with no token.',
    '',
    'Checks:',
    ...Object.values(LOCAL_CHECKS).map((c) => `  ${c.command.padEnd(15)} ${c.summary}`),
    '',
    'Reports:',
    ...Object.entries(REPORT_COMMANDS).map(([name, c]) => `  ${name.padEnd(15)} ${c.summary}`),
    '',
    "Run 'dev-process <check> --help' for a check's options.",
  ].join('\n');

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** The CLI: returns the exit status (0 pass, 1 fail or bad input). */
export async function cli(
  argv: string[],
  cwd: string,
  io: CliIO,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${usage()}\n`);
    return name ? 0 : 1;
  }
  const report = Object.hasOwn(REPORT_COMMANDS, name) ? REPORT_COMMANDS[name] : undefined;
  if (report) {
    try {
      return await report.run(rest, cwd, { ...io, env });
    } catch (e) {
      if (e instanceof UsageError || e instanceof InputError || e instanceof MergeError) io.err(`${e.message}\n`);
      else io.err(`dev-process ${name}: ${(e as Error).message.split('\n')[0]}\n`);
      return 1;
    }
  }
  const check = Object.hasOwn(LOCAL_CHECKS, name) ? LOCAL_CHECKS[name] : undefined;
  if (!check) {
    io.err(
      `dev-process: unknown check ${JSON.stringify(name)}. Allowed: ${[...Object.keys(LOCAL_CHECKS), ...Object.keys(REPORT_COMMANDS)].join(', ')}.\n`,
    );
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
