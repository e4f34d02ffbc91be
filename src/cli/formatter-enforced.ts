/** formatter-enforced on a local checkout: the changed files of base...head, checked as they are on disk. */
import { formatterVerdict } from '../checks/formatter-enforced.ts';
import { makeFileFilter } from '../checks/ignore.ts';
import { gatherFormatterFacts } from '../facts/formatters/formatter-facts.ts';
import { workTreeRoot } from '../facts/git/run-git.ts';
import { onlyWhitespaceChanged } from '../facts/git/whitespace.ts';
import type { ChangeSet } from '../facts/types.ts';
import {
  formatterEnforcedInputs,
  parseFormatterEnforcedSettings,
  type FormatterEnforcedSettings,
} from '../inputs/formatter-enforced.ts';
import type { Verdict } from '../verdict.ts';
import { defineLocalCheck, type CheckName, type RegisteredCheck } from './local-check.ts';

export async function formatterEnforcedLocally(
  f: { changes: ChangeSet; cwd: string; base: string; head: string },
  s: FormatterEnforcedSettings,
): Promise<Verdict> {
  const root = await workTreeRoot(f.cwd);
  const filter = makeFileFilter(s.ignore, f.changes.attributes);
  const files = f.changes.files.filter((c) => c.status !== 'removed' && !filter.reason(c.path)).map((c) => c.path);
  const facts = await gatherFormatterFacts({
    root,
    files,
    formatters: s.formatters,
    timeoutMs: s.timeoutSeconds * 1000,
    pathEnv: process.env.PATH,
    whitespaceOnly: () => onlyWhitespaceChanged(root, f.base, f.head, files).catch(() => undefined),
  });
  return formatterVerdict(facts, s);
}

export const formatterEnforcedCheck = (name: CheckName): RegisteredCheck =>
  defineLocalCheck({
    ...name,
    specs: formatterEnforcedInputs,
    settings: parseFormatterEnforcedSettings,
    verdict: formatterEnforcedLocally,
  });
