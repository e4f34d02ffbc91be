// Every action's inputs, the way a user meets them: defaults that parse, and one clear line for a bad value.
import { describe, expect, it } from 'vitest';
import { docsRequiredInputs, parseDocsRequiredSettings } from '../../src/inputs/docs-required.ts';
import { formatterEnforcedInputs, parseFormatterEnforcedSettings } from '../../src/inputs/formatter-enforced.ts';
import { issueLinkedInputs, parseIssueLinkedSettings } from '../../src/inputs/issue-linked.ts';
import { parsePrSizeSettings, prSizeInputs } from '../../src/inputs/pr-size.ts';
import { parseReviewLatencySettings, reviewLatencyInputs } from '../../src/inputs/review-latency.ts';
import { parseSelfReviewSettings, selfReviewInputs } from '../../src/inputs/self-review.ts';
import type { InputSpecs } from '../../src/inputs/spec.ts';
import { parseWipReportSettings, wipReportInputs } from '../../src/inputs/wip-report.ts';

type Parse = (read: (name: string) => string | undefined) => unknown;
const actions: [string, InputSpecs, Parse][] = [
  ['pr-size', prSizeInputs, parsePrSizeSettings],
  ['docs-required', docsRequiredInputs, parseDocsRequiredSettings],
  ['formatter-enforced', formatterEnforcedInputs, parseFormatterEnforcedSettings],
  ['review-latency', reviewLatencyInputs, parseReviewLatencySettings],
  ['issue-linked', issueLinkedInputs, parseIssueLinkedSettings],
  ['self-review', selfReviewInputs, parseSelfReviewSettings],
  ['wip-report', wipReportInputs, parseWipReportSettings],
];
/** Values no input of ours accepts all of; each input rejects at least the ones that are not its kind. */
const JUNK = ['yes', '-1', '1.5.7', 'NOT-A-NAME', '{[', 'a=b=c', '%%%'];

/** The error line for `value` given as `input`, or undefined when the value is accepted. */
function errorFor(parse: Parse, input: string, value: string): string | undefined {
  try {
    parse((n) => (n === input ? value : undefined));
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

describe.each(actions)('%s inputs', (_action, specs, parse) => {
  it('every default parses, with nothing set', () => {
    expect(() => parse(() => undefined)).not.toThrow();
  });

  it('every input set to its own action.yml default parses', () => {
    for (const [name, spec] of Object.entries(specs))
      if (!spec.secret) expect(errorFor(parse, name, spec.default), name).toBeUndefined();
  });

  it('a bad value is one line naming the input, the value and what is allowed', () => {
    let rejected = 0;
    for (const name of Object.keys(specs))
      for (const value of JUNK) {
        const message = errorFor(parse, name, value);
        if (message === undefined) continue;
        rejected++;
        expect(message.split('\n'), `${name}=${value}`).toHaveLength(1);
        expect(message, `${name}=${value}`).toMatch(new RegExp(`^(Input '${name}'|'${name}') `));
        expect(message, `${name}=${value}`).toContain(JSON.stringify(value));
        expect(message, `${name}=${value}`).toMatch(/Allowed: |allowed/);
      }
    expect(rejected).toBeGreaterThan(0);
  });
});
