// Action entry for actions/review-latency: skip cheaply on other events, else load and run the check.
import { runCheckAction } from '../runtime/action-runners.ts';

await runCheckAction('review-latency', process.env);
