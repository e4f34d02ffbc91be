import * as z from 'zod/mini';
import { globProblem } from '../checks/globs.ts';
import { LABEL_MAX_LENGTH } from '../checks/sizes.ts';
import { fromString, lines, problem, type InputSpec } from './spec.ts';

/** Newline-separated minimatch globs, each checked for problems. */
export const globList = fromString((s, ctx) => {
  const patterns = lines(s);
  for (const p of patterns) {
    const bad = globProblem(p);
    if (bad) return problem(ctx, `pattern ${JSON.stringify(p)} is malformed (${bad})`);
  }
  return patterns;
});

export const tokenInput = (description: string): InputSpec<string> => ({
  description,
  default: '${{ github.token }}',
  whenEmpty: '',
  allowed: 'a GitHub token, e.g. ${{ github.token }}',
  schema: z.string().check(z.trim(), z.minLength(1, 'the token is empty')),
  secret: true,
  actionOnly: true,
});

/** Files no check counts, on top of lockfiles and linguist-generated/vendored files. */
export const ignoreInput: InputSpec<string[]> = {
  description:
    'Extra files not to count: newline-separated minimatch globs (dot files match; `!` re-includes, the last matching line wins). Lockfiles and linguist-generated/vendored files are already ignored.',
  default: '',
  allowed: 'newline-separated minimatch globs such as "docs/generated/**" or "!package-lock.json"',
  schema: globList,
};

/** A label name as GitHub takes it: at most 50 characters (it counts characters, not UTF-16 units). */
export const labelName = z.string().check(
  z.trim(),
  z.refine((s) => [...s].length <= LABEL_MAX_LENGTH, `longer than GitHub's ${LABEL_MAX_LENGTH}-character label limit`),
);
