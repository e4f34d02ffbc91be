/**
 * docs-required — handbook §7 "Documenting":
 *   "If you built it, please document it. You're in the best position to do this, and it forces
 *    you to think things through from a user perspective."
 * and, in tests mode, §3 "Writing code": "We're big fans of Test Driven Development (TDD)."
 *
 * Pure: (facts, settings) -> Verdict. Each mapping says which code paths need which docs (or test)
 * paths: a PR that changes code of a mapping must change at least one of its docs files.
 * This file decides; docs-required-summary.ts words the decision (annotations, summary blocks).
 */
import type { ChangeSet, ChangedFile, PullRequestInfo } from '../facts/types.ts';
import type { DocsRequiredSettings, DocsRule } from '../inputs/docs-required.ts';
import { noLabelChanges, type Conclusion, type Verdict } from '../verdict.ts';
import { docsRequiredAnnotations, docsRequiredSummary } from './docs-required-summary.ts';
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

const unique = (xs: string[]): string[] => [...new Set(xs)];

/** What the check found, in order of precedence: the first that applies decides the conclusion. */
export type DocsRequiredState =
  'skipped by label' | 'draft' | 'cannot tell' | 'missing' | 'no code changed' | 'satisfied';

export interface DocsRequiredDecision {
  state: DocsRequiredState;
  outcomes: RuleOutcome[];
  unsatisfied: RuleOutcome[];
  /** GitHub listed fewer files than the PR has, so an unlisted docs file may exist. */
  filesMissing: boolean;
}

const CONCLUSION: Record<DocsRequiredState, Conclusion> = {
  'skipped by label': 'success',
  draft: 'neutral',
  'cannot tell': 'neutral',
  missing: 'failure',
  'no code changed': 'success',
  satisfied: 'success',
};

function decideDocsRequired(facts: DocsRequiredFacts, settings: DocsRequiredSettings): DocsRequiredDecision {
  const { pr, changes } = facts;
  const { counted } = partitionFiles(changes.files, makeFileFilter(settings.ignore, changes.attributes));
  const outcomes = evaluate(settings.rules, counted);
  const unsatisfied = outcomes.filter((o) => o.result === 'unsatisfied');
  const filesMissing = changes.incomplete !== undefined && changes.incomplete.totals.files > changes.files.length;
  const state: DocsRequiredState =
    pr !== undefined && hasLabel(pr.labels, settings.skipLabel)
      ? 'skipped by label'
      : pr?.draft === true && settings.drafts === 'neutral'
        ? 'draft'
        : unsatisfied.length && filesMissing
          ? 'cannot tell'
          : unsatisfied.length
            ? 'missing'
            : outcomes.every((o) => o.result === 'not triggered')
              ? 'no code changed'
              : 'satisfied';
  return { state, outcomes, unsatisfied, filesMissing };
}

export function docsRequiredVerdict(
  facts: DocsRequiredFacts,
  settings: DocsRequiredSettings,
): Verdict<DocsRequiredDetails> {
  const decision = decideDocsRequired(facts, settings);
  const { state, outcomes, unsatisfied } = decision;
  return {
    check: 'docs-required',
    conclusion: CONCLUSION[state],
    annotations: docsRequiredAnnotations(decision, facts.changes, settings),
    labels: noLabelChanges(),
    outputs: {
      missing: String(unsatisfied.length > 0),
      'unsatisfied-rules': JSON.stringify(unsatisfied.map((o) => o.index)),
      'code-files': JSON.stringify(unique(outcomes.flatMap((o) => o.codeFiles))),
      'docs-files': JSON.stringify(unique(outcomes.flatMap((o) => o.docsFiles))),
    },
    summary: docsRequiredSummary(decision, facts, settings),
    details: {
      mode: settings.mode,
      ...(state === 'skipped by label'
        ? { skipped: 'label' as const }
        : state === 'draft'
          ? { skipped: 'draft' as const }
          : {}),
      rules: outcomes,
    },
  };
}
