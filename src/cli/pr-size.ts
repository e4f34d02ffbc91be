/** pr-size on a local checkout: the changed lines of base...head, split by workspace package. */
import { prSizeVerdict } from '../checks/pr-size.ts';
import { workspacePackages } from '../facts/workspaces/read.ts';
import { parsePrSizeSettings, prSizeInputs } from '../inputs/pr-size.ts';
import { defineLocalCheck, type CheckName, type RegisteredCheck } from './local-check.ts';

export const prSizeCheck = (name: CheckName): RegisteredCheck =>
  defineLocalCheck({
    ...name,
    specs: prSizeInputs,
    settings: parsePrSizeSettings,
    verdict: async (f, s) =>
      prSizeVerdict(
        { changes: f.changes, packages: await workspacePackages(f.cwd, f.head, await f.workspaceFiles) },
        s,
      ),
  });
