/**
 * Starts a local check's git reads before its code is loaded: the flags that name the range are picked out of
 * argv by a loose pre-scan, the git processes run while the check's modules (settings schemas, YAML, rules)
 * load, and the run uses them only when its real flag parsing names the same range (issue #14 §3).
 */
import { parseArgs } from 'node:util';
import { changeSetFromGit } from '../facts/git/change-set.ts';
import { compareCommits, type CommitPair } from '../facts/git/run-git.ts';
import { readConfigFromGit } from '../facts/config-source.ts';
import type { ChangeSet } from '../facts/types.ts';

/** What a check run reads from git for a range, started together; a failure waits until awaited. */
export interface GitReads {
  cwd: string;
  base: string;
  head: string;
  configFromGit: boolean;
  pair: Promise<CommitPair | undefined>;
  changes: Promise<ChangeSet>;
  configText: Promise<string | undefined>;
}

export function startGitReads(cwd: string, base: string, head: string, configFromGit: boolean): GitReads {
  const changes = changeSetFromGit(cwd, base, head);
  changes.catch(() => undefined);
  return {
    cwd,
    base,
    head,
    configFromGit,
    pair: compareCommits(cwd, base, head),
    changes,
    configText: configFromGit ? readConfigFromGit(cwd, base) : Promise.resolve(undefined),
  };
}

/** The git reads of `argv`'s range when it names --base (else undefined: the base is picked later). */
export function prefetchGitReads(argv: string[], cwd: string): GitReads | undefined {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: false,
      options: {
        base: { type: 'string' },
        head: { type: 'string' },
        cwd: { type: 'string' },
        config: { type: 'string' },
      },
    }));
  } catch {
    return undefined;
  }
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const base = text(values.base);
  if (base === undefined) return undefined;
  return startGitReads(text(values.cwd) ?? cwd, base, text(values.head) ?? 'HEAD', text(values.config) === undefined);
}

/** The prefetched reads when they are of exactly this range, else new ones. */
export function gitReadsFor(
  prefetched: GitReads | undefined,
  range: { cwd: string; base: string; head: string; configFromGit: boolean },
): GitReads {
  const p = prefetched;
  return p &&
    p.cwd === range.cwd &&
    p.base === range.base &&
    p.head === range.head &&
    p.configFromGit === range.configFromGit
    ? p
    : startGitReads(range.cwd, range.base, range.head, range.configFromGit);
}
