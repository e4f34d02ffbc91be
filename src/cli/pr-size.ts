import { prSizeVerdict } from '../checks/pr-size.ts';
import { changeSetFromGit } from '../facts/git/change-set.ts';
import { parsePrSizeSettings, prSizeInputs } from '../inputs/pr-size.ts';
import type { Verdict } from '../verdict.ts';
import { helpText, parseCliArgs, type CliCommon } from './args.ts';
import { resolveRefs } from './base-ref.ts';

export const prSizeHelp = (): string =>
  helpText('pr-size', 'Counts the changed lines of HEAD against a base, as the pr-size action does on a PR (handbook §2).', prSizeInputs, []);

export async function prSizeCli(argv: string[], cwd: string): Promise<{ common: CliCommon; verdict?: Verdict }> {
  const { common, read } = parseCliArgs('pr-size', argv, prSizeInputs, cwd);
  if (common.help) return { common };
  const settings = parsePrSizeSettings(read);
  const { base, head } = await resolveRefs(common.cwd, common.base, common.head, 'pr-size');
  const changes = await changeSetFromGit(common.cwd, base, head);
  return { common, verdict: prSizeVerdict({ changes }, settings) };
}
