import { compareCommits, hasCommit, mergeBase, resolveCommit, type CommitPair } from '../facts/git/run-git.ts';
import { isShallow, SHALLOW_FIX, shortIds } from '../facts/git/shallow.ts';
import { UsageError } from './args.ts';

export const BASE_CANDIDATES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];

/** What the CLI compared, said in one line before the result. */
export interface Comparison {
  base: string;
  head: string;
  /** Short ids of head and of the merge base. */
  headSha: string;
  mergeBaseSha: string;
  /** True when --base was not given and a default branch was picked. */
  defaulted: boolean;
}

/** `HEAD (1a2b3c4) vs origin/main, merge base 9f8e7d6`, plus what to pass when HEAD is the base itself. */
export function describeComparison(c: Comparison): string {
  const line = `Compared ${c.head} (${c.headSha}) vs ${c.base}, merge base ${c.mergeBaseSha}.`;
  if (c.headSha !== c.mergeBaseSha) return line;
  return `${line} ${c.head} is ${c.defaulted ? `the default base ${c.base}` : `already in ${c.base}`}, so there is nothing to compare: pass --base REF, e.g. --base HEAD~1 for the last commit.`;
}

async function shallowError(cwd: string, command: string, what: string): Promise<UsageError | undefined> {
  return (await isShallow(cwd)) ? new UsageError(`dev-process ${command}: ${what}: ${SHALLOW_FIX}`) : undefined;
}

async function pickBase(cwd: string, base: string | undefined, command: string): Promise<string> {
  if (base !== undefined) {
    if (await hasCommit(cwd, base)) return base;
    throw (
      (await shallowError(cwd, command, `--base ${JSON.stringify(base)} is not in this checkout`)) ??
      new UsageError(
        `dev-process ${command}: --base ${JSON.stringify(base)} is not a commit in this repository. Allowed: a branch, tag or commit, e.g. --base HEAD~1 or --base origin/main.`,
      )
    );
  }
  for (const c of BASE_CANDIDATES) if (await hasCommit(cwd, c)) return c;
  throw (
    (await shallowError(cwd, command, 'no --base given and no default branch in this checkout')) ??
    new UsageError(
      `dev-process ${command}: no --base given and none of ${BASE_CANDIDATES.join(', ')} exists. Pass --base REF, e.g. --base HEAD~1.`,
    )
  );
}

/** The --base to use (validated, or the first default branch that exists) and what will be compared. */
export async function resolveRefs(
  cwd: string,
  base: string | undefined,
  head: string,
  command: string,
  /** compareCommits(cwd, base, head) and the short ids of its answer, already started, if they were. */
  started?: { pair: Promise<CommitPair | undefined>; shortIds: Promise<[string, string] | undefined> },
): Promise<Comparison> {
  // One git process when --base is given and both sides share one merge base; else one question at a time,
  // which also says precisely what is wrong.
  const pair = base === undefined ? undefined : await (started?.pair ?? compareCommits(cwd, base, head));
  if (pair?.mergeBases.length === 1) {
    const [headSha = '', mergeBaseSha = ''] =
      (await started?.shortIds) ?? (await shortIds(cwd, [pair.head, pair.mergeBases[0]!]));
    return { base: base!, head, headSha, mergeBaseSha, defaulted: false };
  }
  const headId = await resolveCommit(cwd, head);
  if (headId === undefined) {
    if (head === 'HEAD' || !(await hasCommit(cwd, 'HEAD')))
      throw new UsageError(
        `dev-process ${command}: ${JSON.stringify(cwd)} is not a git checkout with commits. Run it inside a repository.`,
      );
    throw new UsageError(`dev-process ${command}: --head ${JSON.stringify(head)} is not a commit in this repository.`);
  }
  const picked = await pickBase(cwd, base, command);
  const merge = await mergeBase(cwd, picked, head);
  if (merge === undefined) {
    throw (
      (await shallowError(cwd, command, `${head} and ${picked} have no merge base in this checkout`)) ??
      new UsageError(
        `dev-process ${command}: ${head} and --base ${JSON.stringify(picked)} share no history (no merge base). Allowed: a --base on the same history, e.g. --base HEAD~1.`,
      )
    );
  }
  const [headSha = '', mergeBaseSha = ''] = await shortIds(cwd, [headId, merge]);
  return { base: picked, head, headSha, mergeBaseSha, defaulted: base === undefined };
}
