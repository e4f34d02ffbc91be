/**
 * The suite's checks: which events each applies to and how to load it. Kept free of heavy imports so
 * an action's entry can decide "skip" without loading @actions/core, octokit or zod.
 */
export interface CheckInfo {
  name: string;
  handbook: string;
  events: readonly string[];
}

export const CHECKS = {
  'pr-size': {
    name: 'pr-size',
    handbook: '§2 Sizing a task and reducing WIP',
    events: ['pull_request', 'pull_request_target'],
  },
  'docs-required': {
    name: 'docs-required',
    handbook: '§7 Documenting (§3 in tests mode)',
    events: ['pull_request', 'pull_request_target'],
  },
  'review-latency': {
    name: 'review-latency',
    handbook: '§2 Sizing a task and reducing WIP (reviews first)',
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
    handbook: "§5 Code reviews (syntax is the formatter's job)",
    events: ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'],
  },
  'issue-linked': {
    name: 'issue-linked',
    handbook: '§4 Creating a PR (tag the issue)',
    events: ['pull_request', 'pull_request_target'],
  },
  'self-review': {
    name: 'self-review',
    handbook: '§2 Sizing a task and reducing WIP (test your code: read your changed lines)',
    events: ['pull_request', 'pull_request_target'],
  },
  'wip-report': {
    name: 'wip-report',
    handbook: '§2 Sizing a task and reducing WIP (§1 goals, §6 merging)',
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
