/** docs-required on a local checkout: the rule on the changed files of base...head. */
import { docsRequiredVerdict } from '../checks/docs-required.ts';
import { docsRequiredInputs, parseDocsRequiredSettings } from '../inputs/docs-required.ts';
import { defineLocalCheck, type CheckName, type RegisteredCheck } from './local-check.ts';

export const docsRequiredCheck = (name: CheckName): RegisteredCheck =>
  defineLocalCheck({
    ...name,
    specs: docsRequiredInputs,
    settings: parseDocsRequiredSettings,
    verdict: docsRequiredVerdict,
    fileFlags: ['rules'],
  });
