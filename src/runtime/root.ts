import { z } from 'zod';
import { failRun } from '../effects/actions.ts';
import { readActionInput } from '../inputs/read-action-inputs.ts';
import { InputError, parseInputs, type InputSpec } from '../inputs/spec.ts';
import { CHECK_NAMES, runCheckAction, type CheckName } from './checks.ts';

export const rootInputs = {
  check: {
    description: `Which check to run: ${CHECK_NAMES.join(', ')}.`,
    default: '',
    allowed: `one of ${CHECK_NAMES.join(', ')}`,
    schema: z
      .string()
      .trim()
      .pipe(z.enum(CHECK_NAMES as [CheckName, ...CheckName[]], { error: 'not a check of this suite' })),
  } satisfies InputSpec<CheckName>,
};

/** The root action: one step that runs any check by name, with that check's own inputs. */
export async function runRootAction(env: Record<string, string | undefined>): Promise<void> {
  let check: CheckName;
  try {
    ({ check } = parseInputs(rootInputs, readActionInput));
  } catch (e) {
    if (e instanceof InputError) return failRun(e.message);
    throw e;
  }
  await runCheckAction(check, env);
}
