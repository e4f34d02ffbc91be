/** self-review on a local checkout: the lines base..head adds, read from `git diff`. */
import { selfReviewVerdict } from '../checks/self-review.ts';
import { addedLinesFromGit, printingScriptPaths, scriptsFromGit } from '../facts/self-review-facts.ts';
import { namesakesFromGit } from '../facts/self-review-copies.ts';
import { belowLineOne, shebangsFromGit, withShebangs } from '../facts/self-review-shebang.ts';
import type { ChangeSet } from '../facts/types.ts';
import { parseSelfReviewSettings, selfReviewInputs, type SelfReviewSettings } from '../inputs/self-review.ts';
import type { Verdict } from '../verdict.ts';
import { defineLocalCheck, type CheckName, type RegisteredCheck } from './local-check.ts';

async function selfReviewLocally(
  f: { changes: ChangeSet; cwd: string; base: string; head: string },
  s: SelfReviewSettings,
): Promise<Verdict> {
  const diffed = await addedLinesFromGit(f.cwd, f.base, f.head);
  const candidates = printingScriptPaths(diffed);
  const scripts = await scriptsFromGit(f.cwd, f.head, candidates);
  const namesakes = await namesakesFromGit(f.cwd, f.base, candidates);
  const files = withShebangs(diffed, await shebangsFromGit(f.cwd, f.head, belowLineOne(diffed, candidates)));
  const source = `git diff ${f.base}...${f.head}`;
  return selfReviewVerdict({ files, unread: [], source, attributes: f.changes.attributes, scripts, namesakes }, s);
}

export const selfReviewCheck = (name: CheckName): RegisteredCheck =>
  defineLocalCheck({
    ...name,
    specs: selfReviewInputs,
    settings: parseSelfReviewSettings,
    verdict: selfReviewLocally,
  });
