// Action entry for actions/docs-required: skip cheaply on other events, else load and run the check.
import { CHECKS, loadActionRunner } from '../runtime/checks.ts';
import { eventApplies } from '../runtime/gate.ts';

if (eventApplies(CHECKS['docs-required'], process.env)) await (await loadActionRunner['docs-required']())(process.env);
