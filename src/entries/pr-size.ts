// Action entry for actions/pr-size: skip cheaply on other events, else load and run the check.
import { runCheckAction } from '../runtime/action-runners.ts';

await runCheckAction('pr-size', process.env);
