/**
 * The handbook rules each check enforces, quoted once (shared/handbook/development-process.md).
 * A newcomer looking for "which check enforces §N" starts here.
 */
export const HANDBOOK = {
  prSize: {
    section: '§2 Sizing a task and reducing WIP',
    check: 'src/checks/pr-size.ts',
    quote:
      "Your PRs should ideally be sized to be doable in one day, including code review and QA. If it's not, you should break it down into smaller chunks until it fits into a day.",
  },
  featureFlags: {
    section: '§2 Sizing a task and reducing WIP',
    quote:
      "It's even better to develop partial features behind feature flags. As long as it's clear what needs to be done before a flag can be lifted, you can usually get the smallest bit of any new feature out in a day this way.",
  },
} as const;
