// Action entry for actions/self-review: skip cheaply on other events, else load and run the check.
import { CHECKS, loadActionRunner } from '../runtime/checks.ts';
import { eventApplies } from '../runtime/gate.ts';

if (eventApplies(CHECKS['self-review'], process.env)) await (await loadActionRunner['self-review']())(process.env);
