import { expect, it } from 'vitest';
import { thousands } from '../../src/number-format.ts';

it('writes numbers as toLocaleString("en-US") does', () => {
  const values = [0, 1, 12, 999, 1000, 1234, 99_999, 100_000, 1_234_567, 3000, -1, -1234, -1_000_000, 0.5, 1234.5];
  values.push(12.3456, 1_000_000.125, 2 ** 31, Number.MAX_SAFE_INTEGER);
  let x = 1; // a fixed pseudo-random sequence (Park–Miller), so every run checks the same numbers
  for (let i = 0; i < 2000; i++) values.push((x = (x * 48271) % 2147483647) % 10 ** (1 + (i % 10)));
  for (const v of values) expect(thousands(v), String(v)).toBe(v.toLocaleString('en-US'));
});
