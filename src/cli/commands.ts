/**
 * The checks the CLI offers. Each is named here and loaded only when it runs, so `dev-process pr-size` loads
 * pr-size's code and not the formatters', the syntax-nit model or self-review's rules (issue #14 §3).
 */
import type { CheckName, LazyCheck, RegisteredCheck } from './local-check.ts';

/** Summary sections the terminal lists only with --verbose. */
export const DETAIL_SECTIONS = ['Ignored files'];

const lazy = (name: CheckName, load: (name: CheckName) => Promise<RegisteredCheck>): LazyCheck => ({
  ...name,
  load: () => load(name),
});

/** The checks the CLI offers, by command name. */
export const LOCAL_CHECKS: Record<string, LazyCheck> = {
  'pr-size': lazy(
    { command: 'pr-size', summary: 'Changed lines and files against a base, size label, split advice (handbook §2).' },
    async (n) => (await import('./pr-size.ts')).prSizeCheck(n),
  ),
  'docs-required': lazy(
    {
      command: 'docs-required',
      summary: 'Code changed without docs (or, with --mode tests, without tests) fails (handbook §7, §3).',
    },
    async (n) => (await import('./docs-required.ts')).docsRequiredCheck(n),
  ),
  'formatter-enforced': lazy(
    {
      command: 'formatter-enforced',
      summary: "The repository's formatters in check mode on the changed files, as they are on disk (handbook §5).",
    },
    async (n) => (await import('./formatter-enforced.ts')).formatterEnforcedCheck(n),
  ),
  'issue-linked': lazy(
    {
      command: 'issue-linked',
      summary: 'The commits since --base tag the issue they close ("Closes #289 …", handbook §4).',
    },
    async (n) => (await import('./issue-linked.ts')).issueLinkedCheck(n),
  ),
  'self-review': lazy(
    {
      command: 'self-review',
      summary: 'The lines base..head adds: debug output, focused tests, conflict markers, private keys (handbook §2).',
    },
    async (n) => (await import('./self-review.ts')).selfReviewCheck(n),
  ),
};
