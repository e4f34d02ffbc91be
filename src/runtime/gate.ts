import { readFileSync } from 'node:fs';
import { escapeCommandData, escapeCommandProperty } from '../effects/escape.ts';
import type { CheckInfo } from './action-runners.ts';

/** Why the event payload at GITHUB_EVENT_PATH can't be used (not readable, not JSON), or undefined when it can. */
export function payloadProblem(env: Record<string, string | undefined>): string | undefined {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return `The event payload at GITHUB_EVENT_PATH (${path}) could not be read: ${(e as Error).message.split('\n')[0]}. Allowed: the JSON file the runner writes for the event.`;
  }
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    return `The event payload at GITHUB_EVENT_PATH (${path}) is not JSON: ${(e as Error).message.split('\n')[0]}. Allowed: the JSON file the runner writes for the event.`;
  }
}

/**
 * True when the event applies to the check. Otherwise writes a notice and returns false, so the step
 * ends green without loading anything else (this file must stay dependency-free: cold start). An
 * event payload that isn't JSON is one error line and exit 1 (a library would otherwise crash on it).
 */
export function eventApplies(
  check: CheckInfo,
  env: Record<string, string | undefined>,
  write = (s: string) => process.stdout.write(s),
): boolean {
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (check.events.includes(event)) {
    const problem = payloadProblem(env);
    if (problem === undefined) return true;
    write(`::error::${escapeCommandData(problem)}
`);
    process.exitCode = 1;
    return false;
  }
  // A merge queue re-runs required checks on merge_group: the PR was checked before it was queued, so pass.
  const message =
    event === 'merge_group'
      ? `${check.name} checked the pull request before it joined the merge queue; on merge_group it passes without looking again.`
      : `${check.name} runs on ${check.events.join(' and ')} events; this run is '${event || 'unknown'}', so it is skipped.`;
  write(`::notice title=${escapeCommandProperty(`${check.name} skipped`)}::${escapeCommandData(message)}\n`);
  return false;
}
