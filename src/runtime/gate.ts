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
  const message = `${check.name} runs on ${check.events.join(' and ')} events; this run is '${event || 'unknown'}', so it is skipped.`;
  write(`::notice title=${escapeCommandProperty(`${check.name} skipped`)}::${escapeCommandData(message)}\n`);
  return false;
}
