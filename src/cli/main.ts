import { GitError } from '../facts/git/run-git.ts';
import { InputError } from '../inputs/input-error.ts';
import { MergeError } from '../report/merge-error.ts';
import { EXIT, EXIT_CODES, UsageError } from './args.ts';
import { describeComparison } from './base-ref.ts';
import { VERSION } from './version.ts';
import { DETAIL_SECTIONS, LOCAL_CHECKS } from './commands.ts';
import { prefetchGitReads } from './prefetch.ts';
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

const COMMAND_WIDTH = 18;
const row = (name: string, text: string): string => `  ${name.padEnd(COMMAND_WIDTH)}${text}`;

const usage = (): string =>
  [
    'Usage: dev-process <check> [options]',
    '',
    'Runs a development-process check on a local git checkout, with no token.',
    '',
    'Checks:',
    ...Object.values(LOCAL_CHECKS).map((c) => row(c.command, c.summary)),
    row('review-latency', ACTION_ONLY['review-latency']!.summary),
    '',
    'Reports:',
    ...Object.entries(REPORT_COMMANDS).map(([name, c]) => row(name, c.summary)),
    '',
    'Options:',
    row('--version', 'Print the version.'),
    row('-h, --help', 'Show this help.'),
    '',
    EXIT_CODES,
    '',
    "Run 'dev-process <check> --help' for a check's options.",
  ].join('\n');

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  /** The terminal stdout writes to, if it is one: colour (unless NO_COLOR) and the width tables fit. */
  tty?: { columns?: number };
}

const isUsage = (e: unknown): e is Error =>
  e instanceof UsageError || e instanceof InputError || e instanceof MergeError;

/** Checks that need GitHub's data, so they run as an action only. */
const ACTION_ONLY: Record<string, { summary: string; why: string }> = {
  'review-latency': {
    summary: "Action only: it needs GitHub's review requests and reviews (see the README, review-latency).",
    why: "needs GitHub's review requests and reviews, which a local checkout does not have. Run it as the action: uses: OWNER/dev-process-actions/actions/review-latency@v1 (README, section review-latency).",
  },
};

/** The CLI: returns the exit status (0 pass, 1 check failed, 2 usage or input error). */
export async function cli(
  argv: string[],
  cwd: string,
  io: CliIO,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.out : io.err)(`${usage()}\n`);
    return name ? EXIT.pass : EXIT.usage;
  }
  if (name === '--version' || name === '-v') return (io.out(`dev-process ${VERSION}\n`), EXIT.pass);
  const actionOnly = Object.hasOwn(ACTION_ONLY, name) ? ACTION_ONLY[name] : undefined;
  if (actionOnly) return (io.err(`dev-process ${name}: ${actionOnly.why}\n`), EXIT.usage);
  const report = Object.hasOwn(REPORT_COMMANDS, name) ? REPORT_COMMANDS[name] : undefined;
  if (report) {
    try {
      return await report.run(rest, cwd, { ...io, env });
    } catch (e) {
      if (isUsage(e)) return (io.err(`${e.message}\n`), EXIT.usage);
      io.err(`dev-process ${name}: ${(e as Error).message.split('\n')[0]}\n`);
      return EXIT.failed;
    }
  }
  const listed = Object.hasOwn(LOCAL_CHECKS, name) ? LOCAL_CHECKS[name] : undefined;
  if (!listed) {
    io.err(
      `dev-process: unknown check ${JSON.stringify(name)}. Allowed: ${[...Object.keys(LOCAL_CHECKS), ...Object.keys(REPORT_COMMANDS)].join(', ')}.\n`,
    );
    return EXIT.usage;
  }
  // git starts first; the check's code and the terminal renderer load while it runs.
  const prefetched = prefetchGitReads(rest, cwd);
  const [check, { renderTerminal }] = await Promise.all([listed.load(), import('../effects/terminal.ts')]);
  try {
    const { common, verdict, comparison } = await check.run(rest, cwd, prefetched);
    if (!verdict) return (io.out(`${check.help()}\n`), EXIT.pass);
    if (common.json) io.out(`${JSON.stringify(verdict, null, 2)}\n`);
    else {
      const color = io.tty !== undefined && !env.NO_COLOR;
      if (comparison) io.out(`${describeComparison(comparison)}\n\n`);
      io.out(
        renderTerminal(verdict, {
          color,
          verbose: common.verbose,
          detailSections: DETAIL_SECTIONS,
          ...(io.tty?.columns ? { width: io.tty.columns } : {}),
        }),
      );
    }
    return verdict.conclusion === 'failure' ? EXIT.failed : EXIT.pass;
  } catch (e) {
    if (isUsage(e)) io.err(`${e.message}\n`);
    else if (e instanceof GitError) io.err(`dev-process ${name}: git failed: ${e.message}\n`);
    else throw e;
    return EXIT.usage;
  }
}
