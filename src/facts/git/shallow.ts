import { runGit } from './run-git.ts';

/** True when the checkout is a shallow clone (`git clone --depth N`, actions/checkout's default fetch-depth: 1). */
export async function isShallow(cwd: string): Promise<boolean> {
  try {
    return (await runGit(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  } catch {
    return false;
  }
}

/** The one line that says what a shallow clone cannot do, and the two ways to fix it. */
export const SHALLOW_FIX =
  'this checkout is a shallow clone (git clone --depth, or actions/checkout with its default fetch-depth: 1), so the history to compare against is missing. Fix: run git fetch --unshallow, or in a workflow set fetch-depth: 0 on actions/checkout.';

/** Short commit ids of `refs` (`--short` takes one revision, so one git process each, side by side). */
export function shortShas(cwd: string, refs: readonly string[]): Promise<string[]> {
  return Promise.all(
    refs.map(async (r) => (await runGit(cwd, ['rev-parse', '--short=7', '--end-of-options', `${r}^{commit}`])).trim()),
  );
}
