import { expect, it } from 'vitest';
import { thousands } from '../../src/number-format.ts';

it('writes numbers as toLocaleString("en-US") does', () => {
  const values = [
    0, 1, 12, 999, 1000, 1234, 99_999, 100_000, 1_234_567, 3000, -1, -1234, -1_000_000, 0.5, 1234.5, -0.0001, -0,
  ];
  values.push(12.3456, 1_000_000.125, 2 ** 31, Number.MAX_SAFE_INTEGER);
  let x = 1; // a fixed pseudo-random sequence (Park–Miller), so every run checks the same numbers
  for (let i = 0; i < 2000; i++) values.push((x = (x * 48271) % 2147483647) % 10 ** (1 + (i % 10)));
  for (const v of values) expect(thousands(v), String(v)).toBe(v.toLocaleString('en-US'));
});

it('with one fraction digit, writes numbers as Intl.NumberFormat does with maximumFractionDigits 1', () => {
  const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
  const values = [0, 0.05, 0.15, 0.25, 1.05, 2.25, -2.25, 12.34, 99.95, 1234.56, -0.04, 66.66666666666667];
  for (let i = 0; i < 3000; i++) values.push(i / 7, (i * 37) / 12, i / 3 - 500);
  for (const v of values) expect(thousands(v, 1), String(v)).toBe(intl.format(v));
});
