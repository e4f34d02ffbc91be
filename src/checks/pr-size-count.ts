/**
 * What pr-size counts: changed lines (additions + deletions) of every file that isn't ignored, grouped by
 * package or directory for the split hints. When GitHub listed only part of the files, the count is
 * GitHub's totals for the whole PR minus the ignored files that are known, so it is never low.
 */
import type { ChangeSet, ChangedFile } from '../facts/types.ts';
import { makeFileFilter, partitionFiles, type Partitioned } from './ignore.ts';
import { OUTSIDE_PACKAGES, ROOT_FILES, splitGroups } from './split-groups.ts';

export interface DirectoryCount {
  directory: string;
  files: number;
  lines: number;
}

/** The row for the lines GitHub counted in files it did not list. */
export const UNLISTED = '(files GitHub did not list)';
/** Rows that are not one real directory or package. */
export const PSEUDO = new Set([UNLISTED, ROOT_FILES, OUTSIDE_PACKAGES]);

export const lineCount = (f: ChangedFile): number => f.additions + f.deletions;

export interface ChangeCount extends Partitioned {
  changedLines: number;
  changedFiles: number;
  ignoredLines: number;
  /** Counted lines by package or directory, largest first, then the unlisted rest (if any). */
  byDirectory: DirectoryCount[];
  kind: 'package' | 'directory';
}

export function countChanges(
  changes: ChangeSet,
  ignore: readonly string[],
  packages: readonly string[] | undefined,
): ChangeCount {
  const { counted, ignored } = partitionFiles(changes.files, makeFileFilter(ignore, changes.attributes));
  const knownLines = counted.reduce((n, f) => n + lineCount(f), 0);
  const ignoredLines = ignored.reduce((n, f) => n + lineCount(f), 0);

  let changedLines = knownLines;
  let changedFiles = counted.length;
  const split = splitGroups(counted, packages);
  const byDirectory: DirectoryCount[] = split.groups;
  if (changes.incomplete) {
    // GitHub's totals cover every file; subtract only what we know is ignored, so we never undercount.
    changedLines = Math.max(knownLines, changes.incomplete.totals.lines - ignoredLines);
    changedFiles = Math.max(counted.length, changes.incomplete.totals.files - ignored.length);
    const rest = changedLines - knownLines;
    if (rest > 0) byDirectory.push({ directory: UNLISTED, files: changedFiles - counted.length, lines: rest });
  }
  return { counted, ignored, changedLines, changedFiles, ignoredLines, byDirectory, kind: split.kind };
}
