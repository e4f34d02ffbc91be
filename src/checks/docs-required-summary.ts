/**
 * docs-required's words: the annotations and summary blocks for a decision made in docs-required.ts.
 * Pure, like the rule it presents.
 */
import type { ChangeSet } from '../facts/types.ts';
import { HANDBOOK, quoteOf } from '../handbook.ts';
import type { DocsRequiredSettings } from '../inputs/docs-required.ts';
import type { Annotation, Block, Inline } from '../verdict.ts';
import type { DocsRequiredDecision, DocsRequiredFacts, DocsRequiredState, RuleOutcome } from './docs-required.ts';
import { thousands } from '../number-format.ts';

/** Files listed per unsatisfied mapping in the summary before "and N more". */
export const FILES_SHOWN = 50;

const handbookRule = (settings: DocsRequiredSettings) => (settings.mode === 'tests' ? HANDBOOK.tests : HANDBOOK.docs);
const nounOf = (settings: DocsRequiredSettings): 'docs' | 'tests' => (settings.mode === 'tests' ? 'tests' : 'docs');

const globsText = (globs: readonly string[]): Inline[] =>
  globs.flatMap((g, i): Inline[] => [i ? ', ' : '', { code: g }]);

function headline(state: DocsRequiredState, settings: DocsRequiredSettings): string {
  const headlines: Record<DocsRequiredState, string> = {
    'skipped by label': `skipped by the '${settings.skipLabel}' label`,
    draft: 'draft: not checked yet',
    'cannot tell': 'cannot tell',
    missing: `${nounOf(settings)} missing`,
    'no code changed': 'no code changed',
    satisfied: 'satisfied',
  };
  return headlines[state];
}

export function docsRequiredAnnotations(
  { state, unsatisfied }: DocsRequiredDecision,
  changes: ChangeSet,
  settings: DocsRequiredSettings,
): Annotation[] {
  const noun = nounOf(settings);
  const rule = handbookRule(settings);
  if (state === 'draft')
    return [
      {
        level: 'notice',
        message: `docs-required: this PR is a draft and drafts=neutral, so ${noun} are checked once it is ready for review.`,
      },
    ];
  if (state === 'cannot tell')
    return [
      {
        level: 'warning',
        title: `docs-required could not decide`,
        message: `No ${noun} change was seen for ${unsatisfied.length} mapping(s), but GitHub listed only ${thousands(changes.files.length)} of this PR's ${thousands(changes.incomplete!.totals.files)} files, so the ${noun} may be among the rest. Check out the PR with fetch-depth: 0 before this step for an exact answer.`,
      },
    ];
  if (state !== 'missing') return [];
  const byFile = new Map<string, string[][]>();
  for (const o of unsatisfied) for (const f of o.owing) byFile.set(f, [...(byFile.get(f) ?? []), o.docs]);
  return [...byFile].map(([file, docsSets]) => ({
    level: 'error',
    file,
    title: `${noun} missing (handbook ${rule.section})`,
    message: `${file} changed, but no file matching ${docsSets.map((d) => d.join(', ')).join('; or ')} did. ${quoteOf(rule)} Add or update ${noun}, or add the '${settings.skipLabel}' label if none are needed.`,
  }));
}

function mappingsTable(outcomes: readonly RuleOutcome[], noun: 'docs' | 'tests'): Block {
  return {
    kind: 'table',
    header: [
      '#',
      'Code',
      noun === 'docs' ? 'Docs' : 'Tests',
      'Code files',
      `${noun === 'docs' ? 'Docs' : 'Test'} files`,
      'Result',
    ],
    align: ['right', 'left', 'left', 'right', 'right', 'left'],
    rows: outcomes.map((o) => [
      String(o.index),
      globsText(o.code),
      globsText(o.docs),
      String(o.codeFiles.length),
      String(o.docsFiles.length),
      o.result,
    ]),
  };
}

/** Per unsatisfied mapping: which docs would satisfy it and the code files that owe them. */
function unsatisfiedBlocks(unsatisfied: readonly RuleOutcome[], noun: 'docs' | 'tests'): Block[] {
  return unsatisfied.flatMap((o): Block[] => [
    {
      kind: 'heading',
      level: 3,
      text: [`Mapping ${o.index}: code without ${noun}. Any of `, ...globsText(o.docs), ' would satisfy it.'],
    },
    { kind: 'list', items: o.owing.slice(0, FILES_SHOWN).map((f) => ({ code: f })) },
    ...(o.owing.length > FILES_SHOWN
      ? [{ kind: 'paragraph' as const, text: `…and ${o.owing.length - FILES_SHOWN} more code files.` }]
      : []),
  ]);
}

export function docsRequiredSummary(
  { state, outcomes, unsatisfied, filesMissing }: DocsRequiredDecision,
  { pr, changes }: DocsRequiredFacts,
  settings: DocsRequiredSettings,
): Block[] {
  const noun = nounOf(settings);
  const summary: Block[] = [
    {
      kind: 'heading',
      level: 2,
      text: [`${noun === 'docs' ? 'Docs' : 'Tests'} required: `, { strong: headline(state, settings) }],
    },
    ...(pr ? [{ kind: 'paragraph' as const, text: [`Pull request #${pr.number}: `, pr.title] }] : []),
    { kind: 'quote', text: quoteOf(handbookRule(settings)) },
    mappingsTable(outcomes, noun),
    ...unsatisfiedBlocks(unsatisfied, noun),
  ];
  if (state === 'no code changed') {
    const code = [...new Set(outcomes.flatMap((o) => o.code))];
    summary.push({
      kind: 'paragraph',
      text: ['No changed file matched the code globs (', ...globsText(code), `), so no ${noun} are owed.`],
    });
  }
  for (const o of outcomes.filter((x) => x.result === 'removals and renames only')) {
    summary.push({
      kind: 'paragraph',
      text: `Mapping ${o.index}: this PR only deleted or renamed code (${o.codeFiles.length} files), so no ${noun} are owed.`,
    });
  }
  if (state === 'skipped by label' && unsatisfied.length) {
    summary.push({
      kind: 'paragraph',
      text: `Without the '${settings.skipLabel}' label, ${unsatisfied.length} mapping(s) would need ${noun}: ${unsatisfied.map((o) => o.index).join(', ')}.`,
    });
  }
  if (changes.incomplete && filesMissing)
    summary.push({ kind: 'paragraph', text: [{ strong: 'Partial file list:' }, ` ${changes.incomplete.reason}`] });
  return summary;
}
