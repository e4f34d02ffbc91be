/**
 * pr-size — handbook §2 "Sizing a task and reducing WIP":
 *   "Your PRs should ideally be sized to be doable in one day, including code review and QA.
 *    If it's not, you should break it down into smaller chunks until it fits into a day."
 *
 * Pure: (facts, settings) -> Verdict. Counts changed lines (additions + deletions) of every file
 * that isn't ignored (pr-size-count.ts), picks the size bucket and what it calls for, and labels the PR;
 * the annotation and the summary, with how to split a big PR, are worded in pr-size-summary.ts.
 */
import type { ChangeSet, PullRequestInfo } from '../facts/types.ts';
import type { PrSizeSettings } from '../inputs/pr-size.ts';
import { noLabelChanges, type LabelChanges, type Verdict } from '../verdict.ts';
import type { IgnoreReason } from './ignore.ts';
import { hasLabel, nameKey, sameName } from './names.ts';
import { countChanges, lineCount, type DirectoryCount } from './pr-size-count.ts';
import { prSizeSummary, sizeAnnotations, type SizeFinding } from './pr-size-summary.ts';
import { sizeFor, sizeColor, sizeRank } from './sizes.ts';

export type { DirectoryCount } from './pr-size-count.ts';
export { count, ignoredTally, IGNORED_ROWS_SHOWN, plural } from './pr-size-summary.ts';

export interface PrSizeFacts {
  /** Absent when run locally on a git range (CLI). */
  pr?: PullRequestInfo;
  changes: ChangeSet;
  /** Workspace package directories (package.json workspaces, pnpm, Cargo, go.work), when known. */
  packages?: readonly string[];
}

export interface PrSizeDetails {
  size: string;
  label: string;
  changedLines: number;
  changedFiles: number;
  approximate: boolean;
  approximateReason?: string;
  source: 'api' | 'git';
  byDirectory: DirectoryCount[];
  ignored: { path: string; reason: IgnoreReason; lines: number }[];
}

/** The size label to add and the old size labels to remove, compared case-insensitively as GitHub does. */
function labelChanges(settings: PrSizeSettings, pr: PullRequestInfo | undefined, sizeName: string): LabelChanges {
  if (!pr || !settings.applyLabels) return noLabelChanges();
  const wanted = settings.labelPrefix + sizeName;
  const sizeLabels = new Set(settings.sizes.map((b) => nameKey(settings.labelPrefix + b.name)));
  const index = sizeRank(sizeName, settings.sizes);
  return {
    add: hasLabel(pr.labels, wanted)
      ? []
      : [
          {
            name: wanted,
            color: sizeColor(index, settings.sizes.length),
            description: `Pull request size ${sizeName} (pr-size)`,
          },
        ],
    remove: pr.labels.filter((l) => sizeLabels.has(nameKey(l)) && !sameName(l, wanted)),
  };
}

/**
 * The size bucket of the counted lines, and what it calls for: failing at fail-at, a warning at warn-at,
 * split hints from L (or from warn-at when the sizes have no L).
 */
function findSize(facts: PrSizeFacts, settings: PrSizeSettings): SizeFinding {
  const { changes } = facts;
  const changeCount = countChanges(changes, settings.ignore, facts.packages);
  const size = sizeFor(changeCount.changedLines, settings.sizes);
  const rank = sizeRank(size.name, settings.sizes);
  const atLeast = (name: string | undefined): boolean => name !== undefined && rank >= sizeRank(name, settings.sizes);
  const hintAt = settings.sizes.some((b) => b.name === 'L') ? 'L' : settings.warnAt;
  return {
    size: size.name,
    count: changeCount,
    ...(changes.incomplete ? { approximateReason: changes.incomplete.reason } : {}),
    alarm: atLeast(settings.failAt) ? 'fail' : atLeast(settings.warnAt) ? 'warn' : undefined,
    failAt: settings.failAt,
    splitHints: atLeast(hintAt),
  };
}

export function prSizeVerdict(facts: PrSizeFacts, settings: PrSizeSettings): Verdict<PrSizeDetails> {
  const finding = findSize(facts, settings);
  const { size, count: c } = finding;
  const label = settings.labelPrefix + size;
  const approximate = finding.approximateReason !== undefined;
  return {
    check: 'pr-size',
    conclusion: finding.alarm === 'fail' ? 'failure' : 'success',
    annotations: sizeAnnotations(finding),
    labels: labelChanges(settings, facts.pr, size),
    outputs: {
      size,
      label,
      'changed-lines': String(c.changedLines),
      'changed-files': String(c.changedFiles),
      'ignored-files': String(c.ignored.length),
      approximate: String(approximate),
    },
    summary: prSizeSummary(finding, facts.pr),
    details: {
      size,
      label,
      changedLines: c.changedLines,
      changedFiles: c.changedFiles,
      approximate,
      ...(approximate ? { approximateReason: finding.approximateReason } : {}),
      source: facts.changes.source,
      byDirectory: c.byDirectory,
      ignored: c.ignored.map((f) => ({ path: f.path, reason: f.reason, lines: lineCount(f) })),
    },
  };
}
