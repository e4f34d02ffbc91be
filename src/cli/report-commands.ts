/**
 * The report commands of the CLI: `wip-report` (reads the GitHub API with a token taken from the
 * environment, never from a flag) and `merge-reports` (offline). Both write report.md/json/html.
 */
import { renderMarkdown } from '../effects/markdown.ts';
import { writeReportFiles } from '../effects/report-files.ts';
import { retryBaseMsFrom } from '../facts/context.ts';
import { githubOrigin } from '../facts/git/origin.ts';
import { createOctokit } from '../facts/github/octokit.ts';
import { fetchWipFactsFor } from '../facts/github/wip-facts.ts';
import { readPreviousReport, readReportJson } from '../facts/previous-report.ts';
import { parseWipReportSettings, wipReportInputs } from '../inputs/wip-report.ts';
import { mergeReports } from '../report/merge.ts';
import type { WipReport } from '../report-file/schema.ts';
import { wipSummary } from '../report/wip-summary.ts';
import { buildWipReport, reportSince } from '../report/wip-report.ts';
import { flagRow, parseFlags, UsageError } from './args.ts';

export interface ReportIO {
  out: (s: string) => void;
  err: (s: string) => void;
  env: Record<string, string | undefined>;
}

/** The action inputs that are also flags here (the rest are replaced by --repo, --out, --token-env). */
const REPORT_FLAGS = Object.entries(wipReportInputs)
  .filter(
    ([n, s]) => !('actionOnly' in s && s.actionOnly) && !['github-token', 'repositories', 'output-dir'].includes(n),
  )
  .map(([n]) => n);

function readReport(command: string, flag: string, path: string): WipReport {
  const r = readReportJson(path);
  if ('reason' in r) throw new UsageError(`dev-process ${command}: ${flag}${JSON.stringify(path)} ${r.reason}.`);
  return r.report;
}

/** Last week's report: a missing or broken one is a notice and no trend, as in the action. */
function previousReport(io: ReportIO, path: string | undefined): WipReport | undefined {
  const r = readPreviousReport(path ?? '');
  if (r.problem) io.err(`Notice: --${r.problem}\n`);
  return r.report;
}

function write(io: ReportIO, outDir: string, report: WipReport): number {
  const files = writeReportFiles(outDir, report, renderMarkdown(wipSummary(report)));
  io.out(
    `Wrote ${files.markdown}, report.json and report.html: ${report.headline.openPrs} open PRs in ${report.repositories.join(', ')}.\n`,
  );
  for (const w of report.incomplete) io.err(`Incomplete: ${w}\n`);
  for (const n of report.notices) io.err(`Notice: ${n}\n`);
  return 0;
}

export const WIP_REPORT_HELP = [
  'Usage: dev-process wip-report [--repo owner/name]... [--token-env NAME] [--out DIR] [options]',
  '       dev-process wip-report --from-json report.json [--out DIR]',
  '',
  "The weekly WIP report (handbook §2) of one or more repositories, read from GitHub's API.",
  '',
  'Options:',
  flagRow(
    '--repo owner/name',
    "A repository to report on; repeat for several (default: the checkout's GitHub origin).",
  ),
  flagRow('--repositories LIST', 'The action input: owner/name, comma- or newline-separated (adds to --repo).'),
  flagRow(
    '--token-env NAME',
    'Environment variable holding the token (default: GITHUB_TOKEN). Tokens are never flag values.',
  ),
  flagRow('--api-url URL', 'GitHub API URL (default: $GITHUB_API_URL or https://api.github.com).'),
  flagRow('--out DIR', 'Folder for report.md, report.json and report.html (default: wip-report). Also --output-dir.'),
  flagRow('--from-json FILE', 'Re-render a report.json offline (no token, no API).'),
  ...REPORT_FLAGS.map((n) => {
    const spec = wipReportInputs[n as keyof typeof wipReportInputs];
    return flagRow(`--${n} VALUE`, `${spec.description} (default: ${spec.default || 'none'})`);
  }),
  flagRow('-h, --help', 'Show this help.'),
].join('\n');

export async function wipReportCommand(argv: string[], cwd: string, io: ReportIO): Promise<number> {
  const { values: v } = parseFlags('wip-report', argv, {
    repo: { type: 'string', multiple: true },
    'token-env': { type: 'string' },
    'api-url': { type: 'string' },
    repositories: { type: 'string' },
    out: { type: 'string' },
    'output-dir': { type: 'string' },
    'from-json': { type: 'string' },
    help: { type: 'boolean' },
    ...Object.fromEntries(REPORT_FLAGS.map((n) => [n, { type: 'string' as const }])),
  });
  const values = v as Record<string, string | string[] | boolean | undefined>;
  if (values.help) return (io.out(`${WIP_REPORT_HELP}\n`), 0);
  const outFlag = values.out ?? values['output-dir'];
  const out = typeof outFlag === 'string' ? outFlag : 'wip-report';
  if (typeof values['from-json'] === 'string')
    return write(io, out, readReport('wip-report', '--from-json ', values['from-json']));

  const settings = parseWipReportSettings((name) => {
    if (name === 'repositories') {
      const given = [...((values.repo as string[] | undefined) ?? []), values.repositories as string | undefined];
      const list = given.filter((r): r is string => typeof r === 'string');
      return list.length ? list.join(',') : undefined;
    }
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  });
  const tokenEnv = typeof values['token-env'] === 'string' ? values['token-env'] : 'GITHUB_TOKEN';
  const token = io.env[tokenEnv]?.trim();
  if (!token) {
    throw new UsageError(
      `dev-process wip-report: --token-env is ${JSON.stringify(tokenEnv)} but that environment variable is empty. Allowed: the name of an environment variable holding a token that can read the repositories (default GITHUB_TOKEN).`,
    );
  }
  let repos = settings.repositories;
  if (!repos.length) {
    const origin = await githubOrigin(cwd);
    if (!origin)
      throw new UsageError(
        'dev-process wip-report: --repo is not given and the checkout has no GitHub origin remote. Allowed: --repo owner/name (repeat it for several repositories).',
      );
    repos = [origin];
  }
  const octokit = createOctokit({
    token,
    baseUrl:
      typeof values['api-url'] === 'string' ? values['api-url'] : (io.env.GITHUB_API_URL ?? 'https://api.github.com'),
    ...retryBaseMsFrom(io.env),
    log: (m) => io.err(`${m}\n`),
  });
  const now = Date.now();
  const facts = await fetchWipFactsFor(octokit, repos, reportSince(settings, now), now);
  const previous = previousReport(io, settings.previousReport);
  return write(io, out, buildWipReport(facts, settings, now, previous));
}

export const MERGE_REPORTS_HELP = [
  'Usage: dev-process merge-reports a/report.json b/report.json ... [--out DIR] [--previous-report FILE]',
  '',
  'One report from the reports of a matrix (one wip-report job per repository). Offline.',
  '',
  'Options:',
  flagRow('--out DIR', 'Folder for the merged report.md, report.json and report.html (default: wip-report).'),
  flagRow('--previous-report FILE', "Last week's merged report.json, for the trend (missing or broken: a notice)."),
  flagRow('-h, --help', 'Show this help.'),
].join('\n');

export function mergeReportsCommand(argv: string[], _cwd: string, io: ReportIO): number {
  const parsed = parseFlags(
    'merge-reports',
    argv,
    { out: { type: 'string' }, 'previous-report': { type: 'string' }, help: { type: 'boolean' } },
    true,
  );
  const values = parsed.values as { out?: string; 'previous-report'?: string; help?: boolean };
  const positionals = parsed.positionals;
  if (values.help) return (io.out(`${MERGE_REPORTS_HELP}\n`), 0);
  if (!positionals.length)
    throw new UsageError(
      'dev-process merge-reports: no report files given. Allowed: one or more report.json paths, e.g. dev-process merge-reports a/report.json b/report.json --out merged',
    );
  const reports = positionals.map((p) => readReport('merge-reports', '', p));
  const previous = previousReport(io, values['previous-report']);
  return write(io, values.out ?? 'wip-report', mergeReports(reports, previous));
}
