/** GitHub's own rules as pure functions (issue #12): closing keywords in prose only, names compared case-insensitively, label length, logins. */
import { describe, expect, it } from 'vitest';
import { closingReferences, issueRefs, proseOnly } from '../../src/checks/closing-references.ts';
import { hasLabel, uniqueNames } from '../../src/checks/names.ts';
import { parseSizes } from '../../src/checks/sizes.ts';
import { SkippedItems } from '../../src/facts/github/partial-read.ts';
import { parseDocsRequiredSettings } from '../../src/inputs/docs-required.ts';
import { parseIssueLinkedSettings } from '../../src/inputs/issue-linked.ts';
import { parsePrSizeSettings } from '../../src/inputs/pr-size.ts';
import { parseReviewLatencySettings } from '../../src/inputs/review-latency.ts';
import { parseWipReportSettings } from '../../src/inputs/wip-report.ts';

describe('closing keywords are read from prose only', () => {
  it.each([
    ['<!-- Closes #1 -->', []],
    ['<!--\nFixes #1\n-->Resolves #2', ['o/r#2']],
    ['<!-- unclosed\nCloses #1', []],
    ['```\nCloses #1\n```\nCloses #2', ['o/r#2']],
    ['~~~~\nCloses #1\n~~~\nCloses #3\n~~~~\nCloses #2', ['o/r#2']],
    ['```md\nFixes #1', []],
    ['Use `Closes #1` then ``a ` Fixes #2`` and Fixes #3', ['o/r#3']],
    ['Closes #4 and fixes octo/app#5', ['o/r#4', 'octo/app#5']],
  ])('%j links %j', (text, refs) => {
    expect(closingReferences(text, 'o/r')).toEqual(refs);
  });

  it('keeps the prose around what it removes', () => {
    expect(proseOnly('a <!-- b --> c `d` e')).toBe('a   c   e');
  });

  it('issue references are deduplicated case-insensitively', () => {
    expect(issueRefs(['Octo/App#1', 'octo/app#1', 'a/b#2'])).toEqual(['a/b#2', 'Octo/App#1']);
  });
});

describe('label names and logins are compared case-insensitively', () => {
  it('hasLabel and uniqueNames', () => {
    expect(hasLabel(['Size/L'], 'size/l')).toBe(true);
    expect(uniqueNames(['octo/app', 'Octo/App', 'x/y'])).toEqual(['octo/app', 'x/y']);
  });

  it('sizes that differ only in case are refused (they would be one label)', () => {
    expect(parseSizes('XS=0,xs=10')).toBe('"xs" and "XS" differ only in case (labels are case-insensitive)');
  });

  it('fail-at and warn-at name a size in any case', () => {
    const s = parsePrSizeSettings((n) => ({ 'fail-at': 'xl', 'warn-at': 'l' })[n]);
    expect([s.failAt, s.warnAt]).toEqual(['XL', 'L']);
  });

  it('ignore-users takes @login in any case and refuses what cannot be a login', () => {
    const s = parseReviewLatencySettings((n) => (n === 'ignore-users' ? '@Alice, bob\nrenovate[bot]' : undefined));
    expect([...s.ignoreUsers]).toEqual(['alice', 'bob', 'renovate[bot]']);
    expect(() => parseReviewLatencySettings((n) => (n === 'ignore-users' ? 'a b@c' : undefined))).toThrow(
      `Input 'ignore-users' is "a b@c": "b@c" is not a GitHub login.`,
    );
  });

  it('wip-report reads a repository listed twice once', () => {
    const s = parseWipReportSettings((n) => (n === 'repositories' ? 'o/r, O/R\no/r' : undefined));
    expect(s.repositories).toEqual(['o/r']);
  });
});

describe('GitHub\u2019s limits and defaults in pr-size inputs', () => {
  it('a label over 50 characters is refused, naming the input that makes it long', () => {
    const long = 'XS=0,needs-splitting-before-anyone-can-review-it-in-a-day=10';
    expect(() => parsePrSizeSettings((n) => (n === 'sizes' ? long : undefined))).toThrow(
      /^Input 'sizes' is .*: the label "size\/needs-splitting-before-anyone-can-review-it-in-a-day" is 57 characters; GitHub allows 50\./,
    );
    expect(() =>
      parsePrSizeSettings((n) => ({ 'label-prefix': 'p'.repeat(40), sizes: 'XS=0,ELEVENCHARS=5' })[n]),
    ).toThrow(/^Input 'sizes' is .*is 51 characters/);
    expect(parsePrSizeSettings((n) => (n === 'label-prefix' ? 'p'.repeat(40) : undefined)).labelPrefix).toHaveLength(
      40,
    );
  });

  it('warn-at left at XL means the second-largest size when there is no XL, and nothing with one size', () => {
    expect(parsePrSizeSettings((n) => ({ sizes: 'small=0,medium=50,large=400' })[n]).warnAt).toBe('medium');
    expect(parsePrSizeSettings((n) => ({ sizes: 'all=0' })[n]).warnAt).toBeUndefined();
    expect(parsePrSizeSettings(() => undefined).warnAt).toBe('XL');
  });
});

describe('skip labels fit GitHub\u2019s 50-character limit', () => {
  it.each([
    ['issue-linked', parseIssueLinkedSettings],
    ['docs-required', parseDocsRequiredSettings],
  ] as const)('%s: 50 characters pass, 51 are one error line', (_check, parse) => {
    expect(parse((n) => (n === 'skip-label' ? '\u00e9'.repeat(50) : undefined)).skipLabel).toHaveLength(50);
    expect(() => parse((n) => (n === 'skip-label' ? 'x'.repeat(51) : undefined))).toThrow(
      /^Input 'skip-label' is "x{51}": longer than GitHub's 50-character label limit\. Allowed: a label name of at most 50 characters\.$/,
    );
  });
});

describe('partial reads are said in one sentence naming the permission', () => {
  it('counts nulls per kind and quotes GitHub\u2019s first error', () => {
    const s = new SkippedItems();
    expect(s.nonNull([1, null, 2, null], 'open pull request', 'pull-requests: read')).toEqual([1, 2]);
    s.nonNull([null], 'closing issue reference', 'issues: read');
    s.problems([{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }]);
    expect(s.sentence()).toBe(
      "Some data could not be read and was skipped: 2 open pull requests, 1 closing issue reference (GitHub: FORBIDDEN: Resource not accessible by integration). If the token should see them, give the job 'pull-requests: read' and 'issues: read' in its permissions: block.",
    );
    expect(new SkippedItems().sentence()).toBeUndefined();
  });
});
