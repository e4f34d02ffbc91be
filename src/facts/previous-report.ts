import { readFileSync } from 'node:fs';
import { SCHEMA_VERSION, type WipReport } from '../report-file/schema.ts';
import { parseAnyReport } from '../report-file/upgrade.ts';

/** A report.json from disk, or why it can't be used ("is not JSON (…)"), to be prefixed with what named it. */
export function readReportJson(path: string): { report: WipReport } | { reason: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { reason: `is not JSON (${(e as Error).message})` };
  }
  const parsed = parseAnyReport(json);
  if ('issue' in parsed) {
    const { issue } = parsed;
    return {
      reason: `is not a report of schemaVersion 1 to ${SCHEMA_VERSION} (${issue.path.join('.') || '(root)'}: ${issue.message})`,
    };
  }
  return { report: parsed.report };
}

/** Last week's report.json: the report, or why it can't be used (the run goes on without a trend). */
export function readPreviousReport(path: string): { report?: WipReport; problem?: string } {
  if (!path) return {};
  const r = readReportJson(path);
  return 'report' in r ? r : { problem: `previous-report ${JSON.stringify(path)} ${r.reason}; no trend this week.` };
}
