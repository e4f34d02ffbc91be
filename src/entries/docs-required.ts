// Action entry for actions/docs-required: skip cheaply on other events, else load and run the check.
import { runCheckAction } from '../runtime/action-runners.ts';

await runCheckAction('docs-required', process.env);
