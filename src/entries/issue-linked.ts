// Action entry for actions/issue-linked: skip cheaply on other events, else load and run the check.
import { CHECKS, loadActionRunner } from '../runtime/checks.ts';
import { eventApplies } from '../runtime/gate.ts';

if (eventApplies(CHECKS['issue-linked'], process.env)) await (await loadActionRunner['issue-linked']())(process.env);
