/** Plain data produced by the facts providers (GitHub API or local git): one shape for both. */

export type FileStatus = 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface ChangedFile {
  path: string;
  previousPath?: string;
  status: FileStatus;
  additions: number;
  deletions: number;
}

/** linguist attributes of a path, from .gitattributes (API) or `git check-attr` (checkout). */
export interface PathAttributes {
  generated: boolean;
  vendored: boolean;
}

export type AttributeLookup = (path: string) => PathAttributes;

export interface PullRequestInfo {
  number: number;
  title: string;
  draft: boolean;
  baseSha: string;
  headSha: string;
  /** Totals GitHub reports for the whole PR, used when the file list is capped. */
  additions: number;
  deletions: number;
  changedFiles: number;
  labels: string[];
  fromFork: boolean;
}

/** The changed files a check decides on: built by src/facts/pull-change-set.ts (API) or src/facts/git/change-set.ts (checkout). */
export interface ChangeSet {
  files: ChangedFile[];
  attributes: AttributeLookup;
  /** Where the file list came from, for the summary. */
  source: 'api' | 'git';
  /** Why a checkout that was there could not be used (a shallow clone), so the files came from the API. */
  fallback?: string;
  /**
   * Set when the file list is known to be incomplete (API cap, or line counts that don't add up to
   * GitHub's totals because oversized diffs report 0 lines) and no checkout could make it exact.
   * `totals` are then GitHub's own PR totals, which cover every file.
   */
  incomplete?: { reason: string; totals: { lines: number; files: number } };
}

/** Someone who acted on a PR. */
export interface Actor {
  login: string;
  bot: boolean;
}

export interface Reviewer {
  kind: 'user' | 'team';
  name: string;
}

/** Review-relevant timeline events, times in epoch ms, oldest first. */
export type TimelineEvent =
  | { kind: 'ready'; at: number }
  | { kind: 'draft'; at: number }
  | { kind: 'requested'; at: number; reviewer: Reviewer }
  | { kind: 'unrequested'; at: number; reviewer: Reviewer }
  | { kind: 'review'; at: number; author: Actor; state: string }
  | { kind: 'push'; at: number };

export interface PullTimeline {
  number: number;
  title: string;
  url: string;
  author: Actor;
  createdAt: number;
  draft: boolean;
  events: TimelineEvent[];
}

/** An open PR as the weekly report sees it: its review timeline plus size, labels and linked issues. */
export interface WipPull extends PullTimeline {
  repo: string;
  additions: number;
  deletions: number;
  changedFiles: number;
  labels: string[];
  /** GitHub's closing references, as `owner/repo#N`. */
  closingReferences: string[];
  /** The last 20 commit messages (where "Closes #N" may stand too). */
  commitMessages: string[];
  body: string;
}

export interface MergedPull {
  repo: string;
  number: number;
  title: string;
  url: string;
  author: string;
  createdAt: number;
  mergedAt: number;
  additions: number;
  deletions: number;
  labels: string[];
}

export interface Milestone {
  repo: string;
  title: string;
  url: string;
  dueOn?: number;
  open: boolean;
  /** Close times of its issues and PRs (undefined while open). */
  items: (number | undefined)[];
  /** All items, when more than were listed. */
  total: number;
}
