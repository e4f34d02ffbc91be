// What the built dist/ holds of zod: the functional zod/mini build only, stored once, with the English messages and
// no other locale. Classic zod (its method-chaining classes and every locale) made each run load ~380 kB more.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-dist.ts';

const DIST = join(ROOT, 'dist');
const files = (readdirSync(DIST, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.js'))
  .map((f) => ({ name: f, text: readFileSync(join(DIST, f), 'utf8') }));
const holding = (needle: string) => files.filter((f) => f.text.includes(needle)).map((f) => f.name);

describe('dist/ holds zod/mini, not classic zod', () => {
  it('the zod/mini schema classes are in exactly one file', () => {
    expect(holding('"ZodMiniType"')).toHaveLength(1);
  });

  it('no file holds classic zod (its ZodType and ZodError classes)', () => {
    expect(holding('"ZodType"')).toEqual([]);
    expect(holding('"ZodError"')).toEqual([]);
  });

  it("zod's English messages are bundled, other locales are not", () => {
    expect(holding('Invalid input: expected')).toHaveLength(1);
    // German and French messages of zod's locales.
    expect(holding('Ungültige Eingabe')).toEqual([]);
    expect(holding('Entrée invalide')).toEqual([]);
  });
});
