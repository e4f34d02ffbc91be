/**
 * The suite's checks: which events each applies to and how to load it. Kept free of heavy imports so
 * an action's entry can decide "skip" without loading @actions/core, octokit or zod. A new check is one
 * entry in CHECKS and in loadActionRunner, plus its one-line src/entries/<check>.ts (the build picks it up).
 */
import { eventApplies } from './gate.ts';

export interface CheckInfo {
  name: string;
  events: readonly string[];
}

export const CHECKS = {
  'pr-size': {
    name: 'pr-size',
    events: ['pull_request', 'pull_request_target'],
  },
  'docs-required': {
    name: 'docs-required',
    events: ['pull_request', 'pull_request_target'],
  },
  'review-latency': {
    name: 'review-latency',
    events: [
      'pull_request',
      'pull_request_target',
      'pull_request_review',
      'pull_request_review_comment',
      'schedule',
      'workflow_dispatch',
    ],
  },
  'formatter-enforced': {
    name: 'formatter-enforced',
    events: ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'],
  },
  'issue-linked': {
    name: 'issue-linked',
    events: ['pull_request', 'pull_request_target'],
  },
  'self-review': {
    name: 'self-review',
    events: ['pull_request', 'pull_request_target'],
  },
  'wip-report': {
    name: 'wip-report',
    events: ['schedule', 'workflow_dispatch'],
  },
} as const satisfies Record<string, CheckInfo>;

export type CheckName = keyof typeof CHECKS;
export const CHECK_NAMES = Object.keys(CHECKS) as CheckName[];

/** Each check's action runner, loaded only when the event applies. */
export const loadActionRunner = {
  'pr-size': async () => (await import('./pr-size.ts')).runPrSizeAction,
  'docs-required': async () => (await import('./docs-required.ts')).runDocsRequiredAction,
  'review-latency': async () => (await import('./review-latency.ts')).runReviewLatencyAction,
  'formatter-enforced': async () => (await import('./formatter-enforced.ts')).runFormatterEnforcedAction,
  'issue-linked': async () => (await import('./issue-linked.ts')).runIssueLinkedAction,
  'self-review': async () => (await import('./self-review.ts')).runSelfReviewAction,
  'wip-report': async () => (await import('./wip-report.ts')).runWipReportAction,
} satisfies Record<CheckName, () => Promise<(env: Record<string, string | undefined>) => Promise<void>>>;

/** An action's whole entry: skip cheaply when the event does not apply, else load only this check's code and run it. */
export async function runCheckAction(check: CheckName, env: Record<string, string | undefined>): Promise<void> {
  if (eventApplies(CHECKS[check], env)) await (await loadActionRunner[check]())(env);
}
