/** Findings of the self-review rules in the lines a PR adds. Pure. */
import type { AttributeLookup } from '../facts/types.ts';
import type { SelfReviewSettings } from '../inputs/self-review.ts';
import { compileGlobs, type GlobList } from './globs.ts';
import { makeFileFilter } from './ignore.ts';
import { CODE, languageOf, lexLine, type Language, type LexState } from './self-review-lexer.ts';
import {
  EXEMPT_ALL,
  RULE_BY_ID,
  type ChangeContext,
  type Rule,
  type RuleId,
  type ViewLine,
} from './self-review-rules.ts';
import { removedKeys } from './self-review-signals.ts';

/**
 * The lines one file gains, with their line numbers in the new file, in order. Unchanged lines around
 * them (`context`, from the diff) are read for lexer state and suppressions, never reported. `scope`
 * is the hunk header's enclosing-function line, when the diff gives one.
 */
export interface AddedFile {
  path: string;
  lines: { line: number; text: string; context?: boolean; scope?: string }[];
  /** The lines the same change removes from this file, when known (a moved line is not a new one). */
  removed?: string[];
}

export interface Finding {
  rule: RuleId;
  path: string;
  line: number;
  level: 'error' | 'warning';
  /** The text that matched (untrusted). */
  match: string;
}

/** The inline marker that allows a line. */
export const ALLOW_MARKER = 'self-review: allow';

/** Code and comment views; lexer state carries only over consecutive lines. */
export function viewLines(lang: Language | undefined, lines: AddedFile['lines']): ViewLine[] {
  let state: LexState = CODE;
  let prev = -1;
  return lines.map(({ line, text, context, scope = '' }) => {
    if (line !== prev + 1) state = CODE;
    prev = line;
    const added = !context;
    if (!lang) return { line, raw: text, code: text, comment: '', added, scope };
    const r = lexLine(lang, text, state);
    state = r.state;
    return { line, raw: text, code: r.code, comment: r.comment, added, scope };
  });
}

interface ActiveRule {
  rule: Rule;
  exempt: GlobList;
  level: Finding['level'];
}

export function scanAddedLines(
  files: readonly AddedFile[],
  s: SelfReviewSettings,
  attributes: AttributeLookup,
  scripts: readonly string[] = [],
  namesakes: Readonly<Record<string, readonly string[]>> = {},
): Finding[] {
  const change: ChangeContext = { removed: removedKeys(files), scripts, namesakes };
  const filter = makeFileFilter(s.ignore, attributes);
  const allExempt = compileGlobs([...EXEMPT_ALL, ...(s.exempt.all ?? [])]);
  const active: ActiveRule[] = s.rules.map((id) => {
    const rule = RULE_BY_ID.get(id)!;
    return {
      rule,
      exempt: compileGlobs([...rule.exempt, ...(s.exempt[id] ?? [])]),
      level: s.failOn.includes(id) ? 'error' : 'warning',
    };
  });
  const findings: Finding[] = [];
  for (const f of files) {
    if (filter.reason(f.path) || allExempt.matches(f.path)) continue;
    const lang = languageOf(f.path);
    const applicable = active.filter(
      (a) => (a.rule.languages === 'any' || (lang && a.rule.languages.includes(lang))) && !a.exempt.matches(f.path),
    );
    if (!applicable.length) continue;
    const text = f.lines.map((l) => l.text).join('\n');
    const rules = applicable.filter((a) => a.rule.trigger.test(text));
    if (!rules.length) continue;
    const view = viewLines(lang, f.lines);
    view.forEach((v, i) => {
      if (!v.added || v.raw.includes(ALLOW_MARKER)) return;
      for (const a of rules) {
        if (!a.rule.trigger.test(v.raw)) continue;
        const match = a.rule.find(view, i, lang, f.path, change);
        if (match !== undefined) findings.push({ rule: a.rule.id, path: f.path, line: v.line, level: a.level, match });
      }
    });
  }
  return findings;
}
