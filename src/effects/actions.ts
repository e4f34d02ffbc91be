import * as core from '@actions/core';
import type { Annotation, LabelChanges, Verdict } from '../verdict.ts';
import { escapeCommandData, visible } from './escape.ts';
import { renderMarkdown } from './markdown.ts';

/** GitHub shows at most 10 annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;
/** GitHub's step summary limit. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

export interface ActionsIO {
  /** Applies label changes; returns warnings (e.g. read-only token). Absent: labels are not written. */
  labels?: (changes: LabelChanges) => Promise<string[]>;
  env: Record<string, string | undefined>;
}

/** Log a line of text that may contain untrusted parts: it can never start a workflow command. */
export const logLine = (text: string): void => core.info(`  ${escapeCommandData(text)}`);

function capAnnotations(list: readonly Annotation[]): Annotation[] {
  const out: Annotation[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    const of = list.filter((a) => a.level === level);
    if (of.length <= ANNOTATIONS_PER_LEVEL) out.push(...of);
    else {
      out.push(...of.slice(0, ANNOTATIONS_PER_LEVEL - 1));
      out.push({
        level,
        message: `${of.length - ANNOTATIONS_PER_LEVEL + 1} more ${level}s are listed in the job summary (GitHub shows ${ANNOTATIONS_PER_LEVEL} per step).`,
      });
    }
  }
  return out;
}

const writers = { error: core.error, warning: core.warning, notice: core.notice };

/** The one writer for a verdict inside GitHub Actions: outputs, labels, annotations, summary, exit status. */
export async function writeVerdict(v: Verdict, io: ActionsIO): Promise<void> {
  for (const [name, value] of Object.entries(v.outputs)) core.setOutput(name, value);

  const warnings = io.labels && (v.labels.add.length || v.labels.remove.length) ? await io.labels(v.labels) : [];
  const annotations = [...v.annotations, ...warnings.map((message): Annotation => ({ level: 'warning', message }))];
  for (const a of capAnnotations(annotations)) {
    // @actions/core escapes %, CR and LF; terminal escapes and other controls are made visible here.
    writers[a.level](visible(a.message), {
      ...(a.title ? { title: visible(a.title) } : {}),
      ...(a.file ? { file: visible(a.file) } : {}),
      ...(a.line ? { startLine: a.line } : {}),
    });
  }

  if (io.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderMarkdown(v.summary, SUMMARY_MAX_BYTES)).write();
  else core.info('No GITHUB_STEP_SUMMARY file: the summary is not written.');

  core.info(`${v.check}: ${v.conclusion}`);
  if (v.conclusion === 'failure') process.exitCode = 1;
}

/** One error line for a run that could not decide (bad input, API failure), and exit 1. */
export function failRun(message: string, detail?: string): void {
  core.setFailed(visible(message));
  if (detail) core.debug(detail);
}

export const notice = (message: string): void => core.notice(visible(message));
export const setSecret = (secret: string): void => core.setSecret(secret);
