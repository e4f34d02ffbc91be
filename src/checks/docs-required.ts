/**
 * docs-required — handbook §7 "Documenting":
 *   "If you built it, please document it. You're in the best position to do this, and it forces
 *    you to think things through from a user perspective."
 * and, in tests mode, §3 "Writing code": "We're big fans of Test Driven Development (TDD)."
 *
 * Pure: (facts, settings) -> Verdict. Each mapping says which code paths need which docs (or test)
 * paths: a PR that changes code of a mapping must change at least one of its docs files.
 */
import type { ChangeSet, ChangedFile, PullRequestInfo } from '../facts/types.ts';
import { HANDBOOK, quoteOf } from '../handbook.ts';
import type { DocsRequiredSettings, DocsRule } from '../inputs/docs-required.ts';
import { noLabelChanges, type Annotation, type Block, type Conclusion, type Inline, type Verdict } from '../verdict.ts';
import { compileGlobLists } from './globs.ts';
import { makeFileFilter, partitionFiles } from './ignore.ts';
import { hasLabel } from './names.ts';

export interface DocsRequiredFacts {
  pr?: PullRequestInfo;
  changes: ChangeSet;
}

export type RuleResult = 'satisfied' | 'unsatisfied' | 'not triggered' | 'removals and renames only';

export interface RuleOutcome {
  index: number;
  code: string[];
  docs: string[];
  codeFiles: string[];
  docsFiles: string[];
  /** Code files that owe docs: added or edited, not deleted or purely renamed. */
  owing: string[];
  result: RuleResult;
}

export interface DocsRequiredDetails {
  mode: DocsRequiredSettings['mode'];
  skipped?: 'label' | 'draft';
  rules: RuleOutcome[];
}

/** Files listed per unsatisfied mapping in the summary before "and N more". */
export const FILES_SHOWN = 50;

const owesDocs = (f: ChangedFile): boolean =>
  f.status !== 'removed' && !(f.status === 'renamed' && f.additions + f.deletions === 0);

/** Removing a docs file documents nothing: only added, modified or renamed docs files count. */
const documents = (f: ChangedFile): boolean => f.status !== 'removed';

function evaluate(rules: readonly DocsRule[], files: readonly ChangedFile[]): RuleOutcome[] {
  // One index for every mapping's code and docs globs: each path is looked up once, not 2 × mappings times.
  const lists = compileGlobLists(rules.flatMap((r) => [r.code, r.docs]));
  const docsFiles: string[][] = rules.map(() => []);
  const codeFiles: ChangedFile[][] = rules.map(() => []);
  for (const f of files) {
    const answers = lists.decide(f.path);
    for (let i = 0; i < rules.length; i++) {
      if (answers[2 * i + 1] === true) {
        if (documents(f)) docsFiles[i]!.push(f.path);
      } else if (answers[2 * i] === true) codeFiles[i]!.push(f);
    }
  }
  return rules.map((rule, index) => {
    const code = codeFiles[index]!;
    const owing = code.filter(owesDocs).map((f) => f.path);
    const docs = docsFiles[index]!;
    const result: RuleResult =
      code.length === 0
        ? 'not triggered'
        : owing.length === 0
          ? 'removals and renames only'
          : docs.length
            ? 'satisfied'
            : 'unsatisfied';
    return {
      index,
      code: rule.code,
      docs: rule.docs,
      codeFiles: code.map((f) => f.path),
      docsFiles: docs,
      owing,
      result,
    };
  });
}

const globsText = (globs: readonly string[]): Inline[] =>
  globs.flatMap((g, i): Inline[] => [i ? ', ' : '', { code: g }]);
const unique = (xs: string[]): string[] => [...new Set(xs)];

export function docsRequiredVerdict(
  facts: DocsRequiredFacts,
  settings: DocsRequiredSettings,
): Verdict<DocsRequiredDetails> {
  const { pr, changes } = facts;
  const rule = settings.mode === 'tests' ? HANDBOOK.tests : HANDBOOK.docs;
  const noun = settings.mode === 'tests' ? 'tests' : 'docs';
  const { counted } = partitionFiles(changes.files, makeFileFilter(settings.ignore, changes.attributes));
  const outcomes = evaluate(settings.rules, counted);
  const unsatisfied = outcomes.filter((o) => o.result === 'unsatisfied');
  const filesMissing = changes.incomplete !== undefined && changes.incomplete.totals.files > changes.files.length;
  const skipLabel = pr !== undefined && hasLabel(pr.labels, settings.skipLabel);
  const draftNeutral = pr?.draft === true && settings.drafts === 'neutral';

  const annotations: Annotation[] = [];
  let conclusion: Conclusion = 'success';
  let headline: string;
  if (skipLabel) headline = `skipped by the '${settings.skipLabel}' label`;
  else if (draftNeutral) {
    conclusion = 'neutral';
    headline = 'draft: not checked yet';
    annotations.push({
      level: 'notice',
      message: `docs-required: this PR is a draft and drafts=neutral, so ${noun} are checked once it is ready for review.`,
    });
  } else if (unsatisfied.length && filesMissing) {
    conclusion = 'neutral';
    headline = 'cannot tell';
    annotations.push({
      level: 'warning',
      title: `docs-required could not decide`,
      message: `No ${noun} change was seen for ${unsatisfied.length} mapping(s), but GitHub listed only ${changes.files.length.toLocaleString('en')} of this PR's ${changes.incomplete!.totals.files.toLocaleString('en')} files, so the ${noun} may be among the rest. Check out the PR with fetch-depth: 0 before this step for an exact answer.`,
    });
  } else if (unsatisfied.length) {
    conclusion = 'failure';
    headline = `${noun} missing`;
    const byFile = new Map<string, string[][]>();
    for (const o of unsatisfied) for (const f of o.owing) byFile.set(f, [...(byFile.get(f) ?? []), o.docs]);
    for (const [file, docsSets] of byFile) {
      annotations.push({
        level: 'error',
        file,
        title: `${noun} missing (handbook ${rule.section})`,
        message: `${file} changed, but no file matching ${docsSets.map((d) => d.join(', ')).join('; or ')} did. ${quoteOf(rule)} Add or update ${noun}, or add the '${settings.skipLabel}' label if none are needed.`,
      });
    }
  } else headline = outcomes.every((o) => o.result === 'not triggered') ? 'no code changed' : 'satisfied';

  const summary: Block[] = [
    { kind: 'heading', level: 2, text: [`${noun === 'docs' ? 'Docs' : 'Tests'} required: `, { strong: headline }] },
    ...(pr ? [{ kind: 'paragraph' as const, text: [`Pull request #${pr.number}: `, pr.title] }] : []),
    { kind: 'quote', text: quoteOf(rule) },
    {
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
    },
  ];
  for (const o of unsatisfied) {
    summary.push({
      kind: 'heading',
      level: 3,
      text: [`Mapping ${o.index}: code without ${noun}. Any of `, ...globsText(o.docs), ' would satisfy it.'],
    });
    summary.push({ kind: 'list', items: o.owing.slice(0, FILES_SHOWN).map((f) => ({ code: f })) });
    if (o.owing.length > FILES_SHOWN)
      summary.push({ kind: 'paragraph', text: `…and ${o.owing.length - FILES_SHOWN} more code files.` });
  }
  for (const o of outcomes.filter((x) => x.result === 'removals and renames only')) {
    summary.push({
      kind: 'paragraph',
      text: `Mapping ${o.index}: this PR only deleted or renamed code (${o.codeFiles.length} files), so no ${noun} are owed.`,
    });
  }
  if (skipLabel && unsatisfied.length) {
    summary.push({
      kind: 'paragraph',
      text: `Without the '${settings.skipLabel}' label, ${unsatisfied.length} mapping(s) would need ${noun}: ${unsatisfied.map((o) => o.index).join(', ')}.`,
    });
  }
  if (changes.incomplete && filesMissing)
    summary.push({ kind: 'paragraph', text: [{ strong: 'Partial file list:' }, ` ${changes.incomplete.reason}`] });

  return {
    check: 'docs-required',
    conclusion,
    annotations,
    labels: noLabelChanges(),
    outputs: {
      missing: String(unsatisfied.length > 0),
      'unsatisfied-rules': JSON.stringify(unsatisfied.map((o) => o.index)),
      'code-files': JSON.stringify(unique(outcomes.flatMap((o) => o.codeFiles))),
      'docs-files': JSON.stringify(unique(outcomes.flatMap((o) => o.docsFiles))),
    },
    summary,
    details: {
      mode: settings.mode,
      ...(skipLabel ? { skipped: 'label' as const } : draftNeutral ? { skipped: 'draft' as const } : {}),
      rules: outcomes,
    },
  };
}
