import { readFileSync } from 'node:fs';
import { reportSchema, type WipReport } from '../report/schema.ts';

/** Last week's report.json: the report, or why it can't be used (the run goes on without a trend). */
export function readPreviousReport(path: string): { report?: WipReport; problem?: string } {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { problem: `previous-report ${JSON.stringify(path)} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); no trend this week.` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { problem: `previous-report ${JSON.stringify(path)} is not JSON (${(e as Error).message}); no trend this week.` };
  }
  const parsed = reportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { problem: `previous-report ${JSON.stringify(path)} is not a report of schemaVersion 1 (${issue.path.join('.') || '(root)'}: ${issue.message}); no trend this week.` };
  }
  return { report: parsed.data };
}
