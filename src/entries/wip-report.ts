// Action entry for actions/wip-report: skip cheaply on other events, else load and run the report.
import { runCheckAction } from '../runtime/action-runners.ts';

await runCheckAction('wip-report', process.env);
