import { CHECK_NAMES, runCheckAction, type CheckName } from './action-runners.ts';

const isCheck = (name: string): name is CheckName => (CHECK_NAMES as string[]).includes(name);

/**
 * The root action: one step that runs any check by name, with that check's own inputs. A valid `check` goes
 * straight to the check's entry (a skipped run loads nothing more); anything else is parsed by the input schema
 * for its one-line error.
 */
export async function runRootAction(env: Record<string, string | undefined>): Promise<void> {
  const named = (env.INPUT_CHECK ?? '').trim();
  if (isCheck(named)) return runCheckAction(named, env);
  const [{ failRun }, { readActionInput }, { InputError, parseInputs }, { rootInputs }] = await Promise.all([
    import('../effects/actions.ts'),
    import('../inputs/read-action-inputs.ts'),
    import('../inputs/spec.ts'),
    import('./root-inputs.ts'),
  ]);
  let check: CheckName;
  try {
    ({ check } = parseInputs(rootInputs, readActionInput));
  } catch (e) {
    if (e instanceof InputError) return failRun(e.message);
    throw e;
  }
  await runCheckAction(check, env);
}
