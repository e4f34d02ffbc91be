import { writeVerdict } from '../effects/actions.ts';
import { renderMarkdown } from '../effects/markdown.ts';
import { uploadReport, writeReportFiles } from '../effects/report-files.ts';
import type { Env } from '../facts/context.ts';
import { fetchWipFactsFor } from '../facts/github/wip-facts.ts';
import { readPreviousReport } from '../facts/previous-report.ts';
import { parseWipReportSettings, wipReportInputs } from '../inputs/wip-report.ts';
import { buildWipReport, reportSince } from '../report/wip-report.ts';
import { wipReportVerdict } from '../report/wip-verdict.ts';
import { wipSummary } from '../report/wip-summary.ts';
import type { Annotation } from '../verdict.ts';
import { settingsNote } from '../inputs/config-file.ts';
import { configuredSettings } from './configured.ts';
import { actionClient } from './client.ts';
import { runAction } from './run-action.ts';

export function runWipReportAction(env: Env): Promise<void> {
  return runAction('wip-report', env, async (ctx) => {
    const octokit = actionClient(ctx, wipReportInputs['github-token']);
    const { settings: s, sources } = await configuredSettings('wip-report', wipReportInputs, parseWipReportSettings, {
      octokit,
      repo: ctx.repo,
    });
    const now = Date.now();
    const since = reportSince(s, now);
    const repos = s.repositories.length ? s.repositories : [`${ctx.repo.owner}/${ctx.repo.repo}`];

    const all = await fetchWipFactsFor(octokit, repos, since, now);
    const previous = readPreviousReport(s.previousReport);
    const report = buildWipReport(all, s, now, previous.report);
    const summary = [...wipSummary(report), ...settingsNote(sources)]; // report.md is the job summary
    const files = writeReportFiles(s.outputDir, report, renderMarkdown(summary));
    const notes: Annotation[] = previous.problem ? [{ level: 'notice', message: previous.problem }] : [];
    if (s.upload) {
      const problem = await uploadReport(s.artifactName || `wip-report-${report.window.end.slice(0, 10)}`, files);
      if (problem) notes.push({ level: 'warning', message: problem });
    }
    await writeVerdict({ ...wipReportVerdict(report, files, notes), summary }, { env });
  });
}
