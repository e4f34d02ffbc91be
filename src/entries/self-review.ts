// Action entry for actions/self-review: skip cheaply on other events, else load and run the check.
import { runCheckAction } from '../runtime/action-runners.ts';

await runCheckAction('self-review', process.env);
