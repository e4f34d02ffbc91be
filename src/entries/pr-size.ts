// Action entry for actions/pr-size: skip cheaply on other events, else load and run the check.
import { CHECKS, loadActionRunner } from '../runtime/checks.ts';
import { eventApplies } from '../runtime/gate.ts';

if (eventApplies(CHECKS['pr-size'], process.env)) await (await loadActionRunner['pr-size']())(process.env);
