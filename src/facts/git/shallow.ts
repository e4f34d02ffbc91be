import { mayHoldRepository, runGit } from './run-git.ts';

/** True when the checkout is a shallow clone (`git clone --depth N`, actions/checkout's default fetch-depth: 1). */
export async function isShallow(cwd: string): Promise<boolean> {
  if (!mayHoldRepository(cwd)) return false;
  try {
    return (await runGit(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  } catch {
    return false;
  }
}

/** The one line that says what a shallow clone cannot do, and the two ways to fix it. */
export const SHALLOW_FIX =
  'this checkout is a shallow clone (git clone --depth, or actions/checkout with its default fetch-depth: 1), so the history to compare against is missing. Fix: run git fetch --unshallow, or in a workflow set fetch-depth: 0 on actions/checkout.';

/** How short a shown commit id may be: git lengthens it where that many digits name more than one object. */
export const SHORT_ID = 7;

/** Short ids of full commit ids (git's `--short=7`: at least 7 digits, more where 7 are ambiguous), in one process. */
export async function shortIds(cwd: string, ids: readonly string[]): Promise<string[]> {
  const out = await runGit(cwd, [
    'log',
    '--no-walk=unsorted',
    `--abbrev=${SHORT_ID}`,
    '--format=%H %h',
    ...new Set(ids),
  ]);
  const short = new Map(out.split('\n').map((l) => l.split(' ') as [string, string]));
  return ids.map((id) => short.get(id) ?? id.slice(0, SHORT_ID));
}
