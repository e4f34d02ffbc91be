// Building self-review's facts from lines we write, and reading its findings back as `rule@path:line:level`.
import { selfReviewVerdict, type SelfReviewFacts } from '../../src/checks/self-review.ts';
import type { AddedFile } from '../../src/checks/self-review-scan.ts';
import { parseSelfReviewSettings } from '../../src/inputs/self-review.ts';
import { noAttributes } from './attributes.ts';

/** A file whose added lines are `texts`, numbered from 10. */
export const added = (path: string, ...texts: string[]): AddedFile => ({
  path,
  lines: texts.map((text, i) => ({ line: 10 + i, text })),
});

export const facts = (...files: AddedFile[]): SelfReviewFacts => ({
  files,
  unread: [],
  source: 'test',
  attributes: noAttributes,
});

export const settings = (inputs: Record<string, string> = {}) => parseSelfReviewSettings((n) => inputs[n]);

export const found = (f: SelfReviewFacts, inputs: Record<string, string> = {}): string[] =>
  selfReviewVerdict(f, settings(inputs)).details.findings.map((x) => `${x.rule}@${x.path}:${x.line}:${x.level}`);
