/**
 * pr-size — handbook §2 "Sizing a task and reducing WIP":
 *   "Your PRs should ideally be sized to be doable in one day, including code review and QA.
 *    If it's not, you should break it down into smaller chunks until it fits into a day."
 *
 * Pure: (facts, settings) -> Verdict. Counts changed lines (additions + deletions) of every file
 * that isn't ignored, picks the size bucket, and says how to split a big PR.
 */
import { HANDBOOK, quoteOf } from '../handbook.ts';
import type { ChangeSet, ChangedFile, PullRequestInfo } from '../facts/types.ts';
import type { PrSizeSettings } from '../inputs/pr-size.ts';
import { hasLabel, nameKey, sameName } from './names.ts';
import {
  noLabelChanges,
  type Annotation,
  type Block,
  type Conclusion,
  type Inline,
  type LabelChanges,
  type Verdict,
} from '../verdict.ts';
import { makeFileFilter, partitionFiles, type IgnoreReason } from './ignore.ts';
import { sizeColor, sizeFor, sizeRank } from './sizes.ts';
import { OUTSIDE_PACKAGES, ROOT_FILES, splitGroups } from './split-groups.ts';

export interface PrSizeFacts {
  /** Absent when run locally on a git range (CLI). */
  pr?: PullRequestInfo;
  changes: ChangeSet;
  /** Workspace package directories (package.json workspaces, pnpm, Cargo, go.work), when known. */
  packages?: readonly string[];
}

export interface DirectoryCount {
  directory: string;
  files: number;
  lines: number;
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

/** Rows shown in the summary's ignored-files table before "and N more". */
export const IGNORED_ROWS_SHOWN = 50;
const UNLISTED = '(files GitHub did not list)';
const PSEUDO = new Set([UNLISTED, ROOT_FILES, OUTSIDE_PACKAGES]);

const lineCount = (f: ChangedFile): number => f.additions + f.deletions;
/** 12,345: thousands separators for people. */
export const count = (n: number): string => n.toLocaleString('en-US');
/** "1 file", "2 files". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${count(n)} ${n === 1 ? one : many}`;

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

/** ", e.g. by area: api (400 lines), web (200 lines)" for messages that can't hold markup. */
function largestAreas(dirs: readonly DirectoryCount[], kind: string): string {
  const real = dirs.filter((d) => !PSEUDO.has(d.directory)).slice(0, 3);
  return real.length >= 2
    ? `, e.g. by ${kind}: ${real.map((d) => `${d.directory} (${plural(d.lines, 'line')})`).join(', ')}`
    : '';
}

function splitHints(counted: readonly ChangedFile[], dirs: readonly DirectoryCount[], kind: string): Inline[][] {
  const hints: Inline[][] = [];
  const real = dirs.filter((d) => d.directory !== UNLISTED);
  const name = (d: DirectoryCount): Inline =>
    d.directory === ROOT_FILES ? 'files at the root' : PSEUDO.has(d.directory) ? d.directory : { code: d.directory };
  if (real.length >= 2) {
    const top = real.slice(0, 3).flatMap((d, i): Inline[] => [i ? ', ' : '', name(d), ` (${plural(d.lines, 'line')})`]);
    hints.push([`Split by ${kind}: the largest are `, ...top, '. Each could be a PR of its own.']);
  } else if (real[0]) {
    hints.push(['All counted changes are in ', name(real[0]), ': split by feature or layer inside it.']);
  }
  const moves = counted.filter((f) => f.status === 'renamed' && lineCount(f) <= 5).length;
  if (moves > 0)
    hints.push([
      `Land the ${plural(moves, 'renamed/moved file')} in a PR of their own first: a pure move reviews in minutes.`,
    ]);
  hints.push(['Separate mechanical changes (renames, formatting, dependency bumps) from behaviour changes.']);
  hints.push([
    `Ship the smallest slice behind a feature flag (handbook ${HANDBOOK.featureFlags.section}): "${HANDBOOK.featureFlags.quote}"`,
  ]);
  return hints;
}

/** "59 ignored: generated 57, lockfile 2" — a count per reason, largest first. */
export function ignoredTally(ignored: readonly { reason: IgnoreReason }[]): string {
  const by = new Map<string, number>();
  for (const f of ignored) by.set(f.reason, (by.get(f.reason) ?? 0) + 1);
  const parts = [...by].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([r, n]) => `${r} ${count(n)}`);
  return `${count(ignored.length)} ignored: ${parts.join(', ')}`;
}

export function prSizeVerdict(facts: PrSizeFacts, settings: PrSizeSettings): Verdict<PrSizeDetails> {
  const { changes, pr } = facts;
  const { counted, ignored } = partitionFiles(changes.files, makeFileFilter(settings.ignore, changes.attributes));
  const knownLines = counted.reduce((n, f) => n + lineCount(f), 0);
  const ignoredLines = ignored.reduce((n, f) => n + lineCount(f), 0);

  let changedLines = knownLines;
  let changedFiles = counted.length;
  const split = splitGroups(counted, facts.packages);
  const dirs: DirectoryCount[] = split.groups;
  const kind = split.kind === 'package' ? 'package' : 'directory';
  if (changes.incomplete) {
    // GitHub's totals cover every file; subtract only what we know is ignored, so we never undercount.
    changedLines = Math.max(knownLines, changes.incomplete.totals.lines - ignoredLines);
    changedFiles = Math.max(counted.length, changes.incomplete.totals.files - ignored.length);
    const rest = changedLines - knownLines;
    if (rest > 0) dirs.push({ directory: UNLISTED, files: changedFiles - counted.length, lines: rest });
  }

  const size = sizeFor(changedLines, settings.sizes);
  const label = settings.labelPrefix + size.name;
  const rank = sizeRank(size.name, settings.sizes);
  const atLeast = (name: string | undefined): boolean => name !== undefined && rank >= sizeRank(name, settings.sizes);
  const hintAt = settings.sizes.some((b) => b.name === 'L') ? 'L' : settings.warnAt;
  const approximate = changes.incomplete !== undefined;
  const tally = `${approximate ? '~' : ''}${plural(changedLines, 'changed line')} in ${plural(changedFiles, 'file')}`;

  const annotations: Annotation[] = [];
  let conclusion: Conclusion = 'success';
  if (atLeast(settings.failAt)) {
    conclusion = 'failure';
    annotations.push({
      level: 'error',
      title: `PR size ${size.name} (fail-at: ${settings.failAt})`,
      message: `This PR is ${size.name}: ${tally}. Handbook ${HANDBOOK.prSize.section}: a PR should be doable in one day, including review. Split it into smaller PRs${largestAreas(dirs, kind)}; "How to split it" in the summary lists more ways.`,
    });
  } else if (atLeast(settings.warnAt)) {
    annotations.push({
      level: 'warning',
      title: `PR size ${size.name}`,
      message: `This PR is ${size.name}: ${tally}. Handbook ${HANDBOOK.prSize.section}: PRs should be doable in one day, including review. Consider splitting it; "How to split it" in the summary suggests where.`,
    });
  }

  const summary: Block[] = [
    { kind: 'heading', level: 2, text: ['PR size: ', { strong: size.name }] },
    ...(pr ? [{ kind: 'paragraph' as const, text: [`Pull request #${pr.number}: `, pr.title] }] : []),
    {
      kind: 'paragraph',
      text: [
        { strong: `${approximate ? '~' : ''}${count(changedLines)}` },
        ` changed ${changedLines === 1 ? 'line' : 'lines'} in `,
        { strong: count(changedFiles) },
        ` ${changedFiles === 1 ? 'file' : 'files'} counted`,
        ignored.length ? ` (${ignoredTally(ignored)}; ${plural(ignoredLines, 'line')}, not counted).` : '.',
        conclusion === 'failure' ? ` Fails at ${settings.failAt} and above.` : '',
      ],
    },
    { kind: 'quote', text: quoteOf(HANDBOOK.prSize) },
  ];
  if (changes.incomplete) {
    summary.push({
      kind: 'paragraph',
      text: [
        { strong: 'Approximate:' },
        ` ${changes.incomplete.reason} The count uses GitHub's totals for the whole PR minus the ignored files that are known, so it may be high but is never low.`,
      ],
    });
  }
  if (dirs.length) {
    summary.push({
      kind: 'table',
      header: [split.kind === 'package' ? 'Package' : 'Directory', 'Files', 'Lines'],
      align: ['left', 'right', 'right'],
      rows: dirs.map((d) => [
        PSEUDO.has(d.directory) ? d.directory : { code: d.directory },
        count(d.files),
        count(d.lines),
      ]),
    });
  }
  if (atLeast(hintAt)) {
    summary.push(
      { kind: 'heading', level: 3, text: 'How to split it' },
      { kind: 'list', items: splitHints(counted, dirs, kind) },
    );
  }
  if (ignored.length) {
    summary.push({ kind: 'heading', level: 3, text: 'Ignored files' });
    summary.push({
      kind: 'table',
      header: ['File', 'Why', 'Lines'],
      align: ['left', 'left', 'right'],
      rows: ignored.slice(0, IGNORED_ROWS_SHOWN).map((f) => [{ code: f.path }, f.reason, count(lineCount(f))]),
    });
    if (ignored.length > IGNORED_ROWS_SHOWN)
      summary.push({
        kind: 'paragraph',
        text: `…and ${plural(ignored.length - IGNORED_ROWS_SHOWN, 'more ignored file')}.`,
      });
  }

  return {
    check: 'pr-size',
    conclusion,
    annotations,
    labels: labelChanges(settings, pr, size.name),
    outputs: {
      size: size.name,
      label,
      'changed-lines': String(changedLines),
      'changed-files': String(changedFiles),
      'ignored-files': String(ignored.length),
      approximate: String(approximate),
    },
    summary,
    details: {
      size: size.name,
      label,
      changedLines,
      changedFiles,
      approximate,
      ...(changes.incomplete ? { approximateReason: changes.incomplete.reason } : {}),
      source: changes.source,
      byDirectory: dirs,
      ignored: ignored.map((f) => ({ path: f.path, reason: f.reason, lines: lineCount(f) })),
    },
  };
}
