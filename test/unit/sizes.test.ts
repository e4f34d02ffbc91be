import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZES, parseSizes, sizeColor, sizeFor } from '../../src/checks/sizes.ts';

describe('size buckets', () => {
  const buckets = parseSizes(DEFAULT_SIZES);
  if (typeof buckets === 'string') throw new Error(buckets);

  it.each([
    [0, 'XS'],
    [9, 'XS'],
    [10, 'S'],
    [99, 'S'],
    [100, 'M'],
    [249, 'M'],
    [250, 'L'],
    [499, 'L'],
    [500, 'XL'],
    [999, 'XL'],
    [1000, 'XXL'],
    [1_000_000, 'XXL'],
  ])('%i lines is %s (a label applies at ≥ its threshold)', (lines, name) => {
    expect(sizeFor(lines, buckets).name).toBe(name);
  });

  it.each([
    ['XS=abc', '"XS=abc" is not NAME=LINES with a whole number of lines'],
    ['XS=0,S=10,M=5', '"M=5" must be larger than S=10'],
    ['S=10,M=100', 'the first size must start at 0 lines (got S=10)'],
    ['XS=0,XS=10', '"XS" appears twice'],
    ['', 'no sizes given'],
    ['XS=-1', '"XS=-1" is not NAME=LINES with a whole number of lines'],
  ])('rejects %j: %s', (text, message) => {
    expect(parseSizes(text)).toBe(message);
  });

  it('accepts newlines as separators and custom names', () => {
    expect(parseSizes('tiny=0\nhuge=2000')).toEqual([
      { name: 'tiny', minLines: 0 },
      { name: 'huge', minLines: 2000 },
    ]);
  });

  it('colours go from green to red', () => {
    expect(sizeColor(0, 6)).toBe('3cbf00');
    expect(sizeColor(5, 6)).toBe('e50009');
  });
});
