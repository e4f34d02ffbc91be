// Round 11 of issue #17: false-positive kinds of held-out set 15, each retold in lines we wrote ourselves.
// Counts per kind: README (self-review section) and field-runs.tsv.
import { describe, expect, it } from 'vitest';
import { added, facts, found } from '../helpers/self-review.ts';

describe('keys in test helpers and test classes named so are test keys', () => {
  it('a private-key header in shopTestUtils.ts, testKeys.ts, CartTest.java or sign-test.js is not reported; in a service it is', () => {
    const key = [
      'const pem = `-----BEGIN RSA PRIVATE KEY-----',
      'MIIEowIBAAKCAQEAwritten+by+us+for+this+test',
      '-----END RSA PRIVATE KEY-----`;',
    ];
    const f = facts(
      added('packages/lib/crypto/shopTestUtils.ts', ...key),
      added('packages/lib/crypto/testKeys.ts', ...key),
      added('src/main/java/shop/CartTest.java', ...key),
      added('lib/sign-test.js', ...key),
      added('packages/lib/crypto/Latest.ts', ...key),
      added('packages/lib/crypto/signing.ts', ...key),
    );
    expect(found(f)).toEqual([
      'private-key@packages/lib/crypto/Latest.ts:10:error',
      'private-key@packages/lib/crypto/signing.ts:10:error',
    ]);
  });
});
