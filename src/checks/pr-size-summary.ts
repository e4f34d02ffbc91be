/**
 * pr-size's words: the annotation at warn-at / fail-at, the job summary (totals, the handbook quote, the
 * table by package or directory, "How to split it", the ignored files). Pure; the verdict decides, this
 * only says it.
 */
import type { PullRequestInfo } from '../facts/types.ts';
import { HANDBOOK, quoteOf } from '../handbook.ts';
import type { Annotation, Block, Inline } from '../verdict.ts';
import type { IgnoreReason } from './ignore.ts';
import { lineCount, PSEUDO, UNLISTED, type ChangeCount, type DirectoryCount } from './pr-size-count.ts';
import { ROOT_FILES } from './split-groups.ts';
import { thousands } from '../number-format.ts';

/** What the verdict decided, for the annotation and the summary. */
export interface SizeFinding {
  size: string;
  count: ChangeCount;
  /** Why the count is approximate; absent when GitHub listed every file. */
  approximateReason?: string;
  /** 'fail' at or above fail-at, 'warn' at or above warn-at. */
  alarm?: 'fail' | 'warn';
  failAt?: string;
  /** Whether the summary says how to split the PR. */
  splitHints: boolean;
}

/** Rows shown in the summary's ignored-files table before "and N more". */
export const IGNORED_ROWS_SHOWN = 50;

/** 12,345: thousands separators for people. */
export const count = (n: number): string => thousands(n);
/** "1 file", "2 files". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${count(n)} ${n === 1 ? one : many}`;

/** ", e.g. by area: api (400 lines), web (200 lines)" for messages that can't hold markup. */
function largestAreas(dirs: readonly DirectoryCount[], kind: string): string {
  const real = dirs.filter((d) => !PSEUDO.has(d.directory)).slice(0, 3);
  return real.length >= 2
    ? `, e.g. by ${kind}: ${real.map((d) => `${d.directory} (${plural(d.lines, 'line')})`).join(', ')}`
    : '';
}

function splitHints({ counted, byDirectory: dirs, kind }: ChangeCount): Inline[][] {
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

/** The error at fail-at or the warning at warn-at, naming the size and the handbook rule. */
export function sizeAnnotations(f: SizeFinding): Annotation[] {
  const { changedLines, changedFiles, byDirectory, kind } = f.count;
  const approximate = f.approximateReason !== undefined;
  const tally = `${approximate ? '~' : ''}${plural(changedLines, 'changed line')} in ${plural(changedFiles, 'file')}`;
  if (f.alarm === 'fail')
    return [
      {
        level: 'error',
        title: `PR size ${f.size} (fail-at: ${f.failAt})`,
        message: `This PR is ${f.size}: ${tally}. Handbook ${HANDBOOK.prSize.section}: a PR should be doable in one day, including review. Split it into smaller PRs${largestAreas(byDirectory, kind)}; "How to split it" in the summary lists more ways.`,
      },
    ];
  if (f.alarm === 'warn')
    return [
      {
        level: 'warning',
        title: `PR size ${f.size}`,
        message: `This PR is ${f.size}: ${tally}. Handbook ${HANDBOOK.prSize.section}: PRs should be doable in one day, including review. Consider splitting it; "How to split it" in the summary suggests where.`,
      },
    ];
  return [];
}

/** "1,234 changed lines in 5 files counted (2 ignored: …; 40 lines, not counted). Fails at XL and above." */
function totals(f: SizeFinding): Inline[] {
  const { changedLines, changedFiles, ignored, ignoredLines } = f.count;
  return [
    { strong: `${f.approximateReason !== undefined ? '~' : ''}${count(changedLines)}` },
    ` changed ${changedLines === 1 ? 'line' : 'lines'} in `,
    { strong: count(changedFiles) },
    ` ${changedFiles === 1 ? 'file' : 'files'} counted`,
    ignored.length ? ` (${ignoredTally(ignored)}; ${plural(ignoredLines, 'line')}, not counted).` : '.',
    f.alarm === 'fail' ? ` Fails at ${f.failAt} and above.` : '',
  ];
}

function directoryTable({ byDirectory: dirs, kind }: ChangeCount): Block[] {
  if (!dirs.length) return [];
  const rows = dirs.map((d) => [
    PSEUDO.has(d.directory) ? d.directory : { code: d.directory },
    count(d.files),
    count(d.lines),
  ]);
  return [
    {
      kind: 'table',
      header: [kind === 'package' ? 'Package' : 'Directory', 'Files', 'Lines'],
      align: ['left', 'right', 'right'],
      rows,
    },
  ];
}

function ignoredFiles(ignored: ChangeCount['ignored']): Block[] {
  if (!ignored.length) return [];
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: 'Ignored files' },
    {
      kind: 'table',
      header: ['File', 'Why', 'Lines'],
      align: ['left', 'left', 'right'],
      rows: ignored.slice(0, IGNORED_ROWS_SHOWN).map((f) => [{ code: f.path }, f.reason, count(lineCount(f))]),
    },
  ];
  if (ignored.length > IGNORED_ROWS_SHOWN)
    blocks.push({
      kind: 'paragraph',
      text: `…and ${plural(ignored.length - IGNORED_ROWS_SHOWN, 'more ignored file')}.`,
    });
  return blocks;
}

export function prSizeSummary(f: SizeFinding, pr: PullRequestInfo | undefined): Block[] {
  const approximate: Block[] =
    f.approximateReason !== undefined
      ? [
          {
            kind: 'paragraph',
            text: [
              { strong: 'Approximate:' },
              ` ${f.approximateReason} The count uses GitHub's totals for the whole PR minus the ignored files that are known, so it may be high but is never low.`,
            ],
          },
        ]
      : [];
  return [
    { kind: 'heading', level: 2, text: ['PR size: ', { strong: f.size }] },
    ...(pr ? [{ kind: 'paragraph' as const, text: [`Pull request #${pr.number}: `, pr.title] }] : []),
    { kind: 'paragraph', text: totals(f) },
    { kind: 'quote', text: quoteOf(HANDBOOK.prSize) },
    ...approximate,
    ...directoryTable(f.count),
    ...(f.splitHints
      ? [
          { kind: 'heading' as const, level: 3 as const, text: 'How to split it' },
          { kind: 'list' as const, items: splitHints(f.count) },
        ]
      : []),
    ...ignoredFiles(f.count.ignored),
  ];
}
