// Round 7 of issue #17: a log line that opens with a bracketed scope tag follows a log-line convention, also when
// the tag is built from a value (`[queue:${name}] task sent`). Lines written by us. Counts: README.
import { describe, expect, it } from 'vitest';
import { added, facts, found } from '../helpers/self-review.ts';

describe('a scope-tagged log line is deliberate', () => {
  it('a message opening with [scope] or [scope:${value}] is not reported; an untagged dump is', () => {
    const f = facts(
      added('server/queue/run.ts', '  console.log(`[queue:${name}] task sent`, { id });'),
      added('server/billing/hook.ts', "  console.info('[billing] invoice settled', invoice.id);"),
      added('server/billing/event.ts', '  console.log(`[${event.type}]: ${result}`);'),
      added('server/billing/bare.ts', '  console.log(`[${invoice.id}]`);'),
      added('server/billing/plain.ts', '  console.log(invoice);'),
    );
    expect(found(f)).toEqual([
      'debug-output@server/billing/bare.ts:10:warning',
      'debug-output@server/billing/plain.ts:10:warning',
    ]);
  });
});

describe('a message composed into a const and then logged is a message', () => {
  it('console.log(message) after const message = `Sentence…` is not reported; a logged data value is', () => {
    const f = facts(
      added(
        'server/pay/send.ts',
        '  const message = `Payout of ${amount} sent to ${user.id}`;',
        '  console.log(message);',
      ),
      added('server/pay/rows.ts', '  const rows = await db.rows(id);', '  console.log(rows);'),
      added('server/pay/key.ts', '  const key = `${a}:${b}`;', '  console.log(key);'),
    );
    expect(found(f)).toEqual([
      'debug-output@server/pay/rows.ts:11:warning',
      'debug-output@server/pay/key.ts:11:warning',
    ]);
  });
});
