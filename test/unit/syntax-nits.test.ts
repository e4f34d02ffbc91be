import { describe, expect, it } from 'vitest';
import { isSyntaxNit } from '../../src/checks/formatters/syntax-nits.ts';

// Labelled review sentences in the style real reviews use: true = arguing about syntax (formatter territory).
const LABELLED: [string, boolean][] = [
  ['nit: missing semicolon', true],
  ['Can you add a trailing comma here?', true],
  ['We use single quotes in this codebase', true],
  ['Please use double quotes for strings', true],
  ['trailing whitespace', true],
  ['Indentation is off here', true],
  ['This line is too long, please wrap it', true],
  ['Line exceeds 120 characters', true],
  ['nit: extra blank line', true],
  ['Missing newline at end of file', true],
  ['Please sort the imports', true],
  ['import order: stdlib first, then third party', true],
  ['Tabs instead of spaces here', true],
  ['nit: formatting', true],
  ['Can you run prettier on this file?', true],
  ['please run gofmt', true],
  ['Spacing around the operator looks off', true],
  ['nit: no space before the paren', true],
  ['Brace should go on the same line', true],
  ['Remove the extra spaces', true],
  ['Should be 2-space indent, not 4', true],
  ["Almost there, just it's all black now", true],
  ['Semicolons are inconsistent in this file', true],
  ['nit: quote style', true],
  ['Please reformat this block', true],
  ['this will N+1 the DB', false],
  ['What happens if the list is empty?', false],
  ['This is a race condition when two workers pick the same job', false],
  ['Can we add a test for the timeout path?', false],
  ['Should this be behind a feature flag?', false],
  ['The variable name is confusing, maybe `retryCount`?', false],
  ['This leaks the file handle on error', false],
  ["Let's extract this into a helper, it is duplicated in three places", false],
  ['Why not use the existing cache here?', false],
  ['This query is missing an index on user_id', false],
  ['Looks good to me!', false],
  ['Please remove that console.log', false],
  ['The error message should say which input was wrong', false],
  ['This is O(n^2) for large PRs', false],
  ['The indentation change moved the return inside the loop, so the logic changed', false],
  ['Should the token be masked before logging?', false],
  ['Do we need to handle the null case?', false],
  ['This breaks backwards compatibility of the API', false],
  ['Could you split this PR? It is hard to review', false],
  ['The docs need an update for the new flag', false],
  ['I think the retry count should be configurable', false],
  ['Missing await here, the promise is never handled', false],
  ['This SQL is built from user input, use a parameterised query', false],
];

function score(): { precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [text, nit] of LABELLED) {
    const said = isSyntaxNit(text);
    if (said && nit) tp++;
    else if (said && !nit) fp++;
    else if (!said && nit) fn++;
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
}
const { precision, recall } = score();

describe('syntax-nit classifier (handbook §5)', () => {
  it(`labelled corpus of ${LABELLED.length} review sentences: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (target ≥ 0.9 both)`, () => {
    expect(LABELLED.length).toBeGreaterThanOrEqual(40);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it.each(LABELLED.filter(([, nit]) => nit).slice(0, 5))('%s → a syntax nit', (text) => {
    expect(isSyntaxNit(text)).toBe(true);
  });

  it('ignores quoted code and suggestion blocks when classifying', () => {
    expect(isSyntaxNit('```suggestion\nconst a = 1;\n```\nThis drops the error, we need the catch')).toBe(false);
    expect(isSyntaxNit('> trailing comma\n\nNo, the real problem is the missing await')).toBe(false);
  });
});
