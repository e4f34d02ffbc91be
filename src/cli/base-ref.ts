import { hasCommit } from '../facts/git/run-git.ts';
import { UsageError } from './args.ts';

const CANDIDATES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];

/** The --base to use: the given ref (validated), or the first default branch that exists. */
export async function resolveRefs(
  cwd: string,
  base: string | undefined,
  head: string,
  command: string,
): Promise<{ base: string; head: string }> {
  if (!(await hasCommit(cwd, 'HEAD')) && !(await hasCommit(cwd, head))) {
    throw new UsageError(
      `dev-process ${command}: ${JSON.stringify(cwd)} is not a git checkout with commits. Run it inside a repository.`,
    );
  }
  if (!(await hasCommit(cwd, head)))
    throw new UsageError(`dev-process ${command}: --head ${JSON.stringify(head)} is not a commit in this repository.`);
  if (base !== undefined) {
    if (!(await hasCommit(cwd, base)))
      throw new UsageError(
        `dev-process ${command}: --base ${JSON.stringify(base)} is not a commit in this repository. Allowed: a branch, tag or commit, e.g. --base HEAD~1 or --base origin/main.`,
      );
    return { base, head };
  }
  for (const c of CANDIDATES) if (await hasCommit(cwd, c)) return { base: c, head };
  throw new UsageError(
    `dev-process ${command}: no --base given and none of ${CANDIDATES.join(', ')} exists. Pass --base REF, e.g. --base HEAD~1.`,
  );
}
