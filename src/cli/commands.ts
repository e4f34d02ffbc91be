import { docsRequiredVerdict } from '../checks/docs-required.ts';
import { prSizeVerdict } from '../checks/pr-size.ts';
import { docsRequiredInputs, parseDocsRequiredSettings } from '../inputs/docs-required.ts';
import { parsePrSizeSettings, prSizeInputs } from '../inputs/pr-size.ts';
import { formatterEnforcedInputs, parseFormatterEnforcedSettings } from '../inputs/formatter-enforced.ts';
import { issueLinkedInputs, parseIssueLinkedSettings } from '../inputs/issue-linked.ts';
import { workspacePackages } from '../facts/workspaces/read.ts';
import { formatterEnforcedLocally } from './formatter-enforced.ts';
import { issueLinkedLocally } from './issue-linked.ts';
import { selfReviewCommand } from './self-review.ts';
import { defineLocalCheck, type RegisteredCheck } from './local-check.ts';

/** Summary sections the terminal lists only with --verbose. */
export const DETAIL_SECTIONS = ['Ignored files'];

/** The checks the CLI offers, by command name. */
export const LOCAL_CHECKS: Record<string, RegisteredCheck> = {
  'pr-size': defineLocalCheck({
    command: 'pr-size',
    summary: 'Changed lines and files against a base, size label, split advice (handbook §2).',
    specs: prSizeInputs,
    settings: parsePrSizeSettings,
    verdict: async (f, s) => prSizeVerdict({ changes: f.changes, packages: await workspacePackages(f.cwd, f.head) }, s),
  }),
  'docs-required': defineLocalCheck({
    command: 'docs-required',
    summary: 'Code changed without docs (or, with --mode tests, without tests) fails (handbook §7, §3).',
    specs: docsRequiredInputs,
    settings: parseDocsRequiredSettings,
    verdict: docsRequiredVerdict,
    fileFlags: ['rules'],
  }),
  'formatter-enforced': defineLocalCheck({
    command: 'formatter-enforced',
    summary: "The repository's formatters in check mode on the changed files, as they are on disk (handbook §5).",
    specs: formatterEnforcedInputs,
    settings: parseFormatterEnforcedSettings,
    verdict: formatterEnforcedLocally,
  }),
  'issue-linked': defineLocalCheck({
    command: 'issue-linked',
    summary: 'The commits since --base tag the issue they close ("Closes #289 …", handbook §4).',
    specs: issueLinkedInputs,
    settings: parseIssueLinkedSettings,
    verdict: issueLinkedLocally,
  }),
  'self-review': selfReviewCommand,
};
