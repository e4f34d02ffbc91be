// Action entry for actions/wip-report: skip cheaply on other events, else load and run the report.
import { CHECKS, loadActionRunner } from '../runtime/checks.ts';
import { eventApplies } from '../runtime/gate.ts';

if (eventApplies(CHECKS['wip-report'], process.env)) await (await loadActionRunner['wip-report']())(process.env);
