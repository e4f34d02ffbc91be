// Action entry for actions/formatter-enforced: skip cheaply on other events, else load and run the check.
import { CHECKS, loadActionRunner } from '../runtime/checks.ts';
import { eventApplies } from '../runtime/gate.ts';

if (eventApplies(CHECKS['formatter-enforced'], process.env))
  await (
    await loadActionRunner['formatter-enforced']()
  )(process.env);
