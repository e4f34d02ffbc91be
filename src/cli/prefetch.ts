/**
 * Starts a local check's git reads before its code is loaded: the flags that name the range are picked out of
 * argv by a loose pre-scan, the git processes run while the check's modules (settings schemas, YAML, rules)
 * load, and the run uses them only when its real flag parsing names the same range (issue #14 §3).
 */
import { parseArgs } from 'node:util';
import { changeSetFromGit } from '../facts/git/change-set.ts';
import { compareCommits, readObjects, type CommitPair } from '../facts/git/run-git.ts';
import { SHORT_ID, shortIds } from '../facts/git/shallow.ts';
import type { ChangeSet } from '../facts/types.ts';
import { WORKSPACE_FILES } from '../facts/workspaces/files.ts';
import { CONFIG_PATH } from '../inputs/config-path.ts';

/**
 * What a check run reads from git for a range, started together, in three git processes: the refs (rev-parse),
 * the diff, and one batch (cat-file) with the settings file at base, the workspace files at head and the short
 * ids of head and the merge base. A failure waits until awaited.
 */
export interface GitReads {
  cwd: string;
  base: string;
  head: string;
  configFromGit: boolean;
  pair: Promise<CommitPair | undefined>;
  changes: Promise<ChangeSet>;
  configText: Promise<string | undefined>;
  /** WORKSPACE_FILES at head, in that order. */
  workspaceFiles: Promise<(string | undefined)[]>;
  /** Short ids of head and of the one merge base, when there is one. */
  shortIds: Promise<[string, string] | undefined>;
}

/**
 * The batch: the settings file and the workspace files are asked at once, the short-id candidates of head and
 * the merge base as soon as the refs are known (one cat-file process, started now).
 */
async function batch(
  cwd: string,
  base: string,
  head: string,
  configFromGit: boolean,
  pair: Promise<CommitPair | undefined>,
) {
  const first = [...(configFromGit ? [`${base}:${CONFIG_PATH}`] : []), ...WORKSPACE_FILES.map((f) => `${head}:${f}`)];
  const ids = pair.then((p) => (p?.mergeBases.length === 1 ? [p.head, p.mergeBases[0]!] : []));
  const found = (
    await readObjects(
      cwd,
      first,
      ids.then((i) => i.map((id) => id.slice(0, SHORT_ID))),
    )
  ).map((o) => (typeof o === 'object' ? o : undefined));
  const text = (i: number): string | undefined => found[i]?.text;
  const at = configFromGit ? 1 : 0;
  // A prefix that names exactly its commit is git's --short=7; an ambiguous one is lengthened by shortIds.
  const both = await ids;
  const prefixes = both.map((id, i) => (found[first.length + i]?.id === id ? id.slice(0, SHORT_ID) : undefined));
  const shorts = !both.length
    ? undefined
    : prefixes.every((p) => p !== undefined)
      ? (prefixes as [string, string])
      : ((await shortIds(cwd, both)) as [string, string]);
  return { config: configFromGit ? text(0) : undefined, files: WORKSPACE_FILES.map((_, i) => text(at + i)), shorts };
}

export function startGitReads(cwd: string, base: string, head: string, configFromGit: boolean): GitReads {
  const changes = changeSetFromGit(cwd, base, head);
  changes.catch(() => undefined);
  const pair = compareCommits(cwd, base, head);
  const read = batch(cwd, base, head, configFromGit, pair);
  const none = { config: undefined, files: WORKSPACE_FILES.map(() => undefined), shorts: undefined };
  const settled = read.catch(() => none); // not a repository, a bad ref: the refs' own check says so
  return {
    cwd,
    base,
    head,
    configFromGit,
    pair,
    changes,
    configText: settled.then((r) => r.config),
    workspaceFiles: settled.then((r) => r.files),
    shortIds: settled.then((r) => r.shorts),
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
