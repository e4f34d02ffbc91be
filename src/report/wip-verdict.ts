import type { Annotation, Verdict } from '../verdict.ts';
import type { WipReport } from '../report-file/schema.ts';
import { wipSummary } from './wip-summary.ts';

export interface ReportPaths {
  markdown: string;
  json: string;
  html: string;
}

/** The report as a Verdict: summary, outputs, and a warning per reason the data is incomplete. Pure. */
export function wipReportVerdict(report: WipReport, paths: ReportPaths, notes: Annotation[] = []): Verdict<WipReport> {
  return {
    check: 'wip-report',
    conclusion: 'success',
    annotations: [
      ...report.incomplete.map((message): Annotation => ({
        level: 'warning',
        title: 'wip-report: incomplete data',
        message,
      })),
      ...report.notices.map((message): Annotation => ({ level: 'notice', title: 'wip-report', message })),
      ...notes,
    ],
    labels: { add: [], remove: [] },
    outputs: {
      'report-path': paths.markdown,
      'json-path': paths.json,
      'html-path': paths.html,
      'open-prs': String(report.headline.openPrs),
      incomplete: String(report.incomplete.length > 0),
    },
    summary: wipSummary(report),
    details: report,
  };
}
