/** issue-linked on a local checkout: do the commits of base..head tag an issue (handbook §4)? */
import { issueLinkedVerdict } from '../checks/issue-linked.ts';
import { githubOrigin } from '../facts/git/origin.ts';
import { commitMessages as readCommitMessages } from '../facts/git/run-git.ts';
import type { ChangeSet } from '../facts/types.ts';
import { issueLinkedInputs, parseIssueLinkedSettings, type IssueLinkedSettings } from '../inputs/issue-linked.ts';
import type { Verdict } from '../verdict.ts';
import { defineLocalCheck, type CheckName, type RegisteredCheck } from './local-check.ts';

export async function issueLinkedLocally(
  f: { changes: ChangeSet; cwd: string; base: string; head: string },
  s: IssueLinkedSettings,
): Promise<Verdict> {
  const commitMessages = await readCommitMessages(f.cwd, f.base, f.head);
  const repo = (await githubOrigin(f.cwd)) ?? 'this repository';
  return issueLinkedVerdict(
    { repo, title: '', body: '', author: { login: '', bot: false }, labels: [], closing: [], commitMessages },
    s,
  );
}

export const issueLinkedCheck = (name: CheckName): RegisteredCheck =>
  defineLocalCheck({
    ...name,
    specs: issueLinkedInputs,
    settings: parseIssueLinkedSettings,
    verdict: issueLinkedLocally,
  });
