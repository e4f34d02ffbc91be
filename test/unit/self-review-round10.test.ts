// Round 10 of issue #17: false-positive kinds of held-out set 14, each retold in lines we wrote ourselves.
// Counts per kind: README (self-review section) and field-runs.tsv.
import { describe, expect, it } from 'vitest';
import { added, facts, found } from '../helpers/self-review.ts';

describe('Storybook stories named *.story.*', () => {
  it('a story file may print from its placeholder callbacks; a history component is still read', () => {
    const f = facts(
      added('web/src/Cart/Cart.story.tsx', "onCheckout={() => console.log('checkout')}"),
      added('web/src/History/History.tsx', 'console.log(entries);'),
    );
    expect(found(f)).toEqual(['debug-output@web/src/History/History.tsx:10:warning']);
  });
});

describe('a framed start-up box', () => {
  it('a box drawn by several calls, or by one template over several lines, is the output meant', () => {
    const box = [
      'export function greet(version) {',
      "  console.log('----------------------------------------');",
      "  console.log('  shop - the shop server');",
      "  console.log('----------------------------------------');",
      '  console.log(`| Version: ${version.padEnd(28)} |`);',
      '  console.log(`| Node:    ${process.version.padEnd(28)} |`);',
      "  console.log('----------------------------------------');",
      '}',
    ];
    const drawn = [
      'export function greet(version) {',
      '  console.log(`',
      '╔══════════════════════════════╗',
      '║ shop ${version.padEnd(24)} ║',
      '╚══════════════════════════════╝',
      '`);',
      '}',
    ];
    const f = facts(
      added('server/boot.js', ...box),
      added('server/hello.ts', ...drawn),
      added('server/cart.js', "console.log('--------------------');", 'console.log(cart);'),
    );
    expect(found(f)).toEqual(['debug-output@server/cart.js:10:warning', 'debug-output@server/cart.js:11:warning']);
  });
});

describe('details logged on the error-reporting path', () => {
  it('output next to an error reporter (Sentry and the like, captureException) is part of reporting the error', () => {
    const reported = [
      '} catch (err) {',
      '  const info = await describeFailure(err);',
      '  console.log(info.details);',
      '  Sentry.captureException(err);',
      '}',
    ];
    const f = facts(
      added('api/pay.ts', ...reported),
      added('api/refund.ts', 'const info = await describeFailure(refund);', 'console.log(info.details);'),
    );
    expect(found(f)).toEqual(['debug-output@api/refund.ts:11:warning']);
  });
});
