import { escapeCommandData, escapeCommandProperty } from '../effects/escape.ts';
import type { CheckInfo } from './checks.ts';

/**
 * True when the event applies to the check. Otherwise writes a notice and returns false, so the step
 * ends green without loading anything else (this file must stay dependency-free: cold start).
 */
export function eventApplies(
  check: CheckInfo,
  env: Record<string, string | undefined>,
  write = (s: string) => process.stdout.write(s),
): boolean {
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (check.events.includes(event)) return true;
  // A merge queue re-runs required checks on merge_group: the PR was checked before it was queued, so pass.
  const message =
    event === 'merge_group'
      ? `${check.name} checked the pull request before it joined the merge queue; on merge_group it passes without looking again.`
      : `${check.name} runs on ${check.events.join(' and ')} events; this run is '${event || 'unknown'}', so it is skipped.`;
  write(`::notice title=${escapeCommandProperty(`${check.name} skipped`)}::${escapeCommandData(message)}\n`);
  return false;
}
