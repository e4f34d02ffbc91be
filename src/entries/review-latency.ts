// Action entry for actions/review-latency: skip cheaply on other events, else load and run the check.
import { CHECKS, loadActionRunner } from '../runtime/checks.ts';
import { eventApplies } from '../runtime/gate.ts';

if (eventApplies(CHECKS['review-latency'], process.env))
  await (
    await loadActionRunner['review-latency']()
  )(process.env);
