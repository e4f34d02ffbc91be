// Action entry for the root action.yml: runs the check named by the `check` input.
import { runRootAction } from '../runtime/root.ts';

await runRootAction(process.env);
