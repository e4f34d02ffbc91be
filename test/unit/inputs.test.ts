import { describe, expect, it } from 'vitest';
import { parsePrSizeSettings } from '../../src/inputs/pr-size.ts';

const parse = (raw: Record<string, string>) => () => parsePrSizeSettings((n) => raw[n]);

describe('pr-size inputs', () => {
  it('defaults', () => {
    expect(parsePrSizeSettings(() => undefined)).toEqual({
      sizes: [
        { name: 'XS', minLines: 0 },
        { name: 'S', minLines: 10 },
        { name: 'M', minLines: 100 },
        { name: 'L', minLines: 250 },
        { name: 'XL', minLines: 500 },
        { name: 'XXL', minLines: 1000 },
      ],
      ignore: [],
      failAt: undefined,
      warnAt: 'XL',
      labelPrefix: 'size/',
      applyLabels: true,
    });
  });

  it.each([
    [
      { sizes: 'XS=abc' },
      `Input 'sizes' is "XS=abc": "XS=abc" is not NAME=LINES with a whole number of lines. Allowed: NAME=LINES pairs separated by commas, ascending from 0, e.g. "XS=0,S=10,M=100,L=250,XL=500,XXL=1000".`,
    ],
    [
      { 'fail-at': 'HUGE' },
      `Input 'fail-at' is "HUGE": not a size name. Allowed: one of XS, S, M, L, XL, XXL, or empty.`,
    ],
    [
      { 'warn-at': 'XXXL' },
      `Input 'warn-at' is "XXXL": not a size name. Allowed: one of XS, S, M, L, XL, XXL, or empty.`,
    ],
    [
      { ignore: 'src/**\nsrc/{a,b' },
      `Input 'ignore' is "src/**\\nsrc/{a,b": pattern "src/{a,b" is malformed (a '{' is never closed). Allowed: newline-separated minimatch globs such as "docs/generated/**" or "!package-lock.json".`,
    ],
    [{ 'apply-labels': 'yes' }, `Input 'apply-labels' is "yes": not a boolean. Allowed: true or false.`],
  ])('%j gives one error line naming input, value and what is allowed', (raw, message) => {
    expect(parse(raw)).toThrow(message);
    try {
      parse(raw)();
    } catch (e) {
      expect((e as Error).message.split('\n')).toHaveLength(1);
    }
  });

  it('fail-at is checked against custom sizes', () => {
    expect(parsePrSizeSettings((n) => ({ sizes: 'small=0,big=300', 'fail-at': 'big', 'warn-at': '' })[n]).failAt).toBe(
      'big',
    );
  });
});
