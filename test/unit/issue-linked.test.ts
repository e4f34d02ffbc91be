import { describe, expect, it } from 'vitest';
import { issueLinkedVerdict, type IssueLinkFacts } from '../../src/checks/issue-linked.ts';
import { parseIssueLinkedSettings } from '../../src/inputs/issue-linked.ts';

const settings = (raw: Record<string, string> = {}) => parseIssueLinkedSettings((n) => raw[n]);
const facts = (o: Partial<IssueLinkFacts> = {}): IssueLinkFacts => ({
  repo: 'o/r',
  title: 'Add dark mode',
  body: '',
  author: { login: 'ann', bot: false },
  labels: [],
  closing: [],
  commitMessages: [],
  ...o,
});

describe('issue-linked (handbook §4)', () => {
  it.each([
    ['GitHub closing reference', facts({ closing: ['o/r#5'] }), ['o/r#5']],
    ['Closes #N in the title', facts({ title: 'Closes #12 dark mode' }), ['o/r#12']],
    ['Fixes owner/repo#N in the body', facts({ body: 'This fixes octo/app#3.' }), ['octo/app#3']],
    ['an issue URL', facts({ body: 'Resolves https://github.com/o/x/issues/9' }), ['o/x#9']],
    [
      'a commit message, as the handbook shows',
      facts({ commitMessages: ['wip', 'Closes #289 add posthog logo to website'] }),
      ['o/r#289'],
    ],
  ])('passes with %s', (_, f, issues) => {
    const v = issueLinkedVerdict(f, settings());
    expect(v.conclusion).toBe('success');
    expect(JSON.parse(v.outputs.issues!)).toEqual(issues);
    expect(v.annotations).toEqual([]);
  });

  it('a mention is not a link: "see #4" leaves it unlinked; a notice by default, a failure with fail-if-missing', () => {
    const f = facts({ body: 'see #4 for context' });
    const v = issueLinkedVerdict(f, settings());
    expect(v.conclusion).toBe('success');
    expect(v.annotations.map((a) => a.level)).toEqual(['notice']);
    expect(v.annotations[0]!.message).toContain('Closes #289');
    const strict = issueLinkedVerdict(f, settings({ 'fail-if-missing': 'true' }));
    expect(strict.conclusion).toBe('failure');
    expect(strict.annotations.map((a) => a.level)).toEqual(['error']);
    expect(strict.outputs.issues).toBe('[]');
  });

  it('skips bot authors and the skip label', () => {
    expect(
      issueLinkedVerdict(
        facts({ author: { login: 'dependabot[bot]', bot: true } }),
        settings({ 'fail-if-missing': 'true' }),
      ).conclusion,
    ).toBe('success');
    const labelled = issueLinkedVerdict(facts({ labels: ['no-issue'] }), settings({ 'fail-if-missing': 'true' }));
    expect(labelled.conclusion).toBe('success');
    expect(labelled.annotations).toEqual([]);
    expect(JSON.stringify(labelled.summary)).toContain('no-issue');
  });
});
