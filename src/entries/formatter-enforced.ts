// Action entry for actions/formatter-enforced: skip cheaply on other events, else load and run the check.
import { runCheckAction } from '../runtime/action-runners.ts';

await runCheckAction('formatter-enforced', process.env);
