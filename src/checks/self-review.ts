/**
 * self-review — handbook §2 "Sizing a task and reducing WIP": "Test your code. Always read through your PR's changed lines … There's
 * nothing more annoying than an extra 30min review cycle that starts with 'Almost there, just it's all
 * black now, and remove that console.log please'." formatter-enforced answers the first half; this
 * check answers the console.log, reading only the lines the PR adds.
 *
 * Pure: (facts, settings) -> Verdict.
 */
import type { AttributeLookup } from '../facts/types.ts';
import type { SelfReviewSettings } from '../inputs/self-review.ts';
import { noLabelChanges, type Annotation, type Block, type Text, type Verdict } from '../verdict.ts';
import { RULE_BY_ID } from './self-review-rules.ts';
import { ALLOW_MARKER, scanAddedLines, type AddedFile, type Finding } from './self-review-scan.ts';
import { thousands } from '../number-format.ts';

export interface SelfReviewFacts {
  files: AddedFile[];
  /** Files with added lines that could not be read (no patch and no checkout), and why. */
  unread: { path: string; reason: string }[];
  /** Where the added lines came from, for the summary. */
  source: string;
  attributes: AttributeLookup;
  /** Files the root package.json runs (scripts, bin): their output is their purpose. */
  scripts?: readonly string[];
  /** Per changed path, the base's texts of files of the same name elsewhere (where it may be copied from). */
  namesakes?: Readonly<Record<string, readonly string[]>>;
}

/** Findings written to the `findings` output; `count` has them all. */
export const FINDINGS_OUTPUT_MAX = 500;
/** Findings listed in the summary table. */
const SUMMARY_ROWS = 100;

const QUOTE =
  '§2 Sizing a task and reducing WIP: "Test your code. Always read through your PR\u2019s changed lines, and test everything yourself, before handing it over for review."';

const shorten = (s: string): string => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

function annotation(f: Finding): Annotation {
  const rule = RULE_BY_ID.get(f.rule)!;
  return {
    level: f.level,
    file: f.path,
    line: f.line,
    title: `self-review: ${rule.title} (${rule.id})`,
    message: `${rule.title}: ${shorten(f.match.trim())}. ${rule.fix} (A deliberate line can carry the comment "${ALLOW_MARKER}".)`,
  };
}

function findingsTable(findings: readonly Finding[]): Block[] {
  if (!findings.length) return [];
  const rows: Text[][] = findings
    .slice(0, SUMMARY_ROWS)
    .map((f) => [f.level, f.rule, { code: `${f.path}:${f.line}` }, { code: shorten(f.match.trim()) }]);
  return [
    { kind: 'table', header: ['Level', 'Rule', 'Where', 'Found'], rows },
    ...(findings.length > SUMMARY_ROWS
      ? [{ kind: 'paragraph' as const, text: `…and ${findings.length - SUMMARY_ROWS} more (see the findings output).` }]
      : []),
  ];
}

function unreadBlocks(unread: SelfReviewFacts['unread']): Block[] {
  if (!unread.length) return [];
  return [
    {
      kind: 'paragraph',
      text: `${unread.length} file${unread.length === 1 ? '' : 's'} with added lines could not be read, so they were not checked:`,
    },
    { kind: 'list', items: unread.slice(0, 50).map((u): Text => [{ code: u.path }, ` — ${u.reason}`]) },
  ];
}

export function selfReviewVerdict(
  facts: SelfReviewFacts,
  s: SelfReviewSettings,
): Verdict<{ findings: Finding[]; unread: SelfReviewFacts['unread'] }> {
  const findings = scanAddedLines(facts.files, s, facts.attributes, facts.scripts, facts.namesakes);
  const errors = findings.filter((f) => f.level === 'error').length;
  const conclusion = errors ? 'failure' : facts.unread.length ? 'neutral' : 'success';
  const annotations = findings.map(annotation);
  if (facts.unread.length)
    annotations.push({
      level: 'warning',
      title: 'self-review: not every file was read',
      message: `${facts.unread.length} file(s) with added lines could not be read (first: ${facts.unread[0]!.path}: ${facts.unread[0]!.reason}). The check is neutral, not green: run it with a checkout (actions/checkout with fetch-depth: 0) to read them.`,
    });
  const lines = facts.files.reduce((n, f) => n + f.lines.filter((l) => !l.context).length, 0);
  const read = facts.files.filter((f) => f.lines.some((l) => !l.context)).length;
  const plural = (n: number, word: string): string => `${thousands(n)} ${word}${n === 1 ? '' : 's'}`;
  const headline: Text = findings.length
    ? ['Self-review: ', { strong: plural(findings.length, 'finding') }, errors ? ` (${errors} failing)` : '']
    : facts.unread.length
      ? ['Self-review: nothing found in the lines read, ', { strong: 'but not every file was read' }]
      : ['Self-review: ', { strong: 'nothing to remove' }];
  const summary: Block[] = [
    { kind: 'heading', level: 2, text: headline },
    { kind: 'quote', text: QUOTE },
    {
      kind: 'paragraph',
      text: [
        `Read ${plural(lines, 'added line')} in ${plural(read, 'file')} (${facts.source}). Rules: `,
        s.rules.join(', ') || 'none',
        s.failOn.length
          ? `; failing: ${s.failOn.filter((id) => s.rules.includes(id)).join(', ') || 'none'}.`
          : '; none fail.',
      ],
    },
    ...findingsTable(findings),
    ...unreadBlocks(facts.unread),
  ];
  return {
    check: 'self-review',
    conclusion,
    annotations,
    labels: noLabelChanges(),
    outputs: {
      findings: JSON.stringify(
        findings.slice(0, FINDINGS_OUTPUT_MAX).map(({ rule, path, line, level, match }) => ({
          rule,
          path,
          line,
          level,
          match,
        })),
      ),
      count: String(findings.length),
    },
    summary,
    details: { findings, unread: facts.unread },
  };
}
