/**
 * The optional `handbook:` section of `.github/dev-process.yml`: a team's own handbook to quote instead of
 * the default (https://posthog.com/handbook/engineering/development-process). Validated like every setting.
 */
import * as z from 'zod/mini';
import type { InputSpec, InputSpecs } from './spec.ts';

const url = z.string().check(
  z.trim(),
  z.refine((s) => s === '' || /^https:\/\/[^\s"<>]+$/.test(s), { message: 'not an https URL' }),
);

const ruleText = z.string().check(
  z.trim(),
  z.refine((s) => s.length <= 500, { message: 'longer than 500 characters' }),
  z.refine((s) => !/[\r\n]/.test(s), { message: 'more than one line' }),
);

const rule = (check: string): InputSpec<string> => ({
  description: `The rule of your handbook that ${check} enforces, quoted in its summary instead of the default.`,
  default: '',
  allowed: 'one line of text, at most 500 characters',
  schema: ruleText,
});

export const HANDBOOK_CHECKS = [
  'pr-size',
  'docs-required',
  'formatter-enforced',
  'issue-linked',
  'review-latency',
  'wip-report',
] as const;

export const handbookSpecs: InputSpecs = {
  url: {
    description: "Your handbook's page, linked next to each quote.",
    default: '',
    allowed: 'an https URL',
    schema: url,
  } satisfies InputSpec<string>,
  ...Object.fromEntries(HANDBOOK_CHECKS.map((c) => [c, rule(c)])),
};
