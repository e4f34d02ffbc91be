// Action entry for actions/issue-linked: skip cheaply on other events, else load and run the check.
import { runCheckAction } from '../runtime/action-runners.ts';

await runCheckAction('issue-linked', process.env);
