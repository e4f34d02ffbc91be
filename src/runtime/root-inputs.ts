import * as z from 'zod/mini';
import { CHECK_NAMES, type CheckName } from './action-runners.ts';
import type { InputSpec } from '../inputs/spec.ts';

/** The root action's own input; loaded only to explain a `check` that names no check (root.ts). */
export const rootInputs = {
  check: {
    description: `Which check to run: ${CHECK_NAMES.join(', ')}.`,
    default: '',
    allowed: `one of ${CHECK_NAMES.join(', ')}`,
    schema: z.pipe(
      z.string().check(z.trim()),
      z.enum(CHECK_NAMES as [CheckName, ...CheckName[]], { error: 'not a check of this suite' }),
    ),
  } satisfies InputSpec<CheckName>,
};
