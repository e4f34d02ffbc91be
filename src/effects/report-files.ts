import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { WipReport } from '../report-file/schema.ts';
import { reportSchema } from '../report-file/schema.ts';
import { renderReportHtml } from './report-html.ts';

export interface ReportFiles {
  dir: string;
  markdown: string;
  json: string;
  html: string;
}

/** Writes report.md, report.json (validated against the schema first) and report.html. */
export function writeReportFiles(dir: string, report: WipReport, markdown: string): ReportFiles {
  const abs = resolve(dir);
  mkdirSync(abs, { recursive: true });
  const files = {
    dir: abs,
    markdown: join(abs, 'report.md'),
    json: join(abs, 'report.json'),
    html: join(abs, 'report.html'),
  };
  writeFileSync(files.markdown, markdown);
  writeFileSync(files.json, `${JSON.stringify(reportSchema.parse(report), null, 2)}\n`);
  writeFileSync(files.html, renderReportHtml(report));
  return files;
}

/** Uploads the files as one artifact; returns a warning sentence instead of failing the run. */
export async function uploadReport(name: string, files: ReportFiles): Promise<string | undefined> {
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    await new DefaultArtifactClient().uploadArtifact(name, [files.markdown, files.json, files.html], files.dir);
    return undefined;
  } catch (e) {
    return `The report was written to ${files.dir} but could not be uploaded as artifact "${name}" (${(e as Error).message.split('\n')[0]}). Set upload: false to skip the upload, or upload the folder with actions/upload-artifact.`;
  }
}
